import { App, Button, Form, Input, Modal, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/feedback';
import { type ChangeRequest, useApproveChangeMutation, useRejectChangeMutation } from './change-requests.api';

/** Approve (the values are written at once) or reject with the reason the enterprise will read. */
export function ReviewActions({ request }: { request: ChangeRequest }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const approve = useApproveChangeMutation();
  const reject = useRejectChangeMutation();
  const [rejecting, setRejecting] = useState(false);
  const [form] = Form.useForm<{ reason: string }>();

  return (
    <Space size={0}>
      <Popconfirm
        title={t('enterpriseSelf.review.approveConfirm')}
        onConfirm={() =>
          approve.mutate(
            { id: request.id, note: null },
            { onSuccess: () => void message.success(t('enterpriseSelf.review.approved')), onError: showError },
          )
        }
      >
        <Button type="link" size="small" loading={approve.isPending} data-testid="change-approve">
          {t('enterpriseSelf.review.approve')}
        </Button>
      </Popconfirm>
      <Button type="link" size="small" danger onClick={() => setRejecting(true)} data-testid="change-reject">
        {t('enterpriseSelf.review.reject')}
      </Button>
      <Modal
        open={rejecting}
        title={t('enterpriseSelf.review.rejectTitle', { name: request.enterpriseName })}
        onCancel={() => setRejecting(false)}
        onOk={() => form.submit()}
        okText={t('enterpriseSelf.review.reject')}
        okButtonProps={{ danger: true }}
        cancelText={t('common.cancel')}
        confirmLoading={reject.isPending}
        destroyOnHidden
      >
        <Form<{ reason: string }>
          form={form}
          layout="vertical"
          onFinish={({ reason }) =>
            reject.mutate(
              { id: request.id, reason: reason.trim() },
              {
                onSuccess: () => {
                  setRejecting(false);
                  void message.success(t('enterpriseSelf.review.rejected'));
                },
                onError: showError,
              },
            )
          }
        >
          <Form.Item
            name="reason"
            label={t('enterpriseSelf.review.rejectReason')}
            rules={[{ required: true, whitespace: true, message: t('enterpriseSelf.review.rejectReasonRequired') }]}
          >
            <Input.TextArea maxLength={1000} rows={3} data-testid="change-reject-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}
