import type { Period, PeriodKind } from '@zonehub/investment-rules';
import { DatePicker, Segmented, Space } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PERIOD_KINDS, periodKeyOf, switchPeriodKind, zoneToday } from './contest-period';

/** Month / quarter / year and the period itself; reports the chosen period's key. */
export function PeriodPicker({
  value,
  onChange,
  testId = 'period-picker',
}: {
  value: Period;
  onChange: (key: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap data-testid={testId}>
      <Segmented<PeriodKind>
        value={value.kind}
        onChange={(kind) => onChange(switchPeriodKind(value, kind, zoneToday()))}
        options={PERIOD_KINDS.map((kind) => ({ value: kind, label: t(`investment.contest.kind.${kind}`) }))}
        data-testid={`${testId}-kind`}
      />
      <DatePicker
        picker={value.kind === 'month' ? 'month' : value.kind}
        value={dayjs(value.start)}
        allowClear={false}
        onChange={(date) => {
          if (date) onChange(periodKeyOf(value.kind, date.format('YYYY-MM-DD')));
        }}
        data-testid={`${testId}-date`}
      />
    </Space>
  );
}
