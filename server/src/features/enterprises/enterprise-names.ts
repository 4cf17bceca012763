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
