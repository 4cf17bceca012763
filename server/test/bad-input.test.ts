import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, sql, type TestApp } from './helper.js';

let t: TestApp;
let admin: Client;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

const countUnits = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('orgUnits')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

function raw(payload: string, contentType = 'application/json', extra: Record<string, string> = {}) {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/admin/org-units',
    payload,
    headers: {
      'content-type': contentType,
      cookie: admin.cookie ?? '',
      'x-csrf-token': admin.csrfToken ?? '',
      ...extra,
    },
  });
}

describe('bad input is refused with a problem document and nothing is written', () => {
  it('malformed JSON', async () => {
    const before = await countUnits();
    const response = await raw('{"kind": "department", "code": ');
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 400, code: 'request.malformedJson', title: '请求格式错误' });
    expect(await countUnits()).toBe(before);
  });

  it('wrong types, missing and unknown fields, each named', async () => {
    const before = await countUnits();
    const response = await admin.post(
      '/api/v1/admin/org-units',
      { kind: 'club', code: 42, extra: true },
      { 'accept-language': 'en-US' },
    );
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('validation.failed');
    const byField = Object.fromEntries(body.errors.map((e: { field: string; code: string }) => [e.field, e.code]));
    expect(byField).toEqual({
      'body.kind': 'notOneOf',
      'body.code': 'invalidType',
      'body.name': 'required',
      'body.extra': 'unknownField',
    });
    expect(body.errors.find((e: { field: string }) => e.field === 'body.name').message).toBe('is required');
    expect(await countUnits()).toBe(before);
  });

  it('speaks Chinese by default', async () => {
    const response = await admin.post('/api/v1/admin/org-units', { kind: 'department', code: 'X1' });
    expect(response.json().errors).toEqual([{ field: 'body.name', code: 'required', message: '必填' }]);
  });

  it('bad query parameters name the parameter', async () => {
    const response = await admin.get('/api/v1/admin/users?page=0&pageSize=500&sort=password');
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['query.page', 'query.pageSize', 'query.sort']));
  });

  it('bodies over 1 MB', async () => {
    const before = await countUnits();
    const big = JSON.stringify({ kind: 'department', code: 'BIG', name: 'x'.repeat(1024 * 1024) });
    const response = await raw(big);
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('request.tooLarge');
    expect(await countUnits()).toBe(before);
  });

  it('a body that is not JSON', async () => {
    const response = await raw('kind=department', 'application/x-www-form-urlencoded');
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('request.unsupportedMediaType');
  });

  it('unknown API routes answer a 404 problem', async () => {
    const response = await admin.get('/api/v1/no-such-thing');
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('route.notFound');
  });

  it('a server fault is masked: a request id, no details', async () => {
    const broken = await createTestApp();
    try {
      const leader = await broken.loginAs('leader');
      // A table no other table references, read by the home summary.
      await sql`drop table user_parks`.execute(broken.ctx.db);
      const response = await leader.get('/api/v1/home/summary');
      expect(response.statusCode).toBe(500);
      const body = response.json();
      expect(body.code).toBe('internal');
      expect(body.requestId).toBe(response.headers['x-request-id']);
      expect(body.detail).toContain(body.requestId);
      expect(response.body).not.toMatch(/user_parks|no such table|does not exist|sql/i);
    } finally {
      await broken.close();
    }
  });
});
