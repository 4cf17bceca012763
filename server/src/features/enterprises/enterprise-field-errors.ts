import type { UsccProblem } from '@zonehub/uscc';
import type { FieldError } from '../../http/errors.js';
import type { Locale } from '../../http/locale.js';

/**
 * The field errors the enterprise rules give, in the caller's language. Codes are stable; the
 * import (engineer C) reports the same codes per row and column.
 */
type Params = Record<string, string | number>;
const MESSAGES: Record<string, Record<Locale, (p: Params) => string>> = {
  'uscc.length': {
    'zh-CN': (p) => `统一社会信用代码应为18位，实为${p.length}位`,
    'en-US': (p) => `A credit code has 18 characters, this one has ${p.length}`,
  },
  'uscc.character': {
    'zh-CN': (p) => `第${p.position}位字符“${p.character}”不允许（不得使用 I、O、Z、S、V）`,
    'en-US': (p) => `Character ${p.position} ("${p.character}") is not allowed (I, O, Z, S, V are never used)`,
  },
  'uscc.checkDigit': {
    'zh-CN': (p) => `校验位错误：应为 ${p.expected}，实为 ${p.actual}`,
    'en-US': (p) => `Check digit: expected ${p.expected}, found ${p.actual}`,
  },
  'uscc.taken': {
    'zh-CN': (p) => `该统一社会信用代码已登记为“${p.name}”（${p.existingId}）`,
    'en-US': (p) => `This credit code is already registered as "${p.name}" (${p.existingId})`,
  },
  'industryCode.unknown': {
    'zh-CN': (p) => `国民经济行业分类中没有代码 ${p.code}`,
    'en-US': (p) => `GB/T 4754-2017 has no code ${p.code}`,
  },
  'parkId.unknown': {
    'zh-CN': () => '该园区不在本开发区',
    'en-US': () => 'That park is not in this zone',
  },
  'parkId.outOfScope': {
    'zh-CN': () => '只能登记本人所在园区的企业',
    'en-US': () => 'You may only register enterprises in your own parks',
  },
  'foundedOn.future': {
    'zh-CN': () => '成立日期不能晚于今天',
    'en-US': () => 'The founding date cannot be in the future',
  },
  'foundedOn.invalid': {
    'zh-CN': () => '不是有效日期',
    'en-US': () => 'Not a valid date',
  },
  'classification.sectorRequired': {
    'zh-CN': () => '四上企业须注明行业类别',
    'en-US': () => 'A four-above classification needs its sector',
  },
  'classification.levelRequired': {
    'zh-CN': () => '专精特新须注明级别（省级或国家级小巨人）',
    'en-US': () => 'An SRDI classification needs its level (provincial or national)',
  },
  'changeRequest.nothingChanged': {
    'zh-CN': () => '所填登记信息与现有信息相同，没有需要变更的内容',
    'en-US': () => 'The values given are the ones registered: nothing to change',
  },
  'changeRequest.fileEmpty': {
    'zh-CN': () => '附件为空',
    'en-US': () => 'The file is empty',
  },
  'classification.taken': {
    'zh-CN': (p) => `该企业${p.year}年已有此分类`,
    'en-US': (p) => `The enterprise already holds this classification for ${p.year}`,
  },
};

export type EnterpriseFieldCode = keyof typeof MESSAGES;

export function fieldError(locale: Locale, field: string, code: EnterpriseFieldCode, params: Params = {}): FieldError {
  const message = MESSAGES[code]?.[locale](params) ?? code;
  return { field, code, message };
}

export function usccFieldError(locale: Locale, field: string, problem: UsccProblem): FieldError {
  switch (problem.rule) {
    case 'length':
      return fieldError(locale, field, 'uscc.length', { length: problem.length });
    case 'character':
      return fieldError(locale, field, 'uscc.character', { position: problem.position, character: problem.character });
    case 'checkDigit':
      return fieldError(locale, field, 'uscc.checkDigit', { expected: problem.expected, actual: problem.actual });
  }
}
