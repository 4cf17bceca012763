import { Card, Col, Row, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay, DayReason } from './project.types';
import { dayReasonLabel } from './project-labels';

const REASON_STYLE: Record<DayReason, { background: string; color: string }> = {
  weekday: { background: 'transparent', color: 'inherit' },
  weekend: { background: '#f5f5f5', color: '#8c8c8c' },
  holiday: { background: '#fff1f0', color: '#cf1322' },
  makeUpWorkday: { background: '#fff7e6', color: '#d46b08' },
  overrideHoliday: { background: '#f9f0ff', color: '#531dab' },
  overrideWorkday: { background: '#e6f4ff', color: '#0958d9' },
};

/** The days of a month laid out Monday-first, with blanks before the 1st. */
function monthCells(days: readonly CalendarDay[]): (CalendarDay | null)[] {
  const first = days[0];
  if (!first) return [];
  const weekday = (new Date(`${first.day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return [...Array.from({ length: weekday }, () => null), ...days];
}

/** A year of the zone's working calendar, month by month; a click on a day opens its correction. */
export function CalendarYearView({
  days,
  onPick,
}: {
  days: readonly CalendarDay[];
  onPick: (day: CalendarDay) => void;
}) {
  const { t } = useTranslation();
  const months = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.day.slice(5, 7)) === m + 1));
  const weekdays = t('projects.calendar.weekdays').split(',');
  return (
    <Row gutter={[12, 12]} data-testid="calendar-year">
      {months.map((monthDays, m) => (
        <Col key={monthDays[0]?.day ?? m} xs={24} sm={12} lg={8} xl={6}>
          <Card size="small" title={t('projects.calendar.month', { month: m + 1 })}>
            <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2, textAlign: 'center' }}>
              {weekdays.map((w) => (
                <Typography.Text key={w} type="secondary" style={{ fontSize: 12 }}>
                  {w}
                </Typography.Text>
              ))}
              {monthCells(monthDays).map((d, i) =>
                d ? (
                  <Tooltip key={d.day} title={`${d.day} ${dayReasonLabel(d.reason)}${d.name ? `：${d.name}` : ''}`}>
                    <button
                      type="button"
                      onClick={() => onPick(d)}
                      data-day={d.day}
                      data-reason={d.reason}
                      style={{
                        ...REASON_STYLE[d.reason],
                        border: d.reason.startsWith('override') ? '1px solid currentColor' : '1px solid transparent',
                        borderRadius: 4,
                        padding: '2px 0',
                        cursor: 'pointer',
                        fontSize: 12,
                      }}
                    >
                      {Number(d.day.slice(8, 10))}
                    </button>
                  </Tooltip>
                ) : (
                  // biome-ignore lint/suspicious/noArrayIndexKey: blanks before the 1st have nothing else to key on
                  <span key={`blank-${i}`} />
                ),
              )}
            </div>
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** The legend of the year view's colours. */
export function CalendarLegend() {
  const reasons: DayReason[] = ['weekend', 'holiday', 'makeUpWorkday', 'overrideHoliday', 'overrideWorkday'];
  return (
    <div style={{ display: 'flex', gap: 12, flexWrap: 'wrap' }}>
      {reasons.map((reason) => (
        <span key={reason} style={{ ...REASON_STYLE[reason], padding: '0 6px', borderRadius: 4 }}>
          {dayReasonLabel(reason)}
        </span>
      ))}
    </div>
  );
}
