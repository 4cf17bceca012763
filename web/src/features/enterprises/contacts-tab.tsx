import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Modal, Popconfirm, Space, Switch, Table, Tag } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage, useFormErrorHandler } from '../../app/feedback';
import { useHasPermission } from '../../app/session';
import { contactBody } from './contact-form';
import {
  type Contact,
  useAddContactMutation,
  useEnterpriseQuery,
  useRemoveContactMutation,
  useUpdateContactMutation,
} from './enterprises.api';

type ContactValues = Omit<Contact, 'id'>;
const CONTACT_FIELDS = ['name', 'title', 'phone', 'email', 'isPrimary'] as const;

/** Add a contact (contact null) or edit one. */
function ContactModal({
  enterpriseId,
  open,
  contact,
  onClose,
}: {
  enterpriseId: string;
  open: boolean;
  contact: Contact | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ContactValues>();
  const add = useAddContactMutation();
  const update = useUpdateContactMutation();
  const onError = useFormErrorHandler(form, CONTACT_FIELDS);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (contact) form.setFieldsValue(contact);
  }, [open, contact, form]);
  const onFinish = (values: ContactValues) => {
    const body = contactBody(values);
    const saved = contact
      ? update.mutateAsync({ id: enterpriseId, contactId: contact.id, body })
      : add.mutateAsync({ id: enterpriseId, body });
    saved.then(onClose, onError);
  };
  return (
    <Modal
      open={open}
      title={contact ? t('enterprises.contact.edit') : t('enterprises.contact.add')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={add.isPending || update.isPending}
      forceRender
    >
      <Form<ContactValues>
        form={form}
        layout="vertical"
        initialValues={{ isPrimary: false }}
        onFinish={onFinish}
        data-testid="contact-form"
      >
        <Form.Item
          name="name"
          label={t('enterprises.contact.name')}
          rules={[{ required: true, message: t('common.required', { field: t('enterprises.contact.name') }) }]}
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="title" label={t('enterprises.contact.title')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="phone" label={t('enterprises.contact.phone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="email" label={t('enterprises.contact.email')} rules={[{ type: 'email' }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="isPrimary" valuePropName="checked" label={t('enterprises.contact.primary')}>
          <Switch size="small" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The enterprise's contacts; the enterprise itself and the registry's staff add, edit and remove them. */
export function ContactsTab({ enterpriseId }: { enterpriseId: string }) {
  const { t } = useTranslation();
  const { data: e } = useEnterpriseQuery(enterpriseId);
  const remove = useRemoveContactMutation();
  const showError = useErrorMessage();
  const canManage = useHasPermission('enterprise.keepProfile');
  // The contact stays while the modal closes, so its title does not flip to "add" mid-animation.
  const [modal, setModal] = useState<{ open: boolean; contact: Contact | null }>({ open: false, contact: null });
  if (!e) return null;
  const none = t('common.none');
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="profile-contacts">
      {canManage && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setModal({ open: true, contact: null })}
          data-testid="contact-add"
        >
          {t('enterprises.contact.add')}
        </Button>
      )}
      <Table<Contact>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={e.contacts}
        columns={[
          {
            key: 'name',
            title: t('enterprises.contact.name'),
            render: (_, c) => (
              <>
                {c.name} {c.isPrimary && <Tag color="green">{t('enterprises.contact.primary')}</Tag>}
              </>
            ),
          },
          { key: 'title', title: t('enterprises.contact.title'), render: (_, c) => c.title ?? none },
          { key: 'phone', title: t('enterprises.contact.phone'), render: (_, c) => c.phone ?? none },
          { key: 'email', title: t('enterprises.contact.email'), render: (_, c) => c.email ?? none },
          ...(canManage
            ? [
                {
                  key: 'actions',
                  title: t('common.actions'),
                  render: (_: unknown, c: Contact) => (
                    <Space size={0}>
                      <Button
                        type="link"
                        size="small"
                        icon={<EditOutlined />}
                        onClick={() => setModal({ open: true, contact: c })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Popconfirm
                        title={t('enterprises.confirmDelete')}
                        onConfirm={() => remove.mutate({ id: enterpriseId, contactId: c.id }, { onError: showError })}
                      >
                        <Button type="link" size="small" danger>
                          {t('common.delete')}
                        </Button>
                      </Popconfirm>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <ContactModal
        enterpriseId={enterpriseId}
        open={modal.open}
        contact={modal.contact}
        onClose={() => setModal((m) => ({ ...m, open: false }))}
      />
    </Space>
  );
}
