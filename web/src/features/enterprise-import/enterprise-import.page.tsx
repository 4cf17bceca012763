import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Flex, Progress, Radio, Result, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useErrorMessage } from '../../app/feedback';
import {
  downloadTemplate,
  type ImportJob,
  type ImportMode,
  MAX_IMPORT_BYTES,
  useCommitImport,
  useImportJobQuery,
  useUploadImport,
} from './enterprise-import.api';
import { ImportErrorTable, ImportPreviewTable } from './import-tables';

type Step = 0 | 1 | 2 | 3 | 4;

function stepOf(job: ImportJob | undefined, started: boolean): Step {
  if (!job) return started ? 1 : 0;
  switch (job.status) {
    case 'validating':
    case 'invalid':
    case 'ready':
      return 2;
    case 'importing':
      return 3;
    case 'done':
    case 'failed':
      return 4;
  }
}

/**
 * The import wizard: template → upload → preview with every error → choose the mode → import (with
 * progress) → done. Nothing is written before the user starts the import of a file without errors.
 */
export function EnterpriseImportPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const showError = useErrorMessage();
  const [started, setStarted] = useState(false);
  const [mode, setMode] = useState<ImportMode>('create');
  const [jobId, setJobId] = useState<string | null>(null);
  // The last file sent: changing the mode validates it again, since the mode decides what is an error.
  const [file, setFile] = useState<File | null>(null);
  const upload = useUploadImport();
  const commit = useCommitImport();
  const polled = useImportJobQuery(jobId);
  const job = polled.data ?? upload.data;
  const step = stepOf(job, started);

  const reset = () => {
    upload.reset();
    setJobId(null);
    setStarted(true);
  };
  const send = (next: File, nextMode: ImportMode) => {
    if (next.size > MAX_IMPORT_BYTES) {
      showError(new Error(t('enterpriseImport.upload.tooLarge')));
      return;
    }
    setFile(next);
    setJobId(null);
    upload.mutate({ file: next, mode: nextMode }, { onSuccess: (result) => setJobId(result.id), onError: showError });
  };
  const changeMode = (next: ImportMode) => {
    setMode(next);
    if (file && step === 2) send(file, next);
  };
  const start = () => {
    if (!job) return;
    commit.mutate({ id: job.id, mode }, { onSuccess: () => polled.refetch(), onError: showError });
  };

  const modeChoice = (
    <Space direction="vertical" size={2}>
      <Radio.Group value={mode} onChange={(e) => changeMode(e.target.value)} data-testid="import-mode">
        <Radio value="create">{t('enterpriseImport.mode.create')}</Radio>
        <Radio value="update">{t('enterpriseImport.mode.update')}</Radio>
      </Radio.Group>
      <Typography.Text type="secondary">
        {t(mode === 'create' ? 'enterpriseImport.mode.createHelp' : 'enterpriseImport.mode.updateHelp')}
      </Typography.Text>
    </Space>
  );

  return (
    <Card title={t('enterpriseImport.title')}>
      <Steps
        current={step}
        status={step === 4 ? (job?.status === 'done' ? 'finish' : 'error') : 'process'}
        style={{ marginBottom: 24 }}
        items={(['template', 'upload', 'preview', 'import', 'done'] as const).map((key) => ({
          title: t(`enterpriseImport.step.${key}`),
        }))}
      />
      {step === 0 && (
        <Flex vertical gap={16} align="flex-start">
          <Typography.Paragraph>{t('enterpriseImport.template.intro')}</Typography.Paragraph>
          <Space>
            <Button
              icon={<DownloadOutlined />}
              data-testid="import-template"
              onClick={() => downloadTemplate().catch(showError)}
            >
              {t('enterpriseImport.template.download')}
            </Button>
            <Button type="primary" data-testid="import-next" onClick={() => setStarted(true)}>
              {t('enterpriseImport.template.next')}
            </Button>
          </Space>
        </Flex>
      )}
      {(step === 1 || step === 2) && <div style={{ marginBottom: 16 }}>{modeChoice}</div>}
      {step === 2 && job && <PreviewStep job={job} onStart={start} starting={commit.isPending} />}
      {(step === 1 || step === 2) && (
        <Flex vertical gap={16} style={step === 2 ? { marginTop: 24 } : undefined}>
          <Upload.Dragger
            accept=".xlsx"
            showUploadList={false}
            disabled={upload.isPending}
            beforeUpload={(chosen) => {
              send(chosen, mode);
              return false;
            }}
            data-testid="import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{t(step === 2 ? 'enterpriseImport.reupload' : 'enterpriseImport.upload.hint')}</p>
          </Upload.Dragger>
        </Flex>
      )}
      {step === 3 && job && (
        <Flex vertical gap={8} data-testid="import-progress">
          <Typography.Text>
            {t('enterpriseImport.importing', { processed: job.processedRows, total: job.totalRows })}
          </Typography.Text>
          <Progress percent={job.totalRows ? Math.floor((job.processedRows / job.totalRows) * 100) : 0} />
        </Flex>
      )}
      {step === 4 && job && (
        <Result
          data-testid="import-result"
          status={job.status === 'done' ? 'success' : 'error'}
          title={
            job.status === 'done'
              ? t('enterpriseImport.done', { created: job.createdCount, updated: job.updatedCount })
              : t('enterpriseImport.failed', { reason: job.failure ?? '' })
          }
          extra={[
            <Button key="again" onClick={reset}>
              {t('enterpriseImport.again')}
            </Button>,
            <Button key="list" type="primary" onClick={() => navigate('/registry/enterprises')}>
              {t('enterpriseImport.toList')}
            </Button>,
          ]}
        />
      )}
    </Card>
  );
}

function PreviewStep({ job, onStart, starting }: { job: ImportJob; onStart: () => void; starting: boolean }) {
  const { t } = useTranslation();
  if (job.status === 'invalid') {
    return (
      <Flex vertical gap={16}>
        <Alert
          type="error"
          showIcon
          message={t('enterpriseImport.summary', {
            total: job.totalRows,
            valid: job.validRows,
            errors: job.errorCount,
          })}
          description={t('enterpriseImport.invalid')}
        />
        <Typography.Title level={5}>{t('enterpriseImport.errors.title')}</Typography.Title>
        <ImportErrorTable errors={job.errors} />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={16}>
      <Alert
        type="success"
        showIcon
        data-testid="import-ready"
        message={t('enterpriseImport.summaryReady', {
          total: job.totalRows,
          create: job.toCreate,
          update: job.toUpdate,
        })}
      />
      <Typography.Title level={5}>
        {t('enterpriseImport.preview.title', { count: job.preview.length })}
      </Typography.Title>
      <ImportPreviewTable rows={job.preview} />
      <div>
        <Button type="primary" loading={starting} onClick={onStart} data-testid="import-start">
          {t('enterpriseImport.start')}
        </Button>
      </div>
    </Flex>
  );
}
