import { PaperClipOutlined } from '@ant-design/icons';
import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { AppLink } from '../../../app/app-link';
import { useHasPermission } from '../../../app/session';
import { currentLocale } from '../../../i18n';
import { formatDateTime } from '../../../i18n/format';
import { type ChangeRequest, type ChangeRequestStatus, changeFileUrl } from './change-requests.api';
import { FIELD_LABEL_KEYS, formatFieldValue } from './field-label';
import { ReviewActions } from './review-actions';

const STATUS_COLOR: Record<ChangeRequestStatus, string> = { pending: 'gold', approved: 'green', rejected: 'red' };

/** Each proposed change as "field: before → after". */
function Changes({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const none = t('common.none');
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }} data-testid="change-list">
      {request.changes.map((c) => (
        <li key={c.field}>
          {t(FIELD_LABEL_KEYS[c.field])}
          {locale === 'zh-CN' ? '：' : ': '}
          <Typography.Text delete type="secondary">
            {formatFieldValue(c.field, c.before, locale, none)}
          </Typography.Text>{' '}
          → <Typography.Text strong>{formatFieldValue(c.field, c.after, locale, none)}</Typography.Text>
        </li>
      ))}
    </ul>
  );
}

/**
 * Change requests as a table: the reviewers' queue (with the enterprise) or one enterprise's list.
 * Reviewers get the approve and reject buttons on pending rows.
 */
export function ChangeRequestTable({
  requests,
  total,
  page,
  loading,
  onPage,
  showEnterprise,
}: {
  requests: ChangeRequest[];
  total: number;
  page: number;
  loading: boolean;
  onPage: (page: number) => void;
  showEnterprise: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mayReview = useHasPermission('enterprise.reviewChange');
  return (
    <Table<ChangeRequest>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={requests}
      data-testid="change-requests"
      locale={{ emptyText: t('enterpriseSelf.change.none') }}
      pagination={{ current: page, pageSize: 20, total, onChange: onPage, hideOnSinglePage: true }}
      columns={[
        ...(showEnterprise
          ? [
              {
                key: 'enterprise',
                title: t('enterprises.name'),
                render: (_: unknown, r: ChangeRequest) => (
                  <AppLink to={`/registry/enterprises/${r.enterpriseId}`}>{r.enterpriseName}</AppLink>
                ),
              },
            ]
          : []),
        {
          key: 'submitted',
          title: t('enterpriseSelf.change.submittedAt'),
          render: (_, r) => (
            <>
              {formatDateTime(r.submittedAt, locale)}
              <br />
              <Typography.Text type="secondary">{r.submittedByName ?? t('common.none')}</Typography.Text>
            </>
          ),
        },
        { key: 'changes', title: t('enterpriseSelf.change.changes'), render: (_, r) => <Changes request={r} /> },
        {
          key: 'reason',
          title: t('enterpriseSelf.change.reason'),
          render: (_, r) => (
            <>
              {r.reason}
              {r.file ? (
                <div>
                  <a href={changeFileUrl(r.id)} download={r.file.fileName}>
                    <PaperClipOutlined /> {r.file.fileName}
                  </a>
                </div>
              ) : null}
            </>
          ),
        },
        {
          key: 'status',
          title: t('enterpriseSelf.change.status'),
          render: (_, r) => (
            <>
              <Tag color={STATUS_COLOR[r.status]} data-testid="change-status" data-status={r.status}>
                {t(`enterpriseSelf.status.${r.status}`)}
              </Tag>
              {r.reviewedAt ? (
                <div>
                  <Typography.Text type="secondary">
                    {r.reviewedByName ?? t('common.none')} · {formatDateTime(r.reviewedAt, locale)}
                  </Typography.Text>
                </div>
              ) : null}
              {r.reviewNote ? <div>{r.reviewNote}</div> : null}
            </>
          ),
        },
        ...(mayReview
          ? [
              {
                key: 'actions',
                title: t('common.actions'),
                render: (_: unknown, r: ChangeRequest) =>
                  r.status === 'pending' ? <ReviewActions request={r} /> : null,
              },
            ]
          : []),
      ]}
    />
  );
}
