import { type NameKeys, nameKeys } from './enterprise-names.js';

/**
 * How search text is normalised, the same way for what is stored and what is asked: full-width forms
 * folded to ASCII (NFKC), lower case, whitespace removed (names and codes carry none that matters,
 * and sheets and users add it at random).
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

/** The longest term the gram table serves; longer terms go to the trigram index. */
export const MAX_GRAM = 2;

/**
 * Above every character: a 1-character term c is answered by the index range c ≤ gram < c + TOP, i.e.
 * every gram starting with c (UTF-8 and the C collation both order by code point).
 */
export const GRAM_RANGE_TOP = '\u{10FFFF}';

export interface SearchKeys {
  /** One line per key so that no term matches across two of them. */
  body: string;
  grams: string[];
}

/**
 * Every 2-character piece of the text, and its last character alone. A 2-character term is then one
 * gram; a 1-character term is a prefix of some gram (a bigram where it starts one, the last character
 * where it starts none), found by an index range. Half the rows of storing every 1-character piece.
 */
function addGrams(into: Set<string>, text: string): void {
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) into.add(`${chars[i]}${chars[i + 1]}`);
  const last = chars.at(-1);
  if (last) into.add(last);
}

/**
 * The stored search keys of an enterprise: its names (current and former), their pinyin and initials,
 * and its code. `current` is the name's keys when the caller has them already (pinyin is not cheap).
 */
export function searchKeys(
  name: string,
  formerNames: readonly string[],
  uscc: string,
  current: NameKeys = nameKeys(name),
): SearchKeys {
  const lines: string[] = [];
  const grams = new Set<string>();
  for (const [index, each] of [name, ...formerNames].entries()) {
    const text = normalizeSearchText(each);
    const keys = index === 0 ? current : nameKeys(each);
    lines.push(text, keys.namePinyin, keys.nameInitials);
    addGrams(grams, text);
    addGrams(grams, keys.nameInitials);
  }
  lines.push(normalizeSearchText(uscc));
  return { body: lines.join('\n'), grams: [...grams] };
}
