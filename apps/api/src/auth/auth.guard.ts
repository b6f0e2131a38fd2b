import {
  type CanActivate,
  type ExecutionContext,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { UsersRepository } from '../users/users.repository';
import { AccessTokensService } from './access-tokens.service';
import type { AuthenticatedRequest } from './auth-user';
import { IS_PUBLIC } from './public.decorator';

const BEARER = /^Bearer[ ]+(\S+)$/i;

/**
 * Global: every route needs a valid access token unless it is `@Public()`. The user is loaded
 * with their assignments on each request, so a deactivated user is refused at once, and what a
 * user sees follows their assignments as soon as an admin changes them.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokensService,
    private readonly users: UsersRepository,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (
      this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [
        context.getHandler(),
        context.getClass(),
      ])
    ) {
      return true;
    }
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = BEARER.exec(request.headers.authorization ?? '')?.[1];
    if (token === undefined) {
      throw new UnauthorizedException(
        'Sign in first, and send the access token as "Authorization: Bearer <token>"',
      );
    }
    const userId = this.accessTokens.userIdOf(token);
    const user = userId === undefined ? null : await this.users.findActiveAuthUser(userId);
    if (!user) {
      throw new UnauthorizedException(
        'The access token is not valid or has expired; refresh it or sign in again',
      );
    }
    request.authUser = user;
    return true;
  }
}
