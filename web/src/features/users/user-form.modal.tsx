import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_CLASSES, PASSWORD_MIN_LENGTH } from '@zonehub/password-policy';
import { App, Form, Input, Modal, Select, Switch } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/types';
import { useFormErrorHandler } from '../../app/feedback';
import { useSession } from '../../app/session';
import { type TranslationKey, translateDynamic } from '../../i18n';
import { PasswordRules, passwordPolicyValidator } from '../auth/password-rules';
import { useAllOrgUnitsQuery } from '../org-units/org-units.api';
import { useAllZonesQuery } from '../zones/zones.api';
import { EnterpriseSelect } from './enterprise-select';
import { type User, useCreateUserMutation, useUpdateUserMutation } from './users.api';
import { assignableRoles } from './users.roles';

interface UserForm {
  username: string;
  displayName: string;
  role: Role;
  password: string;
  active: boolean;
  orgUnitIds: string[];
  parkIds: string[];
  enterpriseId: string | null;
  mobile: string;
}

const FIELDS = [
  'username',
  'displayName',
  'role',
  'password',
  'active',
  'orgUnitIds',
  'parkIds',
  'enterpriseId',
  'mobile',
];
/** A mainland mobile number, as the server checks it. */
const MOBILE = /^1[3-9]\d{9}$/;

/** Creates a user (`user` null) or edits one. */
export function UserFormModal({ user, open, onClose }: { user: User | null; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useSession();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserForm>();
  const role = Form.useWatch('role', form);
  const username = Form.useWatch('username', form) ?? user?.username ?? '';
  const password = Form.useWatch('password', form) ?? '';
  // The pickers offer every org unit and park of the zone: tens of them, one page of 200 (see the hooks).
  const orgUnits = useAllOrgUnitsQuery(open);
  const zones = useAllZonesQuery(open);
  const create = useCreateUserMutation();
  const update = useUpdateUserMutation();
  const onError = useFormErrorHandler(form, FIELDS);
  const creating = user === null;
  const parks = zones.data?.find((z) => z.id === me.zone?.id)?.parks ?? zones.data?.flatMap((z) => z.parks) ?? [];
  const policy = { min: PASSWORD_MIN_LENGTH, max: PASSWORD_MAX_LENGTH, classes: PASSWORD_MIN_CLASSES };
  const required = (key: TranslationKey) => ({ required: true, message: t('common.required', { field: t(key) }) });

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(
      user
        ? { ...user, mobile: user.mobile ?? '' }
        : {
            role: 'departmentStaff',
            active: true,
            orgUnitIds: [],
            parkIds: [],
            enterpriseId: null,
            password: '',
            mobile: '',
          },
    );
  }, [open, user, form]);

  const onFinish = (values: UserForm) => {
    const enterpriseId = values.role === 'enterpriseUser' ? values.enterpriseId : null;
    const common = {
      displayName: values.displayName,
      role: values.role,
      orgUnitIds: values.orgUnitIds,
      parkIds: values.parkIds,
      enterpriseId,
      // An emptied field clears the number.
      mobile: values.mobile ? values.mobile : null,
    };
    const done = (text: string) => {
      void message.success(text);
      onClose();
    };
    if (creating) {
      create.mutate(
        { ...common, username: values.username, password: values.password },
        { onSuccess: () => done(t('common.created')), onError },
      );
    } else {
      update.mutate(
        { id: user.id, body: { ...common, active: values.active } },
        { onSuccess: () => done(t('common.saved')), onError },
      );
    }
  };

  return (
    <Modal
      open={open}
      title={creating ? t('users.create') : t('users.edit')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('common.save')}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      forceRender
    >
      <Form<UserForm> name="userForm" form={form} layout="vertical" onFinish={onFinish}>
        <Form.Item name="username" label={t('users.username')} rules={creating ? [required('users.username')] : []}>
          <Input disabled={!creating} autoComplete="off" />
        </Form.Item>
        <Form.Item name="displayName" label={t('users.displayName')} rules={[required('users.displayName')]}>
          <Input />
        </Form.Item>
        <Form.Item name="role" label={t('users.role')} rules={[required('users.role')]}>
          <Select options={assignableRoles(me).map((r) => ({ value: r, label: translateDynamic(`role.${r}`, r) }))} />
        </Form.Item>
        {creating && (
          <>
            <Form.Item
              name="password"
              label={t('users.password')}
              extra={t('users.passwordHelp')}
              rules={[
                required('users.password'),
                passwordPolicyValidator(
                  () => form.getFieldValue('username') ?? '',
                  (v) => t(`password.rule.${v}`, policy),
                ),
              ]}
            >
              <Input.Password autoComplete="new-password" />
            </Form.Item>
            <PasswordRules password={password} username={username} />
          </>
        )}
        {!creating && (
          <Form.Item name="active" label={t('users.status')} valuePropName="checked">
            <Switch checkedChildren={t('users.active')} unCheckedChildren={t('users.inactive')} />
          </Form.Item>
        )}
        <Form.Item
          name="mobile"
          label={t('users.mobile')}
          extra={t('users.mobileHelp')}
          normalize={(value: string | undefined) => (value ?? '').replace(/\s/g, '')}
          rules={[{ pattern: MOBILE, message: t('users.mobileInvalid') }]}
        >
          <Input inputMode="numeric" autoComplete="off" />
        </Form.Item>
        <Form.Item name="orgUnitIds" label={t('users.orgUnits')}>
          <Select
            mode="multiple"
            loading={orgUnits.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={(orgUnits.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="parkIds" label={t('users.parks')}>
          <Select
            mode="multiple"
            loading={zones.isPending}
            showSearch={{ optionFilterProp: 'label' }}
            options={parks.map((p) => ({ value: p.id, label: p.name }))}
          />
        </Form.Item>
        {role === 'enterpriseUser' && (
          <Form.Item name="enterpriseId" label={t('users.enterprise')} rules={[required('users.enterprise')]}>
            <EnterpriseSelect initialName={user?.enterpriseName ?? null} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
