import { PROJECT_KINDS, PROJECT_STAGES } from '@zonehub/project-rules';
import { Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ProjectFilter, RAG_STATUSES } from './project-filter';
import { projectKindLabel, projectStageLabel, ragLabel } from './project-labels';
import { useProjectOptions } from './project-options.api';

type Patch = Partial<Record<keyof ProjectFilter, string | undefined>>;

/** The project list's filter bar: search, light, stage, task force, park, kind, transformation. */
export function ProjectFilters({ filter, onChange }: { filter: ProjectFilter; onChange: (patch: Patch) => void }) {
  const { t } = useTranslation();
  // Task forces and parks as the project options give them; an enterprise user gets no task forces
  // (their own projects only), so that filter is left out rather than shown empty.
  const options = useProjectOptions().data;
  const taskForces = options?.taskForces ?? [];
  const select = (
    key: keyof ProjectFilter,
    placeholder: string,
    items: { value: string; label: string }[],
    width = 150,
  ) => (
    <Select
      allowClear
      showSearch={{ optionFilterProp: 'label' }}
      value={filter[key]}
      placeholder={placeholder}
      style={{ width }}
      options={items}
      onChange={(next: string | undefined) => onChange({ [key]: next })}
      data-testid={`project-filter-${key}`}
    />
  );
  return (
    <Space wrap>
      <Input.Search
        allowClear
        defaultValue={filter.q}
        placeholder={t('projects.list.searchPlaceholder')}
        onSearch={(value) => onChange({ q: value })}
        style={{ width: 220 }}
        data-testid="project-filter-q"
      />
      {select(
        'ragStatus',
        t('projects.list.allLights'),
        RAG_STATUSES.map((s) => ({ value: s, label: ragLabel(s) })),
        120,
      )}
      {select(
        'stage',
        t('projects.list.allStages'),
        PROJECT_STAGES.map((s) => ({ value: s, label: projectStageLabel(s) })),
      )}
      {taskForces.length > 0 &&
        select(
          'taskForceId',
          t('projects.list.allTaskForces'),
          taskForces.map((f) => ({ value: f.id, label: f.name })),
          200,
        )}
      {select(
        'parkId',
        t('projects.list.allParks'),
        (options?.parks ?? []).map((p) => ({ value: p.id, label: p.name })),
      )}
      {select(
        'kind',
        t('projects.list.allKinds'),
        PROJECT_KINDS.map((k) => ({ value: k, label: projectKindLabel(k) })),
        120,
      )}
      {select(
        'transformation',
        t('projects.list.anyTransformation'),
        [
          { value: 'true', label: t('projects.list.transformationOnly') },
          { value: 'false', label: t('projects.list.notTransformation') },
        ],
        140,
      )}
    </Space>
  );
}
