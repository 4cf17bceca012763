import { PlusOutlined } from '@ant-design/icons';
import { ACTIVITY_KINDS, type ActivityKind } from '@zonehub/investment-rules';
import { Alert, Button, Calendar, type CalendarProps, Card, Flex, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useHasPermission } from '../../../app/session';
import { ErrorResult } from '../../errors/error-pages';
import { zoneToday } from '../contest/contest-period';
import { activityKindLabel } from '../investment-labels';
import { useInvestmentOptions } from '../investment-options.api';
import type { Activity } from '../leads/lead.types';
import { ActivityDrawer } from './activity-drawer';
import { useCalendarActivities } from './calendar.api';
import { activitiesByDay, calendarRange } from './calendar-days';
import { CalendarItem, KIND_COLORS } from './calendar-item';
import { LogVisitModal } from './log-visit.modal';

/** A day cell fits three lines and the "more" line. */
const MAX_PER_CELL = 3;
type CalendarMode = NonNullable<CalendarProps<Dayjs>['mode']>;
const isKind = (value: string | null): value is ActivityKind => ACTIVITY_KINDS.some((k) => k === value);
const isMonth = (value: string | null): value is string => value !== null && /^\d{4}-(0[1-9]|1[0-2])$/.test(value);

/** 招商日历: a month of activities, visits highlighted, filtered by task force and kind (in the URL). */
export function CalendarPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const mayManage = useHasPermission('investment.manage');
  const [params, setParams] = useSearchParams();
  const today = zoneToday();
  const monthParam = params.get('month');
  const month = isMonth(monthParam) ? monthParam : today.slice(0, 7);
  const kindParam = params.get('kind');
  const kind = isKind(kindParam) ? kindParam : undefined;
  const taskForceId = params.get('taskForceId') ?? undefined;
  const range = calendarRange(month);
  const activities = useCalendarActivities({ ...range, taskForceId, kind });
  const options = useInvestmentOptions();
  const [opened, setOpened] = useState<Activity | null>(null);
  const [logging, setLogging] = useState(false);
  const [mode, setMode] = useState<CalendarMode>('month');

  const byDay = useMemo(
    () => activitiesByDay(activities.data?.items ?? [], range.from, range.to),
    [activities.data, range.from, range.to],
  );

  const update = (patch: Record<string, string | undefined>) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(patch)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });

  const open = (activity: Activity) => {
    if (activity.leadId) void navigate(`/investment/leads/${activity.leadId}`);
    else setOpened(activity);
  };

  const cell = (date: Dayjs) => {
    const items = byDay.get(date.format('YYYY-MM-DD')) ?? [];
    if (items.length === 0) return null;
    return (
      <div data-testid="calendar-day" data-date={date.format('YYYY-MM-DD')}>
        {items.slice(0, MAX_PER_CELL).map((a) => (
          <CalendarItem key={a.id} activity={a} onOpen={open} />
        ))}
        {items.length > MAX_PER_CELL ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('investment.calendar.moreInDay', { n: items.length - MAX_PER_CELL })}
          </Typography.Text>
        ) : null}
      </div>
    );
  };

  if (activities.isError && !activities.data) return <ErrorResult error={activities.error} />;
  const shown = activities.data?.items.length ?? 0;
  const total = activities.data?.total ?? 0;

  return (
    <Card
      title={<Typography.Text strong>{t('investment.calendar.title')}</Typography.Text>}
      data-testid="calendar-page"
      data-month={month}
      data-loading={String(activities.isFetching)}
      extra={
        mayManage ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setLogging(true)} data-testid="log-visit">
            {t('investment.calendar.logVisit')}
          </Button>
        ) : null
      }
    >
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 8 }}>
        <Space wrap>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={taskForceId}
            placeholder={t('investment.calendar.allTaskForces')}
            style={{ width: 220 }}
            loading={options.isPending}
            options={(options.data?.taskForces ?? []).map((tf) => ({ value: tf.id, label: tf.name }))}
            onChange={(next?: string) => update({ taskForceId: next })}
            data-testid="calendar-task-force"
          />
          <Select
            allowClear
            value={kind}
            placeholder={t('investment.calendar.allKinds')}
            style={{ width: 160 }}
            options={ACTIVITY_KINDS.map((k) => ({ value: k, label: activityKindLabel(k) }))}
            onChange={(next?: ActivityKind) => update({ kind: next })}
            data-testid="calendar-kind"
          />
        </Space>
        <Space>
          {(['outboundVisit', 'inboundVisit'] as const).map((k) => (
            <Tag key={k} color={KIND_COLORS[k]}>
              {activityKindLabel(k)}
            </Tag>
          ))}
        </Space>
      </Flex>
      {total > shown ? <Alert type="info" showIcon title={t('investment.calendar.partial', { shown, total })} /> : null}
      <Calendar
        // Today is the selected day in its month; another month opens on its first day.
        value={dayjs(today.startsWith(month) ? today : `${month}-01`)}
        mode={mode}
        onPanelChange={(date, next) => {
          setMode(next);
          update({ month: date.format('YYYY-MM') });
        }}
        onSelect={(date, info) => {
          // The year view is only a way to pick a month: picking one opens it.
          if (info.source === 'month') setMode('month');
          if (date.format('YYYY-MM') !== month) update({ month: date.format('YYYY-MM') });
        }}
        cellRender={(date, info) => (info.type === 'date' ? cell(date) : null)}
      />
      <ActivityDrawer activity={opened} onClose={() => setOpened(null)} />
      <LogVisitModal open={logging} date={today} onClose={() => setLogging(false)} />
    </Card>
  );
}
