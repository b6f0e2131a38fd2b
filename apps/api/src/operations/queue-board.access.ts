import { APP_CONFIG, type AppConfig } from '@berdaya/config';
import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { createHmac } from 'node:crypto';
import { UsersRepository } from '../users/users.repository';

/** Where the queue board is served; its session cookie is sent nowhere else. */
export const QUEUE_BOARD_PATH = '/api/admin/queues';
const COOKIE = 'berdaya_queue_board';
/** An hour: enough to look into a problem, short enough that a forgotten tab stops working. */
const SESSION_SECONDS = 60 * 60;

/**
 * Who may open the queue board. A browser navigating to it sends no bearer token, so an admin
 * signed in to the panel asks for a short-lived, HttpOnly cookie scoped to the board's path, and
 * every request to the board checks it and that its user is still an active admin.
 */
@Injectable()
export class QueueBoardAccess {
  private readonly tokens: JwtService;

  constructor(
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'jwtSecret'>,
    private readonly users: UsersRepository,
  ) {
    // A key of its own: a board cookie never passes as an access token, nor the other way round.
    const key = createHmac('sha256', config.jwtSecret).update('queue board').digest();
    this.tokens = new JwtService({
      secret: key,
      signOptions: { algorithm: 'HS256', expiresIn: SESSION_SECONDS },
      verifyOptions: { algorithms: ['HS256'] },
    });
  }

  /** The Set-Cookie value that opens the board to `userId` for an hour. */
  sessionCookie(userId: string, secure: boolean): string {
    const token = this.tokens.sign({ sub: userId });
    const attributes = [
      `Path=${QUEUE_BOARD_PATH}`,
      `Max-Age=${SESSION_SECONDS}`,
      'HttpOnly',
      'SameSite=Strict',
      ...(secure ? ['Secure'] : []),
    ];
    return [`${COOKIE}=${token}`, ...attributes].join('; ');
  }

  async allows(cookieHeader: string | undefined): Promise<boolean> {
    const token = new RegExp(`(?:^|;\\s*)${COOKIE}=([^;]+)`).exec(cookieHeader ?? '')?.[1];
    if (token === undefined) return false;
    let userId: string;
    try {
      userId = this.tokens.verify<{ sub: string }>(token).sub;
    } catch {
      return false;
    }
    return (await this.users.findActiveAuthUser(userId))?.role === 'admin';
  }
}
