import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { formatNumber } from '../../../i18n/format';
import { formatYuan } from '../../enterprises/money';

/** An amount in 万元 / 亿元 with the exact yuan one hover away; a dash when unknown. */
export function YuanText({ yuan }: { yuan: number | null | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (yuan === null || yuan === undefined) return <span>—</span>;
  return (
    <span title={t('investment.text.exactYuan', { value: formatNumber(yuan, locale, 2) })}>
      {formatYuan(yuan, locale)}
    </span>
  );
}
