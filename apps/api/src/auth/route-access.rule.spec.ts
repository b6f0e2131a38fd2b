import type { Role } from '@berdaya/empowerment';
import { type RouteRefusal, routeRefusal } from './route-access.rule';

describe('routeRefusal', () => {
  it.each<[Role, string, Role[] | undefined, RouteRefusal | undefined]>([
    ['viewer', 'GET', undefined, undefined],
    ['viewer', 'HEAD', undefined, undefined],
    ['viewer', 'POST', undefined, 'READ_ONLY'],
    ['viewer', 'PUT', undefined, 'READ_ONLY'],
    ['viewer', 'DELETE', undefined, 'READ_ONLY'],
    ['viewer', 'PATCH', undefined, 'READ_ONLY'],
    ['viewer', 'POST', ['viewer'], 'READ_ONLY'],
    ['viewer', 'GET', ['admin'], 'ROLE'],
    ['facilitator', 'POST', undefined, undefined],
    ['facilitator', 'POST', ['admin'], 'ROLE'],
    ['programManager', 'PUT', ['admin', 'programManager'], undefined],
    ['admin', 'DELETE', ['admin'], undefined],
    ['supervisor', 'GET', ['admin'], 'ROLE'],
  ])('a %s calling %s on a route for %p: %p', (role, method, allowed, expected) => {
    expect(routeRefusal(role, method, allowed)).toBe(expected);
  });

  it.each<[Role, string, Role[] | undefined, RouteRefusal | undefined]>([
    ['viewer', 'PUT', undefined, undefined],
    ['viewer', 'PUT', ['admin'], 'ROLE'],
    ['facilitator', 'PUT', undefined, undefined],
  ])(
    'a %s calling %s on a route that changes only their own things, for %p: %p',
    (role, method, allowed, expected) => {
      expect(routeRefusal(role, method, allowed, true)).toBe(expected);
    },
  );
});
