import { canWrite, type Role } from '@berdaya/empowerment';

export type RouteRefusal = 'READ_ONLY' | 'ROLE';

// What a viewer may still do. OPTIONS never reaches a route: CORS answers the preflight.
const READ_METHODS: readonly string[] = ['GET', 'HEAD'];

/**
 * Why a signed-in user may not call a route, or undefined if they may: a role that never writes
 * (a viewer) calls only reads, whatever the route allows, except routes that change only the
 * caller's own things (`ownOnly`: marking their notifications read); `allowed`, when given, lists
 * the roles the route admits.
 */
export function routeRefusal(
  role: Role,
  method: string,
  allowed: readonly Role[] | undefined,
  ownOnly = false,
): RouteRefusal | undefined {
  if (!READ_METHODS.includes(method) && !canWrite(role) && !ownOnly) return 'READ_ONLY';
  if (allowed && !allowed.includes(role)) return 'ROLE';
  return undefined;
}
