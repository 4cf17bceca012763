/**
 * What can be wrong with a cell, as a stable code plus the values its message needs. Problems are
 * stored language-neutral and worded when shown, so the same preview reads in zh-CN or en-US.
 */
export type Locale = 'zh-CN' | 'en-US';

export const PROBLEM_CODES = [
  'required',
  'uscc.length',
  'uscc.character',
  'uscc.checkDigit',
  'uscc.duplicateInFile',
  'uscc.exists',
  'text.tooLong',
  'number.invalid',
  'number.notInteger',
  'number.outOfRange',
  'date.invalid',
  'date.outOfRange',
  'year.invalid',
  'year.outOfRange',
  'year.required',
  'park.unknown',
  'industry.unknown',
  'status.unknown',
  'sector.unknown',
  'sector.required',
  'srdiLevel.unknown',
  'srdiLevel.required',
  'phone.invalid',
  'text.forbiddenCharacter',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];

export interface SheetProblem {
  /** The row number as the sheet shows it (1-based, title and header rows counted). */
  row: number;
  /** The column's header as written in the file. */
  column: string;
  code: ProblemCode;
  params: Record<string, string | number>;
}

const MESSAGES: Record<Locale, Record<ProblemCode, string>> = {
  'zh-CN': {
    required: '必填，不能为空',
    'uscc.length': '统一社会信用代码应为 18 位，实际为 {length} 位',
    'uscc.character': '第 {position} 位“{character}”不是统一社会信用代码允许的字符',
    'uscc.checkDigit': '校验位错误：应为 {expected}，实际为 {actual}',
    'uscc.duplicateInFile': '与第 {otherRow} 行的统一社会信用代码重复',
    'uscc.exists': '该统一社会信用代码已登记为“{name}”；如要更新，请选择“按信用代码更新”',
    'text.tooLong': '不能超过 {max} 个字，实际 {length} 个字',
    'number.invalid': '“{value}”不是数字',
    'number.notInteger': '“{value}”应为整数',
    'number.outOfRange': '{value} 超出范围（{min}–{max}）',
    'date.invalid': '“{value}”不是日期，请写成 2022-04-01',
    'date.outOfRange': '日期 {value} 超出范围（{min} 至 {max}）',
    'year.invalid': '“{value}”不是四位年份',
    'year.outOfRange': '年份 {value} 超出范围（{min}–{max}）',
    'year.required': '填了“{other}”时须填年份',
    'park.unknown': '没有名称或编码为“{value}”的园区',
    'industry.unknown': '国民经济行业分类中没有代码“{value}”',
    'status.unknown': '“{value}”不是企业状态，可选：在营、停产、迁出、注销',
    'sector.unknown': '“{value}”不是四上行业，可选：工业、建筑业、批发零售住宿餐饮、服务业、房地产',
    'sector.required': '填了四上年份时须填四上行业',
    'srdiLevel.unknown': '“{value}”不是专精特新级别，可选：省级、国家级小巨人',
    'srdiLevel.required': '填了专精特新年份时须填级别',
    'phone.invalid': '“{value}”不是电话号码',
    'text.forbiddenCharacter': '含有不允许的字符（第 {position} 个字符 {codePoint}），请删除后再导入',
  },
  'en-US': {
    required: 'Required; may not be blank',
    'uscc.length': 'A credit code has 18 characters; this one has {length}',
    'uscc.character': 'Character {position} "{character}" is not allowed in a credit code',
    'uscc.checkDigit': 'Wrong check digit: expected {expected}, found {actual}',
    'uscc.duplicateInFile': 'Same credit code as row {otherRow}',
    'uscc.exists': 'This credit code is already registered as "{name}"; choose "update by credit code" to update it',
    'text.tooLong': 'At most {max} characters; found {length}',
    'number.invalid': '"{value}" is not a number',
    'number.notInteger': '"{value}" must be a whole number',
    'number.outOfRange': '{value} is out of range ({min}–{max})',
    'date.invalid': '"{value}" is not a date; write it as 2022-04-01',
    'date.outOfRange': 'Date {value} is out of range ({min} to {max})',
    'year.invalid': '"{value}" is not a four-digit year',
    'year.outOfRange': 'Year {value} is out of range ({min}–{max})',
    'year.required': 'A year is required when "{other}" is filled in',
    'park.unknown': 'No park is named or coded "{value}"',
    'industry.unknown': 'GB/T 4754-2017 has no code "{value}"',
    'status.unknown': '"{value}" is not a status; use 在营, 停产, 迁出 or 注销',
    'sector.unknown': '"{value}" is not a four-above sector; use 工业, 建筑业, 批发零售住宿餐饮, 服务业 or 房地产',
    'sector.required': 'A four-above sector is required with a four-above year',
    'srdiLevel.unknown': '"{value}" is not an SRDI level; use 省级 or 国家级小巨人',
    'srdiLevel.required': 'An SRDI level is required with an SRDI year',
    'phone.invalid': '"{value}" is not a phone number',
    'text.forbiddenCharacter': 'Contains a character that is not allowed ({codePoint} at position {position})',
  },
};

export function problemMessage(locale: Locale, problem: Pick<SheetProblem, 'code' | 'params'>): string {
  return MESSAGES[locale][problem.code].replace(/\{(\w+)\}/g, (_, key: string) =>
    String(problem.params[key] ?? `{${key}}`),
  );
}
