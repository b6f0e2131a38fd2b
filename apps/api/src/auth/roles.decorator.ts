import type { Role } from '@berdaya/empowerment';
import { SetMetadata } from '@nestjs/common';

export const ROLES_ALLOWED = 'berdaya:roles';

/** Only these roles may call the route (or the controller's routes); others get a 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_ALLOWED, roles);

export const OWN_ONLY = 'berdaya:own-only';

/**
 * The route changes only the caller's own things (their notifications' read state), so viewers,
 * who otherwise never write, may call it too.
 */
export const OwnOnly = (): MethodDecorator => SetMetadata(OWN_ONLY, true);
