import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { AuthenticatedRequest, AuthUser } from './auth-user';

/** The signed-in user: `me(@CurrentUser() user: AuthUser)`. Never on a `@Public()` route. */
export const CurrentUser = createParamDecorator(
  (_data: unknown, context: ExecutionContext): AuthUser => {
    const { authUser } = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (!authUser)
      throw new Error('@CurrentUser() is used on a route that AuthGuard let through as public');
    return authUser;
  },
);
