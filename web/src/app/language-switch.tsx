import { useQueryClient } from '@tanstack/react-query';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLocale, currentLocale, LOCALES, type Locale } from '../i18n';

/** 中文 / English; the choice is kept in this browser and sent with every API call. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const onChange = async (locale: Locale) => {
    await changeLocale(locale);
    // Server texts (problem details, names of statuses) come in the new language on refetch.
    await queryClient.invalidateQueries();
  };
  return (
    <Segmented<Locale>
      size="small"
      aria-label={t('lang.label')}
      data-testid="language-switch"
      value={currentLocale()}
      options={LOCALES.map((locale) => ({ value: locale, label: t(`lang.${locale}`) }))}
      onChange={(locale) => void onChange(locale)}
    />
  );
}
