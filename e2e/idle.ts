import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { login } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/** The idle-timeout warning, with the page's clock moved forward (the server's clock is real). */
export function describeIdleWarning(): void {
  describe('idle timeout', () => {
    it('greets a first visit quietly: a session that never existed has not expired', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await page.goto('/projects');
        await page.waitForURL((url) => url.pathname === '/login');
        await page.getByTestId('login-submit').waitFor();
        assert.equal(new URL(page.url()).searchParams.get('redirect'), '/projects');
        assert.equal(await page.getByText('登录已失效').count(), 0, 'no "session ended" notice on a first visit');
      } finally {
        await closePage(page);
      }
    });

    it('warns before the session idles out, stays on request and signs out when ignored', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const page = await freshPage();
      try {
        await page.clock.install();
        await login(page, 'zoneadmin');
        await page.goto('/admin/roles');
        await page.getByTestId('roles-page').waitFor();
        const warning = page.getByTestId('idle-warning');

        // 30-minute timeout: the warning comes two minutes before the (one minute early) deadline.
        await page.clock.fastForward('26:30');
        assert.equal(await warning.isVisible(), false, 'no warning after 26.5 quiet minutes');
        await page.clock.fastForward('01:00');
        await warning.waitFor();
        await page.getByText('会话即将过期').waitFor();

        const refreshed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/me') && r.status() === 200);
        await page.getByTestId('idle-stay').click();
        await refreshed;
        await warning.waitFor({ state: 'hidden' });

        await page.clock.fastForward('27:30');
        await warning.waitFor();
        await page.clock.fastForward('02:00');
        await page.waitForURL((url) => url.pathname === '/login');
        assert.equal(new URL(page.url()).searchParams.get('redirect'), '/admin/roles');
        // A session that idled out has ended, and the login page says so.
        await page.getByText('登录已失效').waitFor();
      } finally {
        await closePage(page);
      }
    });
  });
}
