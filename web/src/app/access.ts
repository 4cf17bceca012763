import { type MenuEntry, MODULES, type Permission } from '@zonehub/access';

/**
 * Pages outside the menu, one record each, with the permission the page checks; `:id` stands for
 * one path segment. Menu paths win over these (/projects/list is the list, not a project).
 */
export const DETAIL_PAGES: readonly { path: string; permission: Permission }[] = [
  { path: '/registry/enterprises/:id', permission: 'enterprise.view' },
  { path: '/investment/leads/:id', permission: 'investment.view' },
  { path: '/projects/meetings/series/:id', permission: 'meeting.view' },
  { path: '/projects/meetings/:id', permission: 'meeting.view' },
  { path: '/projects/:id', permission: 'project.view' },
];

/** Pages every signed-in user may open: no module owns them. */
const OPEN_PAGES: readonly string[] = ['/notifications', '/password'];

function matches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  return want.length === got.length && want.every((segment, i) => segment === ':id' || segment === got[i]);
}

/**
 * The permission a page path needs (query and hash ignored): from the shared module list, else the
 * detail pages; null for paths no module owns.
 */
export function permissionForPath(target: string): Permission | null {
  const path = target.split(/[?#]/)[0] ?? target;
  for (const module of MODULES) {
    if (module.path === path) return module.permission;
    const child = module.children?.find((c) => c.path === path);
    if (child) return child.permission;
  }
  return DETAIL_PAGES.find((page) => matches(page.path, path))?.permission ?? null;
}

/** Every path the menu links to, parents first. */
export function menuPaths(menu: readonly MenuEntry[]): string[] {
  return menu.flatMap((entry) => [entry.path, ...menuPaths(entry.children ?? [])]);
}

/** Every key of the menu, parents first. */
export function menuKeys(menu: readonly MenuEntry[]): string[] {
  return menu.flatMap((entry) => [entry.key, ...menuKeys(entry.children ?? [])]);
}

/**
 * A page is open to the user when its path is in their menu, or they hold the permission it needs.
 * The router's gate and every link to a page ask this same question, so no link leads to a 403.
 */
export function canOpen(target: string, menu: readonly MenuEntry[], permissions: readonly string[]): boolean {
  const path = target.split(/[?#]/)[0] ?? target;
  if (OPEN_PAGES.includes(path) || menuPaths(menu).includes(path)) return true;
  const permission = permissionForPath(path);
  return permission !== null && permissions.includes(permission);
}

/** Which menu entry is current for a location, and which parents are open. */
export function activeMenuKeys(menu: readonly MenuEntry[], pathname: string): { selected: string[]; open: string[] } {
  const candidates: { entry: MenuEntry; parents: string[] }[] = [];
  const visit = (entries: readonly MenuEntry[], parents: string[]): void => {
    for (const entry of entries) {
      const matches =
        entry.path === '/' ? pathname === '/' : pathname === entry.path || pathname.startsWith(`${entry.path}/`);
      if (matches) candidates.push({ entry, parents });
      visit(entry.children ?? [], [...parents, entry.key]);
    }
  };
  visit(menu, []);
  const best = candidates.reduce<(typeof candidates)[number] | null>(
    (found, c) => (!found || c.entry.path.length > found.entry.path.length ? c : found),
    null,
  );
  return best ? { selected: [best.entry.key], open: best.parents } : { selected: [], open: [] };
}

/** The first page a menu entry leads to (a parent leads to its first child). */
export function firstPath(entry: MenuEntry): string {
  const child = entry.children?.[0];
  return child ? firstPath(child) : entry.path;
}

/** Where to go after login: the redirect target when it is a safe same-site path, else home. */
export function safeRedirect(target: string | null): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target === '/login' || target.startsWith('/login?')) return '/';
  return target;
}

/**
 * The login page, asked to come back to `pathname + search` after signing in. `sessionEnded` when
 * a session the user had has ended (expired, idled out): only then does the page say so; a
 * first visit, with no session ever, is greeted quietly.
 */
export function loginPathFor(pathname: string, search: string, sessionEnded = false): string {
  return `/login?redirect=${encodeURIComponent(pathname + search)}${sessionEnded ? '&ended=1' : ''}`;
}

/** Whether the login page was reached because a session ended (see loginPathFor). */
export const sessionEndedIn = (params: URLSearchParams): boolean => params.get('ended') === '1';
