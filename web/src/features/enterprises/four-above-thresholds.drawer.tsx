import { Drawer, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { currentLocale, type Locale, translateDynamic } from '../../i18n';
import { ErrorResult } from '../errors/error-pages';
import type { FourAboveThreshold } from './four-above';
import { useFourAboveThresholdsQuery } from './four-above.api';
import { formatYuan } from './money';

/** "≥ 2,000.00万元", or the words for a sector whose criterion is not revenue. */
export function thresholdText(minRevenueYuan: number | null, locale: Locale, noThreshold: string): string {
  return minRevenueYuan === null ? noThreshold : `≥ ${formatYuan(minRevenueYuan, locale)}`;
}

/** The 四上 thresholds as configured: one row per subsector and version (the year it applies from). */
export function FourAboveThresholdsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const thresholds = useFourAboveThresholdsQuery(open);
  return (
    <Drawer open={open} onClose={onClose} title={t('fourAbove.thresholds')} size={900} destroyOnHidden>
      <Typography.Paragraph type="secondary">{t('fourAbove.thresholdsHelp')}</Typography.Paragraph>
      {thresholds.isError ? (
        <ErrorResult error={thresholds.error} />
      ) : (
        <Table<FourAboveThreshold>
          rowKey="id"
          size="small"
          pagination={false}
          loading={thresholds.isLoading}
          dataSource={thresholds.data ?? []}
          data-testid="four-above-thresholds-table"
          columns={[
            {
              key: 'sector',
              title: t('enterprises.sector'),
              render: (_, r) => translateDynamic(`enterprises.sector.${r.sector}`, r.sector),
            },
            {
              key: 'subsector',
              title: t('fourAbove.subsector'),
              render: (_, r) => translateDynamic(`fourAbove.subsector.${r.subsector}`, r.subsector),
            },
            {
              key: 'min',
              title: t('fourAbove.threshold'),
              render: (_, r) => (
                <span
                  title={r.minRevenueYuan === null ? undefined : String(r.minRevenueYuan)}
                  style={{ whiteSpace: 'nowrap' }}
                >
                  {thresholdText(r.minRevenueYuan, locale, t('fourAbove.noRevenueThreshold'))}
                </span>
              ),
            },
            { key: 'from', title: t('fourAbove.effectiveFrom'), dataIndex: 'effectiveFromYear' },
            { key: 'basis', title: t('fourAbove.basis'), dataIndex: 'basis' },
          ]}
        />
      )}
    </Drawer>
  );
}
