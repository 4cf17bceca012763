import { nameKeys } from './enterprise-names.js';

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

export interface SearchKeys {
  /** One line per key so that no term matches across two of them. */
  body: string;
  grams: string[];
}

function addGrams(into: Set<string>, text: string): void {
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    into.add(chars[i] ?? '');
    if (i + 1 < chars.length) into.add(`${chars[i]}${chars[i + 1]}`);
  }
}

/** The stored search keys of an enterprise: its names (current and former), their pinyin and initials, and its code. */
export function searchKeys(name: string, formerNames: readonly string[], uscc: string): SearchKeys {
  const lines: string[] = [];
  const grams = new Set<string>();
  for (const each of [name, ...formerNames]) {
    const text = normalizeSearchText(each);
    const keys = nameKeys(each);
    lines.push(text, keys.namePinyin, keys.nameInitials);
    addGrams(grams, text);
    addGrams(grams, keys.nameInitials);
  }
  lines.push(normalizeSearchText(uscc));
  grams.delete('');
  return { body: lines.join('\n'), grams: [...grams] };
}
