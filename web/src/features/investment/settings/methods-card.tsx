import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Input, Popconfirm, Space, Switch, Table, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../app/feedback';
import { type Method, reorderPatches } from './method-order';
import {
  useCreateMethodMutation,
  useDeleteMethodMutation,
  useMethodsQuery,
  useUpdateMethodMutation,
} from './settings.api';

/** 招商方式: add, rename, reorder, (de)activate; delete only what no lead uses. */
export function MethodsCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useErrorMessage();
  const methods = useMethodsQuery();
  const create = useCreateMethodMutation();
  const update = useUpdateMethodMutation();
  const remove = useDeleteMethodMutation();
  const [name, setName] = useState('');
  const list = methods.data?.items ?? [];

  const run = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (error) {
      showError(error);
    }
  };

  const add = () =>
    run(async () => {
      if (!name.trim()) return;
      await create.mutateAsync({ name: name.trim() });
      setName('');
      void message.success(t('common.created'));
    });

  const move = (index: number, step: -1 | 1) =>
    run(async () => {
      for (const patch of reorderPatches(list, index, step))
        await update.mutateAsync({ id: patch.id, body: { sortOrder: patch.sortOrder } });
    });

  const columns: TableColumnsType<Method> = [
    {
      key: 'name',
      title: t('investment.settings.methodName'),
      render: (_, m) => (
        <Typography.Text
          editable={{
            triggerType: ['icon', 'text'],
            onChange: (next) => {
              if (next.trim() && next.trim() !== m.name)
                void run(() => update.mutateAsync({ id: m.id, body: { name: next.trim() } }));
            },
          }}
          type={m.active ? undefined : 'secondary'}
        >
          {m.name}
        </Typography.Text>
      ),
    },
    {
      key: 'leadCount',
      title: t('investment.settings.methodLeads'),
      dataIndex: 'leadCount',
      align: 'right',
      width: 100,
    },
    {
      key: 'active',
      title: t('investment.settings.methodActive'),
      width: 90,
      render: (_, m) => (
        <Switch
          size="small"
          checked={m.active}
          onChange={(active) => void run(() => update.mutateAsync({ id: m.id, body: { active } }))}
        />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 170,
      render: (_, m, index) => (
        <Space size={4}>
          <Button
            size="small"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => void move(index, -1)}
            aria-label={t('investment.settings.moveUp')}
          />
          <Button
            size="small"
            icon={<ArrowDownOutlined />}
            disabled={index === list.length - 1}
            onClick={() => void move(index, 1)}
            aria-label={t('investment.settings.moveDown')}
          />
          <Popconfirm
            title={t('investment.settings.deleteMethodConfirm', { name: m.name })}
            onConfirm={() => run(() => remove.mutateAsync(m.id))}
            disabled={m.leadCount > 0}
          >
            <Button
              size="small"
              danger
              icon={<DeleteOutlined />}
              disabled={m.leadCount > 0}
              title={m.leadCount > 0 ? t('investment.settings.methodInUse', { n: m.leadCount }) : undefined}
            >
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Card title={t('investment.settings.methodsTitle')} size="small" data-testid="settings-methods">
      <Space.Compact style={{ marginBottom: 12, width: '100%', maxWidth: 420 }}>
        <Input
          value={name}
          maxLength={50}
          placeholder={t('investment.settings.methodNew')}
          onChange={(e) => setName(e.target.value)}
          onPressEnter={() => void add()}
        />
        <Button type="primary" icon={<PlusOutlined />} loading={create.isPending} onClick={() => void add()}>
          {t('common.create')}
        </Button>
      </Space.Compact>
      <Table<Method>
        rowKey="id"
        size="small"
        loading={methods.isPending || update.isPending}
        columns={columns}
        dataSource={list}
        pagination={false}
      />
    </Card>
  );
}
