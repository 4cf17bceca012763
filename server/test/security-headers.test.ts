import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify, { type LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installSecurityHeaders } from '../src/http/security-headers.js';
import { type Client, createTestApp, type TestApp } from './helper.js';

/**
 * Security headers on every kind of response: API JSON, problem documents (400, 401, 404, a bad
 * URL), the web app's index.html, its assets and client-side routes, a file download, an export,
 * and the OpenAPI page with its assets; HSTS only over HTTPS.
 */
let t: TestApp;
let admin: Client;
let webDist: string;

beforeAll(async () => {
  webDist = mkdtempSync(join(tmpdir(), 'zonehub-web-'));
  mkdirSync(join(webDist, 'assets'));
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><html><body><div id="root"></div></body></html>');
  writeFileSync(join(webDist, 'assets', 'index-abc.js'), 'console.log(1);');
  t = await createTestApp({ config: { webDist } });
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => {
  await t.close();
  rmSync(webDist, { recursive: true, force: true });
});

const directives = (response: LightMyRequestResponse) =>
  new Map(
    String(response.headers['content-security-policy'] ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name, values]),
  );

function expectCommonHeaders(response: LightMyRequestResponse) {
  expect(response.headers['x-content-type-options']).toBe('nosniff');
  expect(response.headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
  expect(response.headers['x-frame-options']).toBe('DENY');
  expect(directives(response).get('frame-ancestors')).toEqual(["'none'"]);
  // Plain HTTP: a browser would ignore HSTS, and sending it there would be wrong anyway.
  expect(response.headers['strict-transport-security']).toBeUndefined();
}

/** The app's policy: own scripts only, no inline script, no eval; inline styles for antd. */
function expectAppPolicy(response: LightMyRequestResponse) {
  expectCommonHeaders(response);
  const csp = directives(response);
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
}

/** API answers load and run nothing even if a browser renders one. */
function expectApiPolicy(response: LightMyRequestResponse) {
  expectCommonHeaders(response);
  expect(directives(response).get('default-src')).toEqual(["'none'"]);
  expect(directives(response).has('script-src')).toBe(false);
}

describe('security headers', () => {
  it('are on API JSON, signed in or not', async () => {
    const health = await t.anonymous().get('/api/v1/health');
    expect(health.statusCode).toBe(200);
    expectApiPolicy(health);
    const me = await admin.get('/api/v1/auth/me');
    expect(me.statusCode).toBe(200);
    expectApiPolicy(me);
  });

  it('are on problem documents: 401, 404, a validation 400 and a URL Fastify cannot decode (404)', async () => {
    const unauthenticated = await t.anonymous().get('/api/v1/projects');
    expect(unauthenticated.statusCode).toBe(401);
    expectApiPolicy(unauthenticated);
    const notFound = await admin.get('/api/v1/no-such-route');
    expect(notFound.statusCode).toBe(404);
    expect(notFound.headers['content-type']).toContain('application/problem+json');
    expectApiPolicy(notFound);
    const invalid = await t.anonymous().post('/api/v1/auth/login', {});
    expect(invalid.statusCode).toBe(400);
    expectApiPolicy(invalid);
    const badUrl = await t.app.inject({ url: '/api/v1/projects/%zz' });
    expect(badUrl.statusCode).toBe(404);
    expect(badUrl.json()).toMatchObject({ code: 'route.notFound' });
    expectApiPolicy(badUrl);
  });

  it("are on the web app's index.html, its assets and its client-side routes", async () => {
    const index = await t.anonymous().get('/');
    expect(index.statusCode).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expectAppPolicy(index);
    const asset = await t.anonymous().get('/assets/index-abc.js');
    expect(asset.statusCode).toBe(200);
    expectAppPolicy(asset);
    const route = await t.anonymous().get('/projects/portfolio');
    expect(route.statusCode).toBe(200);
    expect(route.body).toContain('id="root"');
    expectAppPolicy(route);
  });

  it('are on a file download and an export', async () => {
    const leads = await admin.get('/api/v1/investment/leads?pageSize=1');
    const leadId = leads.json<{ items: { id: string }[] }>().items[0]?.id;
    expect(leadId).toBeTruthy();
    const uploaded = await admin.post(
      `/api/v1/investment/leads/${leadId}/attachments?fileName=${encodeURIComponent('协议.pdf')}`,
      Buffer.from('%PDF-1.4'),
      { 'content-type': 'application/pdf' },
    );
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const download = await admin.get(
      `/api/v1/investment/leads/${leadId}/attachments/${uploaded.json<{ id: string }>().id}`,
    );
    expect(download.statusCode).toBe(200);
    expectApiPolicy(download);
    const exported = await admin.get('/api/v1/investment/leads/export.xlsx');
    expect(exported.statusCode).toBe(200);
    expectApiPolicy(exported);
  });

  it('are on the OpenAPI page, its assets and the document, with the page free to run its own scripts', async () => {
    const page = await t.anonymous().get('/api/docs');
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toMatch(/<script>|<script [^>]*>[^<\s]/);
    expectAppPolicy(page);
    const script = await t.anonymous().get('/api/docs/static/swagger-initializer.js');
    expect(script.statusCode).toBe(200);
    expectAppPolicy(script);
    const document = await t.anonymous().get('/api/docs/openapi.json');
    expect(document.statusCode).toBe(200);
    expectAppPolicy(document);
  });
});

describe('HSTS', () => {
  it('is sent only when the request came over HTTPS (here: through a trusted proxy)', async () => {
    const app = Fastify({ trustProxy: true });
    installSecurityHeaders(app);
    app.get('/api/v1/ping', async () => ({ ok: true }));
    await app.ready();
    try {
      const https = await app.inject({ url: '/api/v1/ping', headers: { 'x-forwarded-proto': 'https' } });
      expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
      const http = await app.inject({ url: '/api/v1/ping' });
      expect(http.headers['strict-transport-security']).toBeUndefined();
    } finally {
      await app.close();
    }
  });
});
