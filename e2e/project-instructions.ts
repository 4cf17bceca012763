import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DEMO_USERNAME_BY_ROLE } from '@zonehub/access';
import { login, SCREENSHOTS_DIR } from './support/browser.js';
import { closePage, freshPage, TEST_TIMEOUT } from './support/harness.js';

/**
 * A leader's instruction (批示) on a project reaches its task force: the leader writes it on the
 * project's 批示 tab, the task-force member finds it under 收到的批示 and acknowledges it with a reply.
 */
export function describeProjectInstructions(): void {
  describe('leaders’ instructions', () => {
    it('a leader writes a 批示 on a project and the task force member sees and acknowledges it', {
      timeout: TEST_TIMEOUT,
    }, async () => {
      const text = `E2E 请专班本周内协调电力接入 ${Date.now()}`;
      const leader = await freshPage();
      try {
        await login(leader, DEMO_USERNAME_BY_ROLE.leader);
        const projectId = await leader.evaluate(async () => {
          const response = await fetch(`/api/v1/projects?q=${encodeURIComponent('星萌')}`);
          return ((await response.json()) as { items: { id: string }[] }).items[0]?.id ?? '';
        });
        assert.ok(projectId, 'the demo has 星萌');
        await leader.goto(`/projects/${projectId}`);
        await leader.getByTestId('project-page').waitFor();
        await leader.getByRole('tab', { name: '批示' }).click();
        await leader.getByTestId('write-instruction').click();
        await leader.getByTestId('write-instruction-text').fill(text);
        await leader.getByTestId('write-instruction-submit').click();
        const written = leader.getByTestId('project-instructions-tab').getByTestId('instruction-item').filter({
          hasText: text,
        });
        await written.waitFor();
        await leader.screenshot({ path: join(SCREENSHOTS_DIR, 'leader-instruction-written.png'), fullPage: true });
      } finally {
        await closePage(leader);
      }

      const member = await freshPage();
      try {
        await login(member, DEMO_USERNAME_BY_ROLE.taskForceMember);
        await member.goto('/projects/instructions');
        const received = member.getByTestId('instruction-item').filter({ hasText: text });
        await received.waitFor();
        await received.getByTestId('instruction-acknowledge').click();
        await member.getByTestId('instruction-acknowledge-submit').click();
        await received.getByTestId('instruction-acknowledge').waitFor({ state: 'detached' });
        // The member's own receipt now reads 已收悉, and the instruction counts it.
        const me = await member.evaluate(
          async () =>
            ((await (await fetch('/api/v1/auth/me')).json()) as { user: { displayName: string } }).user.displayName,
        );
        await received.getByTestId('instruction-recipients').getByText(`${me} · 已收悉`).waitFor();
        await member.screenshot({ path: join(SCREENSHOTS_DIR, 'member-instruction-received.png'), fullPage: true });
      } finally {
        await closePage(member);
      }
    });
  });
}
