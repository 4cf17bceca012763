import { pinyin } from 'pinyin-pro';

/**
 * The search keys of an enterprise name: full pinyin without tones or spaces, and the initials
 * (山西星萌科技有限公司 → shanxixingmengkejiyouxiangongsi, sxxmkjyxgs). Letters and digits in the name
 * are kept as they are, lower-cased; punctuation and brackets are dropped. Computed on every write so
 * that a pinyin search reads an indexed column instead of converting names at query time.
 */
export interface NameKeys {
  namePinyin: string;
  nameInitials: string;
}

const latin = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

export function nameKeys(name: string): NameKeys {
  let namePinyin = '';
  let nameInitials = '';
  for (const part of pinyin(name, { toneType: 'none', type: 'all', nonZh: 'consecutive' })) {
    if (part.isZh) {
      namePinyin += part.pinyin;
      nameInitials += part.pinyin.charAt(0);
    } else {
      // Letters and digits count whole in both keys (ABC → abc); punctuation and brackets drop out.
      const kept = latin(part.origin);
      namePinyin += kept;
      nameInitials += kept;
    }
  }
  return { namePinyin, nameInitials };
}

/**
 * The search keys of the names a record is found by (a lead's name and investor, a project's name, a
 * user's name): per name its full pinyin and its initials, one per line so that no term matches
 * across two. A name search looks for the term in the names and, lower-cased, in these keys.
 */
export function pinyinSearchKeys(...names: (string | null | undefined)[]): string {
  return names
    .filter((n): n is string => !!n)
    .flatMap((n) => {
      const keys = nameKeys(n);
      return [keys.namePinyin, keys.nameInitials];
    })
    .join('\n');
}
