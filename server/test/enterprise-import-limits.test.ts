import { composeUscc } from '@zonehub/uscc';
import { Deflate } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from './helper.js';
import { uploader, workbook } from './sheet-files.js';

/** Uploads that would exhaust the server: zip bombs and sheets over the row cap. */
const MAX_ROWS = 100;
let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp({ config: { importMaxRows: MAX_ROWS } });
  admin = await t.loginAs('zoneAdmin');
});
afterAll(async () => {
  await t.close();
});

const upload = uploader(() => admin, 'bomb.xlsx');

/** `megabytes` of one repeated byte, deflated a megabyte at a time (a few hundred KB in memory). */
function deflatedZeros(megabytes: number): Buffer {
  const parts: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => {
    parts.push(chunk);
  });
  const block = new Uint8Array(1024 * 1024).fill(0x20);
  for (let i = 0; i < megabytes; i++) deflate.push(block, i === megabytes - 1);
  return Buffer.concat(parts);
}

/** A one-entry ZIP (an .xlsx's sheet part) whose directory declares `declaredSize` bytes unpacked. */
function zipOf(name: string, data: Buffer, declaredSize: number): Buffer {
  const fileName = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(fileName.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryAt = local.length + fileName.length + data.length;
  const directorySize = central.length + fileName.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(directoryAt, 16);
  return Buffer.concat([local, fileName, data, central, fileName, end]);
}

describe('a zip bomb', () => {
  const UNPACKED_MB = 600;
  const bomb = deflatedZeros(UNPACKED_MB);

  it.each([
    ['declares its unpacked size honestly', UNPACKED_MB * 1024 * 1024],
    ['declares a small unpacked size (a lying directory)', 1_000],
  ])('is refused with 400 before it is unpacked, when it %s', async (_, declared) => {
    const file = zipOf('xl/worksheets/sheet1.xml', bomb, declared);
    expect(file.length).toBeLessThan(2 * 1024 * 1024);
    const rssBefore = process.memoryUsage().rss;
    const response = await upload(file);
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    expect(response.statusCode, response.body).toBe(400);
    expect(response.json()).toMatchObject({ code: 'import.unsafeZip' });
    expect(response.json<{ detail: string }>().detail).toContain('200 MB');
    expect(grownMb).toBeLessThan(100);
  });
});

describe('a sheet over the row cap', () => {
  const sheet = (rows: number) =>
    workbook([
      ['统一社会信用代码', '企业名称', '注册资本（万元）', '成立日期', '行业代码'],
      ...Array.from({ length: rows }, (_, i) => [
        composeUscc('91', '140428', `M${String(i).padStart(7, '0')}`),
        `行数上限测试${i}号有限公司`,
        100,
        '2020-01-01',
        '3511',
      ]),
    ]);

  it('is refused with a message naming the limit, in the reader’s language', async () => {
    const file = await sheet(MAX_ROWS + 1);
    const zh = await upload(file);
    expect(zh.statusCode, zh.body).toBe(400);
    expect(zh.json()).toMatchObject({ code: 'import.tooManyRows' });
    expect(zh.json<{ detail: string }>().detail).toContain(`最多导入 ${MAX_ROWS} 行`);
    const en = await upload(file, '', { 'accept-language': 'en-US' });
    expect(en.json<{ detail: string }>().detail).toContain(`At most ${MAX_ROWS} data rows`);
    // Nothing was stored for it.
    const jobs = await t.ctx.db.selectFrom('importJobs').select('id').where('fileName', '=', 'bomb.xlsx').execute();
    expect(jobs).toEqual([]);
  });

  it('is read when it is at the cap', async () => {
    const response = await upload(await sheet(MAX_ROWS));
    expect(response.json<{ status: string; totalRows: number }>()).toMatchObject({
      status: 'ready',
      totalRows: MAX_ROWS,
    });
  });
});
