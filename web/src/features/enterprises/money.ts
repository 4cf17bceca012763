import type { Locale } from '../../i18n';
import { formatNumber } from '../../i18n/format';

/**
 * Money is stored in yuan and shown in 万元 (亿元 from 1 亿 up) in Chinese; in English as
 * "10k yuan" / "100M yuan" units of the same size, so the figures read alike in both languages.
 */
export function formatYuan(yuan: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  if (Math.abs(yuan) >= 100_000_000)
    return `${formatNumber(yuan / 100_000_000, locale, 2)}${zh ? '亿元' : ' × 100M yuan'}`;
  return `${formatNumber(yuan / 10_000, locale, 2)}${zh ? '万元' : ' × 10k yuan'}`;
}
