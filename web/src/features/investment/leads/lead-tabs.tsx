import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Empty, Flex, List, Select, Table, Tag, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/feedback';
import { currentLocale } from '../../../i18n';
import { formatDateTime, formatNumber } from '../../../i18n/format';
import { joinList, stageLabel, verdictLabel } from '../investment-labels';
import type { AttachmentMeta, LeadDetail, Move } from './lead.types';
import { attachmentUrl, useDeleteAttachmentMutation, useUploadAttachmentMutation } from './moves.api';
import { ScreeningForm } from './screening-form';

/** The environmental access screenings, latest first, and the form to add one. */
export function ScreeningsTab({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16} data-testid="lead-screenings">
      <List
        dataSource={lead.screenings}
        locale={{ emptyText: <Empty description={t('investment.screening.none')} /> }}
        renderItem={(s) => (
          <List.Item>
            <List.Item.Meta
              title={
                <span>
                  <Tag color={s.verdict === 'pass' ? 'green' : s.verdict === 'conditional' ? 'gold' : 'red'}>
                    {verdictLabel(s.verdict)}
                  </Tag>
                  {s.decidedOn} · {s.decidedBy}
                </span>
              }
              description={joinList([s.reasons, s.conditions])}
            />
          </List.Item>
        )}
      />
      {lead.canEdit ? <ScreeningForm leadId={lead.id} /> : null}
    </Flex>
  );
}

/** The lead's documents: download links, upload (contract or other), delete (not a signing's contract). */
export function AttachmentsTab({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { modal } = App.useApp();
  const upload = useUploadAttachmentMutation();
  const remove = useDeleteAttachmentMutation();
  const showError = useErrorMessage();
  const [kind, setKind] = useState<AttachmentMeta['kind']>('other');
  return (
    <Flex vertical gap={12} data-testid="lead-attachments">
      {lead.canEdit ? (
        <Flex gap={8}>
          <Select<AttachmentMeta['kind']>
            value={kind}
            onChange={setKind}
            style={{ width: 140 }}
            options={[
              { value: 'contract', label: t('investment.attachment.kind.contract') },
              { value: 'other', label: t('investment.attachment.kind.other') },
            ]}
          />
          <Upload
            showUploadList={false}
            beforeUpload={(file) => {
              upload.mutateAsync({ id: lead.id, file, kind }).catch(showError);
              return false; // sent raw by the mutation, not as antd's multipart form
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('investment.gate.upload')}
            </Button>
          </Upload>
        </Flex>
      ) : null}
      <Table<AttachmentMeta>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={lead.attachments}
        columns={[
          {
            key: 'name',
            title: t('investment.attachment.fileName'),
            render: (_, a) => (
              <a href={attachmentUrl(lead.id, a.id)} download={a.fileName}>
                {a.fileName}
              </a>
            ),
          },
          {
            key: 'kind',
            title: t('investment.attachment.kind'),
            render: (_, a) => t(`investment.attachment.kind.${a.kind}`),
          },
          {
            key: 'size',
            title: t('investment.attachment.size'),
            render: (_, a) => `${formatNumber(a.sizeBytes / 1024, locale, 1)} KB`,
          },
          {
            key: 'at',
            title: t('investment.attachment.uploadedAt'),
            render: (_, a) => formatDateTime(a.createdAt, locale),
          },
          {
            key: 'actions',
            title: '',
            render: (_, a) =>
              lead.canEdit && a.id !== lead.contractAttachmentId ? (
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={() =>
                    modal.confirm({
                      title: t('investment.attachment.delete', { name: a.fileName }),
                      onOk: () => remove.mutateAsync({ id: lead.id, attachmentId: a.id }).catch(showError),
                    })
                  }
                />
              ) : null,
          },
        ]}
      />
    </Flex>
  );
}

/** Every move of the lead, undone ones marked. */
export function MoveHistory({ moves }: { moves: Move[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table<Move>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={moves}
      data-testid="lead-moves"
      columns={[
        { key: 'seq', title: '#', dataIndex: 'seq' },
        { key: 'kind', title: t('investment.move.kind'), render: (_, m) => t(`investment.move.kind.${m.kind}`) },
        {
          key: 'stages',
          title: t('investment.move.stages'),
          render: (_, m) => `${stageLabel(m.fromStage)} → ${stageLabel(m.toStage)}`,
        },
        { key: 'effectiveOn', title: t('investment.move.effectiveOn'), dataIndex: 'effectiveOn' },
        { key: 'reason', title: t('investment.move.reason'), render: (_, m) => m.reason ?? '—' },
        { key: 'by', title: t('investment.move.by'), render: (_, m) => m.movedBy?.name ?? '—' },
        { key: 'at', title: t('investment.move.at'), render: (_, m) => formatDateTime(m.movedAt, locale) },
        {
          key: 'undone',
          title: '',
          render: (_, m) => (m.undone ? <Tag>{t('investment.move.undone')}</Tag> : null),
        },
      ]}
    />
  );
}
