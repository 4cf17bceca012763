/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015: 18 characters from a 31-character
 * set (digits and capitals without I, O, Z, S, V). Position 18 is a check character over the first 17
 * (weights 3^(i-1) mod 31); positions 9–17 are the organisation code of GB 11714, whose own check
 * character (position 17) uses weights 3,7,9,10,5,8,4,2 mod 11.
 */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];
const ORG_CHARSET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

export type UsccProblem =
  | { rule: 'length'; length: number }
  | { rule: 'character'; position: number; character: string }
  | { rule: 'checkDigit'; expected: string; actual: string };

export function usccCheckCharacter(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARSET.indexOf(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/** The GB 11714 check character of an 8-character organisation code body. */
export function orgCodeCheckCharacter(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += ORG_CHARSET.indexOf(body8.charAt(i)) * (ORG_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** Upper-cases and strips spaces and full-width forms, as codes arrive from spreadsheets. */
export function normalizeUscc(raw: string): string {
  return raw
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]/g, '')
    .toUpperCase();
}

/** The first rule a code breaks, or null when it is valid. Expects a normalised code. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return { rule: 'length', length: code.length };
  for (let i = 0; i < 18; i++) {
    const character = code.charAt(i);
    if (!USCC_CHARSET.includes(character)) return { rule: 'character', position: i + 1, character };
  }
  const expected = usccCheckCharacter(code.slice(0, 17));
  const actual = code.charAt(17);
  return expected === actual ? null : { rule: 'checkDigit', expected, actual };
}

/**
 * Builds a valid code from its parts: registration authority and type (e.g. '91' for an enterprise
 * registered with market regulation), the 6-digit administrative division, and an 8-character
 * organisation body. Used for demo data and tests.
 */
export function composeUscc(authorityAndType: string, division: string, orgBody8: string): string {
  const first17 = `${authorityAndType}${division}${orgBody8}${orgCodeCheckCharacter(orgBody8)}`;
  return `${first17}${usccCheckCharacter(first17)}`;
}
