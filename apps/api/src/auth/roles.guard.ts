import type { Role } from '@berdaya/empowerment';
import { type CanActivate, type ExecutionContext, HttpStatus, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiException } from '../common/errors/api.exception';
import type { AuthenticatedRequest } from './auth-user';
import { OWN_ONLY, ROLES_ALLOWED } from './roles.decorator';
import { type RouteRefusal, routeRefusal } from './route-access.rule';

const MESSAGES: Record<RouteRefusal, string> = {
  READ_ONLY: 'A viewer reads and never writes',
  ROLE: 'Your role may not do this',
};

/** Global, after AuthGuard: applies `@Roles(...)` and keeps viewers to reads on every route. */
@Injectable()
export class RolesGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const { authUser, method } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    // No user: a public route, which AuthGuard let through.
    if (!authUser) return true;
    const allowed = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_ALLOWED, [
      context.getHandler(),
      context.getClass(),
    ]);
    const ownOnly = this.reflector.get<boolean | undefined>(OWN_ONLY, context.getHandler());
    const refusal = routeRefusal(authUser.role, method, allowed, ownOnly === true);
    if (refusal) {
      throw new ApiException(HttpStatus.FORBIDDEN, { code: refusal, message: MESSAGES[refusal] });
    }
    return true;
  }
}
