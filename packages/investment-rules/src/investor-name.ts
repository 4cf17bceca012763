/**
 * How two investor names are compared for the duplicate warning (issue 4, item 5). A name is reduced
 * to its distinctive part: full-width characters made half-width, spaces and brackets dropped, and
 * the legal-form suffix (有限公司, 股份有限公司 …) removed, so 深圳市华强电子有限公司 and
 * 深圳市华强电子（集团）股份有限公司 meet. Pinyin (for 同音 names typed differently) is added by the
 * server, which already computes pinyin keys for the registry.
 */
const LEGAL_FORMS = [
  '股份有限公司',
  '有限责任公司',
  '集团有限公司',
  '有限公司',
  '股份公司',
  '集团公司',
  '集团',
  '公司',
  'coltd',
  'limited',
  'ltd',
  'inc',
  'corp',
];

export function investorKey(name: string): string {
  let key = name
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toLowerCase()
    .replace(/[\s()（）[\]【】.,，、·&-]/g, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const form of LEGAL_FORMS)
      if (key.length > form.length + 1 && key.endsWith(form)) {
        key = key.slice(0, -form.length);
        changed = true;
      }
  }
  return key;
}

function bigrams(text: string): Map<string, number> {
  const grams = new Map<string, number>();
  const chars = [...text];
  if (chars.length === 1) grams.set(text, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = `${chars[i]}${chars[i + 1]}`;
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

/** Dice similarity of two keys over character bigrams, 0 to 1. */
export function keySimilarity(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a === b) return 1;
  const ga = bigrams(a);
  const gb = bigrams(b);
  let shared = 0;
  for (const [gram, n] of ga) shared += Math.min(n, gb.get(gram) ?? 0);
  const total = [...ga.values()].reduce((s, n) => s + n, 0) + [...gb.values()].reduce((s, n) => s + n, 0);
  return (2 * shared) / total;
}

export type DuplicateReason = 'uscc' | 'sameName' | 'samePinyin' | 'contains' | 'similar';

/** Threshold above which two keys are called similar; checked against real look-alike names in tests. */
export const SIMILARITY_THRESHOLD = 0.6;

/**
 * Why an existing investor looks like the one being entered, or null. Keys are investorKey()
 * results; pinyin keys are the server's full pinyin of the keys.
 */
export function duplicateReason(
  entered: { key: string; pinyin: string; uscc: string | null },
  existing: { key: string; pinyin: string; uscc: string | null },
): DuplicateReason | null {
  if (entered.uscc && existing.uscc && entered.uscc === existing.uscc) return 'uscc';
  if (entered.key === '' || existing.key === '') return null;
  if (entered.key === existing.key) return 'sameName';
  if (entered.pinyin !== '' && entered.pinyin === existing.pinyin) return 'samePinyin';
  const [shorter, longer] =
    entered.key.length <= existing.key.length ? [entered.key, existing.key] : [existing.key, entered.key];
  if ([...shorter].length >= 4 && longer.includes(shorter)) return 'contains';
  if (keySimilarity(entered.key, existing.key) >= SIMILARITY_THRESHOLD) return 'similar';
  return null;
}
