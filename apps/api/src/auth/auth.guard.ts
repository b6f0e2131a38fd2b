import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiException } from '../common/errors/api.exception';
import { UsersRepository } from '../users/users.repository';
import { AccessTokensService } from './access-tokens.service';
import { AuthUsersCache } from './auth-users.cache';
import type { AuthenticatedRequest } from './auth-user';
import { IS_PUBLIC } from './public.decorator';

const BEARER = /^Bearer[ ]+(\S+)$/i;

/**
 * Global: every route needs a valid access token unless it is `@Public()`. The user is read with
 * their assignments through AuthUsersCache, which drops a user as soon as PostgreSQL announces a
 * change: a deactivated user is refused at once, and what a user sees follows their assignments
 * as soon as an admin changes them.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokensService,
    private readonly users: UsersRepository,
    private readonly cache: AuthUsersCache,
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
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: 'SIGN_IN_REQUIRED',
        message: 'Sign in first, and send the access token as "Authorization: Bearer <token>"',
      });
    }
    const userId = this.accessTokens.userIdOf(token);
    const user =
      userId === undefined
        ? null
        : await this.cache.get(userId, (id) => this.users.findActiveAuthUser(id));
    if (!user) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, {
        code: 'TOKEN_INVALID',
        message: 'The access token is not valid or has expired; refresh it or sign in again',
      });
    }
    request.authUser = user;
    return true;
  }
}
