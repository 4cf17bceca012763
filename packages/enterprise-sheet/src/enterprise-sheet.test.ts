import { composeUscc } from '@zonehub/uscc';
import { describe, expect, it } from 'vitest';
import {
  COLUMNS,
  findHeader,
  parkKey,
  parseDate,
  parseNumber,
  problemMessage,
  type SheetCell,
  type SheetContext,
  type SheetRow,
  toSheetRow,
  validateRows,
} from './index.js';

const USCC_A = composeUscc('91', '140428', 'MA0K2Y12');
const USCC_B = composeUscc('91', '140428', 'MA0K2Y13');
const context: SheetContext = {
  industryCodes: new Set(['C', '35', '351', '3511', '0111', '4210']),
  parks: new Map([
    [parkKey('中部装备制造与食品加工产业园'), 'park-central'],
    [parkKey('central'), 'park-central'],
  ]),
  today: '2026-11-29',
};
const HEADERS = COLUMNS.map((c) => c.header);
const rowsOf = (...rows: SheetCell[][]): SheetRow[] => rows.map((cells, i) => ({ rowNumber: i + 1, cells }));
function headerOf(rows: SheetRow[]) {
  const header = findHeader(rows);
  if (!header) throw new Error('no header row');
  return header;
}
const line = (values: Partial<Record<string, SheetCell>>): SheetCell[] => HEADERS.map((h) => values[h] ?? null);

describe('header detection', () => {
  it('finds the header below a title row and matches variants by name, not position', () => {
    const rows = rowsOf(
      ['长子经开区企业名单（2026年）'],
      [],
      [' 单位名称 ', '社会信用代码*', '法人代表', '注册资本(万元)', '备注'],
    );
    const header = findHeader(rows);
    expect(header?.rowNumber).toBe(3);
    expect([...(header?.columns.values() ?? [])].map((c) => c.key)).toEqual([
      'name',
      'uscc',
      'legalRepresentative',
      'registeredCapital',
    ]);
    expect(header?.ignored).toEqual(['备注']);
    expect(header?.missing).toEqual([]);
  });

  it('accepts full-width brackets and spaces in headers', () => {
    const header = findHeader(rowsOf(['统一社会信用代码', '企业 名称', '注册资本（万元）', '行业分类代码']));
    expect(header?.columns.get(2)?.key).toBe('registeredCapital');
    expect(header?.columns.get(3)?.key).toBe('industryCode');
  });

  it('names missing required columns and gives up without a header row', () => {
    expect(findHeader(rowsOf(['企业名称', '法人', '地址']))?.missing).toEqual(['统一社会信用代码']);
    expect(findHeader(rowsOf(['a', 'b'], [1, 2, 3]))).toBeNull();
  });
});

describe('cell normalisation', () => {
  it('reads dates as serials, Dates and the usual texts', () => {
    expect(parseDate(44652)).toBe('2022-04-01');
    expect(parseDate('44652')).toBe('2022-04-01');
    expect(parseDate(new Date(Date.UTC(2022, 3, 1)))).toBe('2022-04-01');
    for (const text of ['2022-04-01', '2022/4/1', '2022.4.1', '2022年4月1日', '20220401', '２０２２－０４－０１'])
      expect(parseDate(text)).toBe('2022-04-01');
    expect(parseDate(20220401)).toBe('2022-04-01');
    expect(parseDate('2022-02-30')).toBeNull();
    expect(parseDate('去年')).toBeNull();
  });

  it('reads numbers stored as text with separators and full-width digits', () => {
    expect(parseNumber('1,200.5')).toBe(1200.5);
    expect(parseNumber(' １２００ ')).toBe(1200);
    expect(parseNumber('12a')).toBeNull();
  });
});

