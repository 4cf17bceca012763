import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEMO_USERNAME_BY_ROLE, hasPermission, type MenuEntry, menuFor, type Permission, ROLES } from '@zonehub/access';
import { login } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';
import { pathPattern, walkLinks } from './support/link-walk.js';

const leaves = (menu: readonly MenuEntry[]): string[] =>
  menu.flatMap((entry) => (entry.children?.length ? leaves(entry.children) : [entry.path]));

/** Detail pages a role that holds the permission must reach from its pages' links. */
const DETAILS: { permission: Permission; pattern: string }[] = [
  { permission: 'enterprise.view', pattern: '/registry/enterprises/:id' },
  { permission: 'investment.view', pattern: '/investment/leads/:id' },
  { permission: 'project.view', pattern: '/projects/:id' },
];

/**
 * Issue 10, "Done when": for every demo role, the home page and each page of its side menu, and
 * every in-app link found on them (and one link further), open without a 403 or 404, on the page
 * or from its API calls.
 */
export function describeLinkWalk(): void {
  describe('link walk', () => {
    for (const role of ROLES) {
      const username = DEMO_USERNAME_BY_ROLE[role];
      it(`${username} (${role}) reaches no 403 or 404 through its pages' links`, {
        timeout: TEST_TIMEOUT * 3,
      }, async () => {
        const page = await freshPage();
        try {
          await login(page, username);
          const started = Date.now();
          const result = await walkLinks(page, [...new Set(['/', ...leaves(menuFor(role))])], {
            maxTargets: 30,
            perPattern: 1,
            depth: 2,
            // A record's page shows its links and data in tabs: open each (a project's, a lead's …).
            openTabs: (path) => pathPattern(path).includes(':id'),
          });
          console.log(`link walk ${role}: ${result.visited.length} pages in ${Date.now() - started} ms`);
          const report = result.deadEnds.map(
            (d) => `${d.page}${d.from ? ` (linked from ${d.from})` : ''}: ${d.problem}`,
          );
          assert.deepEqual(report, [], `dead ends for ${role}`);
          const patterns = new Set(result.visited.map((path) => pathPattern(path)));
          // Staff who see projects, leads or enterprises reach their detail pages (the menu's lists link them).
          for (const { permission, pattern } of DETAILS) {
            if (hasPermission(role, permission)) assert.ok(patterns.has(pattern), `${role} visited a ${pattern}`);
          }
        } finally {
          await closePage(page);
        }
      });
    }
  });
}
