import { EditOutlined, RollbackOutlined, StepForwardOutlined, StopOutlined } from '@ant-design/icons';
import type { Stage } from '@zonehub/investment-rules';
import { App, Button, Card, Flex, Input, Modal, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useErrorMessage } from '../../../app/feedback';
import { useHasPermission } from '../../../app/session';
import { ErrorResult, ForbiddenPage } from '../../errors/error-pages';
import { LeadHandover } from '../../projects/lead-handover';
import { GateDialog } from '../board/gate-dialog';
import { stageLabel } from '../investment-labels';
import { LeadFormModal } from './lead-form.modal';
import { GateChecklist, LeadFigures, LeadSteps } from './lead-header';
import { AttachmentsTab, MoveHistory, ScreeningsTab } from './lead-tabs';
import { LeadTimeline } from './lead-timeline';
import { useLeadQuery } from './leads.api';
import { useUndoMoveMutation } from './moves.api';

/** One lead: its pool, figures and gate, the moves it may make, and its timeline and documents. */
export function LeadPage() {
  const mayView = useHasPermission('investment.view');
  return mayView ? <LeadView /> : <ForbiddenPage />;
}

function LeadView() {
  const { t } = useTranslation();
  const { id } = useParams();
  const lead = useLeadQuery(id);
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const undo = useUndoMoveMutation();
  const [gate, setGate] = useState<Stage | null>(null);
  const [editing, setEditing] = useState(false);
  const [undoing, setUndoing] = useState(false);
  const [undoReason, setUndoReason] = useState('');

  if (lead.isError) return <ErrorResult error={lead.error} />;
  if (!lead.data) return <Spin />;
  const l = lead.data;
  const next = l.gate.nextPool;

  return (
    <Card
      data-testid="lead-page"
      title={
        <Space>
          <Typography.Text strong data-testid="lead-name">
            {l.name}
          </Typography.Text>
          <Typography.Text type="secondary">{l.code}</Typography.Text>
          <Tag color={l.stage === 'dropped' ? 'red' : 'blue'} data-testid="lead-stage">
            {stageLabel(l.stage)}
          </Tag>
        </Space>
      }
      extra={
        <Space wrap>
          <LeadHandover lead={l} />
          {l.canEdit && next ? (
            <Button
              type="primary"
              icon={<StepForwardOutlined />}
              onClick={() => setGate(next)}
              data-testid="lead-move-forward"
            >
              {t('investment.board.moveTo', { stage: stageLabel(next) })}
            </Button>
          ) : null}
          {l.canEdit && l.stage !== 'dropped' ? (
            <Button danger icon={<StopOutlined />} onClick={() => setGate('dropped')} data-testid="lead-drop">
              {t('investment.lead.drop')}
            </Button>
          ) : null}
          {l.canUndo ? (
            <Button icon={<RollbackOutlined />} onClick={() => setUndoing(true)} data-testid="lead-undo">
              {t('investment.lead.undo')}
            </Button>
          ) : null}
          {l.canEdit ? (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="lead-edit">
              {t('common.edit')}
            </Button>
          ) : null}
        </Space>
      }
    >
      <Flex vertical gap={16}>
        <LeadSteps lead={l} />
        <GateChecklist lead={l} />
        <LeadFigures lead={l} />
        <Tabs
          items={[
            { key: 'timeline', label: t('investment.lead.tab.timeline'), children: <LeadTimeline lead={l} /> },
            { key: 'screenings', label: t('investment.lead.tab.screenings'), children: <ScreeningsTab lead={l} /> },
            { key: 'attachments', label: t('investment.lead.tab.attachments'), children: <AttachmentsTab lead={l} /> },
            { key: 'moves', label: t('investment.lead.tab.moves'), children: <MoveHistory moves={l.moves} /> },
          ]}
        />
      </Flex>
      {gate ? <GateDialog lead={l} to={gate} onClose={() => setGate(null)} /> : null}
      <LeadFormModal open={editing} lead={l} onClose={() => setEditing(false)} />
      <Modal
        open={undoing}
        title={t('investment.lead.undoTitle')}
        onCancel={() => setUndoing(false)}
        okButtonProps={{ disabled: undoReason.trim() === '', danger: true }}
        confirmLoading={undo.isPending}
        onOk={() =>
          undo
            .mutateAsync({ id: l.id, version: l.version, reason: undoReason.trim() })
            .then(() => {
              setUndoing(false);
              setUndoReason('');
              void message.success(t('investment.lead.undone'));
            })
            .catch(showError)
        }
      >
        <Typography.Paragraph>{t('investment.lead.undoHint')}</Typography.Paragraph>
        <Input.TextArea
          rows={3}
          maxLength={2000}
          value={undoReason}
          placeholder={t('investment.lead.undoReason')}
          onChange={(event) => setUndoReason(event.target.value)}
        />
      </Modal>
    </Card>
  );
}