describe('row validation', () => {
  it('turns a messy but valid row into a clean record', () => {
    const lower = `${USCC_A.slice(0, 4)} ${USCC_A.slice(4)}`.replace(/[0-9]/g, (d) =>
      String.fromCharCode(d.charCodeAt(0) + 0xfee0),
    );
    const rows = rowsOf(
      HEADERS,
      line({
        统一社会信用代码: lower,
        企业名称: ' 山西星萌科技有限公司 ',
        '注册资本（万元）': '1,000',
        成立日期: 44652,
        所属园区: 'Central',
        行业代码: 'C 3511',
        企业状态: '存续',
        从业人员: '120',
        '四上（年份）': '2024年',
        四上行业: '工业',
        专精特新级别: '国家级小巨人',
        '专精特新（年份）': 2025,
      }),
      [],
    );
    const result = validateRows(rows, headerOf(rows), context);
    expect(result.problems).toEqual([]);
    expect(result.totalRows).toBe(1);
    expect(result.records[0]).toMatchObject({
      row: 2,
      uscc: USCC_A,
      name: '山西星萌科技有限公司',
      registeredCapitalYuan: 10_000_000,
      foundedOn: '2022-04-01',
      parkId: 'park-central',
      industryCode: '3511',
      status: 'operating',
      employees: 120,
      classifications: [
        { kind: 'fourAbove', sector: 'industry', level: null, year: 2024 },
        { kind: 'srdi', sector: null, level: 'national', year: 2025 },
      ],
    });
  });

  it('reports every problem by row and column, in both languages', () => {
    const bad = `${USCC_A.slice(0, 17)}${USCC_A.endsWith('0') ? '1' : '0'}`;
    const rows = rowsOf(
      ['企业名单'],
      HEADERS,
      line({ 统一社会信用代码: bad, 企业名称: '甲公司', 成立日期: '2030-01-01', 所属园区: '西园' }),
      line({ 统一社会信用代码: USCC_B, 企业名称: '', 行业代码: '9999', 企业状态: '倒闭', 从业人员: '12.5' }),
      line({ 统一社会信用代码: USCC_B, 企业名称: '乙公司', '四上（年份）': '2024' }),
    );
    const { problems, records } = validateRows(rows, headerOf(rows), context);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, '统一社会信用代码', 'uscc.checkDigit'],
      [3, '成立日期', 'date.outOfRange'],
      [3, '所属园区', 'park.unknown'],
      [4, '企业名称', 'required'],
      [4, '从业人员', 'number.notInteger'],
      [4, '行业代码', 'industry.unknown'],
      [4, '企业状态', 'status.unknown'],
      [5, '四上行业', 'sector.required'],
      [5, '统一社会信用代码', 'uscc.duplicateInFile'],
    ]);
    const [checkDigit] = problems;
    if (!checkDigit) throw new Error('no problems');
    expect(problemMessage('zh-CN', checkDigit)).toBe(`校验位错误：应为 ${USCC_A.slice(17)}，实际为 ${bad.slice(17)}`);
    expect(problemMessage('en-US', checkDigit)).toContain(`expected ${USCC_A.slice(17)}`);
    expect(problemMessage('zh-CN', problems.at(-1) ?? checkDigit)).toBe('与第 4 行的统一社会信用代码重复');
  });

  it('refuses a row with a character XML cannot carry, once per cell, and still checks the rest', () => {
    const rows = rowsOf(
      HEADERS,
      line({ 统一社会信用代码: `${USCC_A}\u0000`, 企业名称: '甲\u000b公司', 从业人员: 'x' }),
      line({ 统一社会信用代码: USCC_B, 企业名称: '乙公司\uFFFF' }),
    );
    const { problems, records } = validateRows(rows, headerOf(rows), context);
    expect(records).toEqual([]);
    expect(problems.map((p) => [p.row, p.column, p.code, p.params])).toEqual([
      [2, '统一社会信用代码', 'text.forbiddenCharacter', { position: 19, codePoint: 'U+0000' }],
      [2, '企业名称', 'text.forbiddenCharacter', { position: 2, codePoint: 'U+000B' }],
      [2, '从业人员', 'number.invalid', { value: 'x' }],
      [3, '企业名称', 'text.forbiddenCharacter', { position: 4, codePoint: 'U+FFFF' }],
    ]);
    expect(problemMessage('zh-CN', problems[1] ?? { code: 'required', params: {} })).toBe(
      '含有不允许的字符（第 2 个字符 U+000B），请删除后再导入',
    );
  });

  it('restores an industry code whose leading zero a numeric cell dropped', () => {
    const rows = rowsOf(HEADERS, line({ 统一社会信用代码: USCC_A, 企业名称: '甲', 行业代码: 111 }));
    expect(validateRows(rows, headerOf(rows), context).records[0]?.industryCode).toBe('0111');
  });
});

describe('export rows', () => {
  it('read back by the import unchanged', () => {
    const exported = toSheetRow({
      uscc: USCC_A,
      name: '山西星萌科技有限公司',
      formerNames: ['旧名一', '旧名二'],
      legalRepresentative: '张三',
      registeredCapitalYuan: 5_000_000,
      foundedOn: '2020-05-06',
      address: '长子县',
      parkName: '中部装备制造与食品加工产业园',
      industryCode: '3511',
      status: 'suspended',
      employees: 30,
      contactName: '李四',
      contactPhone: '13800000000',
      classifications: [
        { kind: 'highTech', sector: null, level: null, year: 2022 },
        { kind: 'highTech', sector: null, level: null, year: 2024 },
      ],
    });
    const rows = rowsOf(HEADERS, exported);
    const { records, problems } = validateRows(rows, headerOf(rows), context);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      formerNames: ['旧名一', '旧名二'],
      registeredCapitalYuan: 5_000_000,
      status: 'suspended',
      contact: { name: '李四', phone: '13800000000' },
      classifications: [{ kind: 'highTech', year: 2024 }],
    });
  });
});

describe('export rows of text a spreadsheet would take for a formula', () => {
  it('carry the apostrophe guard, and the import reads them back as they were', () => {
    const name = '=HYPERLINK("http://evil.example","点击")有限公司';
    const exported = toSheetRow({
      uscc: USCC_A,
      name,
      formerNames: ['@旧名'],
      legalRepresentative: '-张三',
      registeredCapitalYuan: 5_000_000,
      foundedOn: '2020-05-06',
      address: '+长子县',
      parkName: '中部装备制造与食品加工产业园',
      industryCode: '3511',
      status: 'operating',
      employees: 30,
      contactName: '李四',
      contactPhone: '+86 13800000000',
      classifications: [],
    });
    expect(exported.slice(0, 7)).toEqual([USCC_A, `'${name}`, "'@旧名", "'-张三", 500, '2020-05-06', "'+长子县"]);
    const rows = rowsOf(HEADERS, exported);
    const { records, problems } = validateRows(rows, headerOf(rows), context);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({
      name,
      formerNames: ['@旧名'],
      legalRepresentative: '-张三',
      address: '+长子县',
      contact: { name: '李四', phone: '+86 13800000000' },
    });
  });
});
