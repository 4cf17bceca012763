import { Col, Flex, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { zoneToday } from '../../investment/contest/contest-period';
import { ReportCard } from './report-card';
import { REPORT_KINDS } from './report-period';

/** /projects/reports: the four generated reports (周调度、月汇总、季分析、年交账), each previewed and downloadable. */
export function ProjectReportsPage() {
  const { t } = useTranslation();
  const today = zoneToday();
  return (
    <Flex vertical gap={16} data-testid="project-reports-page">
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('projects.reports.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('projects.reports.intro')}</Typography.Text>
      </div>
      <Row gutter={[16, 16]}>
        {REPORT_KINDS.map((kind) => (
          <Col key={kind} xs={24} xxl={12}>
            <ReportCard kind={kind} today={today} />
          </Col>
        ))}
      </Row>
    </Flex>
  );
}
