import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, List, Modal, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { type FeatureProblem, featureProblems, readGeometryFile } from './geometry-import';
import { useImportGeometryMutation } from './land.api';

/**
 * 导入地块边界: a .geojson / .json FeatureCollection whose features name the parcel code. The server
 * writes all of it or nothing; every problem it reports is listed here, feature by feature.
 */
export function GeometryImportButton({ parkId, parkName }: { parkId: string; parkName: string | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importGeometry = useImportGeometryMutation();
  const [open, setOpen] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [problems, setProblems] = useState<FeatureProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = () => {
    setFileName(null);
    setProblems([]);
    setFailure(null);
  };

  const send = async (file: File) => {
    reset();
    setFileName(file.name);
    const read = readGeometryFile(await file.text());
    if (!read.ok) {
      setFailure(t(`land.geometry.file.${read.problem}`));
      return;
    }
    importGeometry.mutate(
      { parkId, body: read.body },
      {
        onSuccess: (result) => {
          setOpen(false);
          reset();
          void message.success(t('land.geometry.done', { count: result.updated, codes: result.codes.join('、') }));
        },
        onError: (error) => {
          setFailure(error.message);
          if (isApiError(error)) setProblems(featureProblems(error.fieldErrors));
        },
      },
    );
  };

  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="geometry-import">
        {t('land.geometry.import')}
      </Button>
      <Modal
        open={open}
        title={`${t('land.geometry.import')} · ${parkName ?? ''}`}
        onCancel={() => {
          setOpen(false);
          reset();
        }}
        footer={null}
        width={640}
        destroyOnHidden
      >
        <Typography.Paragraph type="secondary">{t('land.geometry.help')}</Typography.Paragraph>
        <Upload
          accept=".geojson,.json,application/geo+json,application/json"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(file) => {
            void send(file);
            return false;
          }}
        >
          <Button type="primary" icon={<UploadOutlined />} loading={importGeometry.isPending}>
            {t('land.geometry.choose')}
          </Button>
        </Upload>
        {fileName && <Typography.Text style={{ marginLeft: 8 }}>{fileName}</Typography.Text>}
        {failure && (
          <div data-testid="geometry-errors" style={{ marginTop: 16 }}>
            <Alert type="error" showIcon title={failure} description={t('land.geometry.nothingChanged')} />
            {problems.length > 0 && (
              <List
                size="small"
                bordered
                style={{ marginTop: 8, maxHeight: 320, overflow: 'auto' }}
                dataSource={problems}
                renderItem={(p) => (
                  <List.Item>
                    <Typography.Text type="danger">{p.message}</Typography.Text>
                  </List.Item>
                )}
              />
            )}
          </div>
        )}
      </Modal>
    </>
  );
}
