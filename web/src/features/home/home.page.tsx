import { InfoCircleOutlined } from '@ant-design/icons';
import { Card, Col, Empty, Flex, Result, Row, Spin, Statistic, Tooltip } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../app/session';
import { usePhoneScreen } from '../../app/use-screen';
import { Chart } from '../../charts/chart';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../i18n/format';
import { ErrorResult } from '../errors/error-pages';
import { type HomeSummary, useHomeSummaryQuery } from './home.api';
import { buildParkFiguresOption } from './park-figures.option';
import { ZoneCard } from './zone-card';

function Totals({ summary }: { summary: HomeSummary }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const figures = [
    { key: 'parks', title: t('home.parkCount'), value: summary.parks.length },
    { key: 'enterprises', title: t('home.totals.enterprises'), value: summary.totals.enterprises },
    { key: 'parcels', title: t('home.totals.parcels'), value: summary.totals.parcels },
    {
      key: 'users',
      title: t('home.totals.users'),
      value: summary.totals.users,
      hint: t(`home.totals.usersHint.${summary.usersCounted}`),
    },
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map((f) => (
        <Col key={f.key} xs={12} lg={6}>
          <Card data-testid={`total-${f.key}`}>
            <Statistic
              title={
                'hint' in f ? (
                  <Tooltip title={f.hint}>
                    <span data-testid={`total-${f.key}-hint`}>
                      {f.title} <InfoCircleOutlined />
                    </span>
                  </Tooltip>
                ) : (
                  f.title
                )
              }
              value={f.value}
              formatter={(v) => formatNumber(Number(v), locale)}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

/** About the plot's width on a 390 px phone: the screen less the page's and card's padding and the y axis. */
const PHONE_PLOT_WIDTH = 280;

function ParkFiguresCard({ summary }: { summary: HomeSummary }) {
  const { t } = useTranslation();
  const phone = usePhoneScreen();
  const option = useMemo(
    () =>
      buildParkFiguresOption(
        summary.parks,
        {
          enterprises: t('home.series.enterprises'),
          parcels: t('home.series.parcels'),
          users: t('home.series.users'),
        },
        phone ? PHONE_PLOT_WIDTH : undefined,
      ),
    [summary.parks, t, phone],
  );
  return (
    <Card title={t('home.parkFigures')}>
      {summary.parks.length === 0 ? (
        <Empty description={t('home.noParks')} />
      ) : (
        <Chart option={option} testId="park-figures-chart" />
      )}
    </Card>
  );
}

export function HomePage() {
  const { t } = useTranslation();
  const me = useSession();
  const summary = useHomeSummaryQuery(me.zone?.id);
  if (!me.zone) return <Result status="info" title={t('home.noZone')} />;
  if (summary.isPending) {
    return (
      <Flex justify="center" style={{ padding: 48 }}>
        <Spin />
      </Flex>
    );
  }
  if (summary.isError) return <ErrorResult error={summary.error} />;
  return (
    <Flex vertical gap={16}>
      <ZoneCard zone={summary.data.zone} />
      <Totals summary={summary.data} />
      <ParkFiguresCard summary={summary.data} />
    </Flex>
  );
}
