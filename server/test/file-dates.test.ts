import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * File names carry the zone's day: a download at 17:30 UTC on 7 December is made at 01:30 on
 * 8 December in Beijing, and its name says 2026-12-08, not the UTC day before.
 */
let t: TestApp;
let admin: Client;
const AFTER_MIDNIGHT_BEIJING = Date.parse('2026-12-07T17:30:00Z');

beforeAll(async () => {
  t = await createTestApp();
  t.clock.advance(AFTER_MIDNIGHT_BEIJING - t.clock.now().getTime());
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

const fileNameOf = (disposition: unknown) => {
  const star = /filename\*=UTF-8''([^;]+)/i.exec(String(disposition));
  return star?.[1] ? decodeURIComponent(star[1]) : String(disposition);
};

describe('a download after midnight Beijing time', () => {
  it('is named with the Beijing day: the enterprise list', async () => {
    const response = await admin.get('/api/v1/enterprises/export');
    expect(response.statusCode).toBe(200);
    expect(fileNameOf(response.headers['content-disposition'])).toBe('企业名单-2026-12-08.xlsx');
  });

  it('the audit log', async () => {
    const response = await admin.get('/api/v1/audit-logs/export');
    expect(response.statusCode).toBe(200);
    expect(fileNameOf(response.headers['content-disposition'])).toBe('审计日志-2026-12-08.xlsx');
  });

  it('the lead ledger', async () => {
    const response = await admin.get('/api/v1/investment/leads/export.xlsx');
    expect(response.statusCode, response.body.slice(0, 200)).toBe(200);
    expect(fileNameOf(response.headers['content-disposition'])).toBe('项目信息台账-2026-12-08.xlsx');
  });
});
