import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DICTIONARIES, type TranslationKey } from './dictionaries';
import { DEFAULT_LOCALE, isLocale, type Locale, readStoredLocale, storeLocale } from './locale';

export { LOCALES, type Locale } from './locale';
export type { TranslationKey };

const DAYJS_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-cn', 'en-US': 'en' };

function applyLocale(locale: Locale): void {
  dayjs.locale(DAYJS_LOCALE[locale]);
  document.documentElement.lang = locale;
}

/** Starts i18next with the language chosen earlier in this browser (zh-CN by default). */
export async function initI18n(): Promise<void> {
  const locale = readStoredLocale();
  applyLocale(locale);
  await i18next.use(initReactI18next).init({
    lng: locale,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: ['zh-CN', 'en-US'],
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    resources: {
      'zh-CN': { translation: DICTIONARIES['zh-CN'] },
      'en-US': { translation: DICTIONARIES['en-US'] },
    },
  });
  document.title = i18next.t('app.name');
}

export function currentLocale(): Locale {
  const language = i18next.language;
  return isLocale(language) ? language : DEFAULT_LOCALE;
}

export async function changeLocale(locale: Locale): Promise<void> {
  storeLocale(locale);
  applyLocale(locale);
  await i18next.changeLanguage(locale);
  document.title = i18next.t('app.name');
}

/** Translates a key built at run time (menu.<key>, role.<role>), falling back to the raw text. */
export function translateDynamic(key: string, fallback: string): string {
  return i18next.exists(key) ? i18next.t(key as TranslationKey) : fallback;
}
