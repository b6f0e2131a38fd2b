import type { Role } from '@berdaya/empowerment';
import { SetMetadata } from '@nestjs/common';

export const ROLES_ALLOWED = 'berdaya:roles';

/** Only these roles may call the route (or the controller's routes); others get a 403. */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROLES_ALLOWED, roles);
