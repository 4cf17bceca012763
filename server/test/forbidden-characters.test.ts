import { composeUscc } from '@zonehub/uscc';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { uploader, workbook } from './sheet-files.js';

let t: TestApp;
let admin: Client;
const EN = { 'accept-language': 'en-US' };

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => t.close());

interface Problem {
  code: string;
  errors?: { field: string; code: string; message: string }[];
}

const enterprise = (serial: string, overrides: Record<string, unknown> = {}) => ({
  uscc: composeUscc('91', '140428', serial),
  name: '长子县字符测试有限公司',
  ...overrides,
});

const countEnterprises = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('enterprises')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe('a NUL byte or another character XML 1.0 forbids is refused as bad input, naming the field', () => {
  it('a NUL in the username of an unauthenticated login is a 400 on body.username, not a 500', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin\u0000', password: 'whatever-password' },
      headers: EN,
    });
    expect(response.statusCode, response.body).toBe(400);
    const body = response.json<Problem>();
    expect(body.code).toBe('validation.failed');
    expect(body.errors).toEqual([
      {
        field: 'body.username',
        code: 'forbiddenCharacter',
        message: 'contains a character that is not allowed (U+0000 at position 6)',
      },
    ]);
  });

  it('in a query parameter, a path parameter and a nested body field, in the caller’s language', async () => {
    const query = await admin.get('/api/v1/enterprises?q=%E9%95%BF%00');
    expect(query.statusCode, query.body).toBe(400);
    expect(query.json<Problem>().errors).toEqual([
      { field: 'query.q', code: 'forbiddenCharacter', message: '含有不允许的字符（第 2 个字符 U+0000）' },
    ]);

    const path = await admin.get('/api/v1/enterprises/abc%00def');
    expect(path.statusCode, path.body).toBe(400);
    expect(path.json<Problem>().errors?.map((e) => e.field)).toEqual(['params.id']);

    const before = await countEnterprises();
    const nested = await admin.post(
      '/api/v1/enterprises',
      enterprise('NUL00001', { formerNames: ['旧名', '长子\u0000机械厂'], address: 'a\u0001b' }),
      EN,
    );
    expect(nested.statusCode, nested.body).toBe(400);
    expect(nested.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
      ['body.formerNames.1', 'forbiddenCharacter'],
      ['body.address', 'forbiddenCharacter'],
    ]);
    expect(await countEnterprises()).toBe(before);
  });

  it('reports every offending string at once, across the path, the query and the body', async () => {
    const response = await admin.patch(
      '/api/v1/enterprises/abc%01?x=%02',
      { name: 'a\u0003', formerNames: ['b', 'c\u0004'], '\u0005key': 'd' },
      EN,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual([
      'params.id',
      'query.x',
      'body.name',
      'body.formerNames.1',
      'body.key',
    ]);
  });

  it('a vertical tab, U+FFFF or a lone surrogate in an enterprise name is refused', async () => {
    for (const name of ['长子县\u000b测试有限公司', '长子县测试有限公司\uFFFF', '长子县\uD800测试有限公司']) {
      const response = await admin.post('/api/v1/enterprises', enterprise('TAB00001', { name }), EN);
      expect(response.statusCode, name).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => [e.field, e.code])).toEqual([
        ['body.name', 'forbiddenCharacter'],
      ]);
    }
  });

  it('a file name with a control character is refused before the upload is read', async () => {
    const response = await admin.post('/api/v1/enterprise-import?fileName=%E5%90%8D%08.xlsx', Buffer.from('PK'), {
      'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual(['query.fileName']);
  });

  it('still takes Chinese, emoji, surrogate pairs, tabs and newlines', async () => {
    const response = await admin.post(
      '/api/v1/enterprises',
      enterprise('EMJ00001', {
        name: '长子县🚀测试\t有限公司',
        address: '山西省长治市长子县\r\n创业路 1 号 𠀀',
        formerNames: ['长子县😀机械厂'],
      }),
    );
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({ name: '长子县🚀测试\t有限公司', formerNames: ['长子县😀机械厂'] });
  });
});

describe('an imported sheet whose cells carry such characters', () => {
  const upload = uploader(() => admin, 'chars.xlsx');
  // Excel writes a control character in a cell as _xHHHH_, which the reader turns back into it.
  it('reports each as a row and column error, not a 500, and keeps the clean rows out of the import', async () => {
    const file = await workbook([
      ['统一社会信用代码', '企业名称', '注册地址', '法定代表人'],
      [composeUscc('91', '140428', 'CHR00001'), '长子县_x000B_测试有限公司', '创业路_x0000_1 号', '张某'],
      [composeUscc('91', '140428', 'CHR00002'), '长子县测试二有限公司', '创业路\t2 号', '李_x001F_某'],
      [composeUscc('91', '140428', 'CHR00003'), '长子县测试三有限公司', null, null],
    ]);
    const response = await upload(file, '', EN);
    expect(response.statusCode, response.body).toBe(200);
    const job = response.json<{
      status: string;
      errors: { row: number; column: string; code: string; message: string }[];
    }>();
    expect(job.status).toBe('invalid');
    expect(job.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, '企业名称', 'text.forbiddenCharacter'],
      [2, '注册地址', 'text.forbiddenCharacter'],
      [3, '法定代表人', 'text.forbiddenCharacter'],
    ]);
    expect(job.errors[0]?.message).toBe('Contains a character that is not allowed (U+000B at position 4)');
  });
});
