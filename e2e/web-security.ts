import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { type MenuEntry, menuFor } from '@zonehub/access';
import type { Page } from 'playwright-core';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** A task-force name as a hostile zone admin would type it. */
const HOSTILE = '<img src=x onerror="window.__xss=1">专班';

interface Watch {
  /** Content-Security-Policy violations the page reported (directive and what it blocked). */
  violations: string[];
  /** Uncaught errors in the page. */
  errors: string[];
}

/**
 * Records every CSP violation and uncaught error of the page, across navigations: the listener is
 * installed in each new document, before the app's own scripts run.
 */
async function watch(page: Page): Promise<Watch> {
  const seen: Watch = { violations: [], errors: [] };
  await page.exposeBinding('__reportCspViolation', (source, text: string) => {
    seen.violations.push(`${new URL(source.page.url()).pathname}: ${text}`);
  });
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  return seen;
}

const leaves = (menu: readonly MenuEntry[]): string[] =>
  menu.flatMap((entry) => (entry.children?.length ? leaves(entry.children) : [entry.path]));

/** Stored XSS through a chart tooltip, and the app running whole under its Content-Security-Policy. */
export function describeWebSecurity(): void {
  describe('web security', () => {
    it('shows a task-force name with markup in the portfolio tooltip as text, and runs nothing', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const admin = await freshPage();
      const leader = await freshPage();
      let restore: (() => Promise<void>) | null = null;
      try {
        await login(leader, 'leader');
        const portfolio = (await leader.evaluate(async () =>
          (await fetch('/api/v1/projects/portfolio?pageSize=1')).json(),
        )) as { overdueByTaskForce: { taskForceId: string; name: string; red: number; amber: number }[] };
        const target = portfolio.overdueByTaskForce.find((r) => r.red + r.amber > 0);
        assert.ok(target, 'the demo has a task force with red or amber projects');

        await login(admin, 'zoneadmin');
        const rename = (name: string) =>
          admin.evaluate(
            async ([id, value]) => {
              const me = (await (await fetch('/api/v1/auth/me')).json()) as { csrfToken: string };
              const response = await fetch(`/api/v1/admin/org-units/${id}`, {
                method: 'PATCH',
                headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
                body: JSON.stringify({ name: value }),
              });
              return response.status;
            },
            [target.taskForceId, name] as const,
          );
        assert.equal(await rename(HOSTILE), 200);
        restore = async () => assert.equal(await rename(target.name), 200);

        const seen = await watch(leader);
        await leader.goto('/projects/portfolio');
        const chart = leader.getByTestId('portfolio-overdue-chart');
        const canvas = chart.locator('canvas').first();
        await canvas.waitFor();
        await leader.waitForTimeout(600); // the bars' entry animation
        const box = await canvas.boundingBox();
        assert.ok(box, 'the chart is drawn');
        // Sweep down the bars (an axis tooltip shows for a whole row) until the renamed one answers:
        // its name as text, or (the bug) an element made from it.
        const tooltipOfTarget = async () =>
          ((await chart.textContent()) ?? '').includes(HOSTILE) || (await chart.locator('img').count()) > 0;
        let shown = false;
        for (let y = box.y + 4; y < box.y + box.height && !shown; y += 6) {
          await leader.mouse.move(box.x + box.width * 0.5, y);
          shown = await tooltipOfTarget();
        }
        assert.ok(shown, 'the renamed task force has a tooltip');
        await leader.waitForTimeout(300);
        assert.equal(await leader.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
        assert.equal(await chart.locator('img').count(), 0, 'no element was made from the name');
        assert.ok(((await chart.textContent()) ?? '').includes(HOSTILE), 'the name shows exactly as typed');
        await leader.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-portfolio-hostile-name.png') });
        assert.deepEqual(seen.violations, []);
        assert.deepEqual(seen.errors, []);
      } finally {
        await restore?.();
        await closePage(admin);
        await closePage(leader);
      }
    });

    it('runs every page of the menu, a project with its Gantt and the API docs with no CSP violation', {
      timeout: 300_000,
    }, async () => {
      const page = await freshPage();
      try {
        const seen = await watch(page);
        const first = await page.goto('/login');
        assert.match(first?.headers()['content-security-policy'] ?? '', /script-src 'self'(;|$)/, 'the page has a CSP');
        await login(page, 'zoneadmin');
        for (const path of leaves(menuFor('zoneAdmin'))) {
          await page.goto(path);
          await page.waitForLoadState('networkidle');
          assert.equal(await page.getByTestId('error-404').count(), 0, `${path} is a page`);
        }
        const projects = (await page.evaluate(async () => (await fetch('/api/v1/projects?pageSize=1')).json())) as {
          items: { id: string }[];
        };
        await page.goto(`/projects/${projects.items[0]?.id}`);
        await page.getByRole('tab', { name: '甘特图' }).click();
        await page.getByTestId('project-gantt').locator('canvas').first().waitFor();
        await page.goto('/api/docs');
        // Swagger UI renders the whole (large) document before its title shows: slow on a busy machine.
        await page.locator('.swagger-ui .info .title').waitFor({ timeout: 90_000 });
        await page.waitForLoadState('networkidle');
        assert.deepEqual(seen.violations, []);
        assert.deepEqual(seen.errors, []);
      } finally {
        await closePage(page);
      }
    });
  });
}
