import type { UserLocale } from '@berdaya/db';
import type { Role } from '@berdaya/empowerment';
import type { FastifyRequest } from 'fastify';
import type { UserScope } from '../access';

/** The signed-in user of a request, with the assignments that bound what they see. */
export interface AuthUser extends UserScope {
  id: string;
  email: string;
  role: Role;
  locale: UserLocale;
  programIds: string[];
  regionIds: string[];
  regionPaths: string[];
}

/** A request once AuthGuard has let it through; public routes have no `authUser`. */
export interface AuthenticatedRequest extends FastifyRequest {
  authUser?: AuthUser;
}
