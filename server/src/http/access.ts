import { hasPermission, type Permission, ROLES, type Role } from '@zonehub/access';

/**
 * Who may call a route. Every route declares one in `config.access`; a route without it refuses to
 * register (see app.ts), and the route-walk test checks each declaration against every role.
 */
export type Access =
  | { kind: 'public' }
  /** Any signed-in user; `duringPasswordChange` lets a user who must change their password call it. */
  | { kind: 'signedIn'; duringPasswordChange: boolean }
  | { kind: 'permission'; permission: Permission };

export const publicRoute: Access = { kind: 'public' };
export const signedIn = (options: { duringPasswordChange?: boolean } = {}): Access => ({
  kind: 'signedIn',
  duringPasswordChange: options.duringPasswordChange ?? false,
});
export const requires = (permission: Permission): Access => ({ kind: 'permission', permission });

export function roleMayCall(access: Access, role: Role): boolean {
  switch (access.kind) {
    case 'public':
    case 'signedIn':
      return true;
    case 'permission':
      return hasPermission(role, access.permission);
  }
}

export function rolesAllowed(access: Access): Role[] {
  return ROLES.filter((role) => roleMayCall(access, role));
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: Access;
  }
}
