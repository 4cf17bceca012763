import { TreeSelect } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchIndustryChildren, type Industry, useIndustryQuery, useIndustrySearchQuery } from './industries.api';

interface Node {
  id: string;
  pId: string | null;
  value: string;
  title: string;
  isLeaf: boolean;
}

const toNode = (i: Industry): Node => ({
  id: i.code,
  pId: i.parentCode,
  value: i.code,
  title: `${i.code} ${i.name}`,
  isLeaf: !i.hasChildren,
});

/**
 * A searchable tree picker over GB/T 4754-2017: the tree loads level by level; typing a code prefix
 * or a part of a name lists the matches with their path instead. Any level may be picked.
 */
export function IndustryPicker({
  value,
  onChange,
  placeholder,
  style,
  testId,
}: {
  value?: string | null | undefined;
  onChange?: (code: string | null) => void;
  placeholder?: string;
  style?: React.CSSProperties;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [nodes, setNodes] = useState<Node[]>([]);
  const [search, setSearch] = useState('');
  const found = useIndustrySearchQuery(search);
  const selected = useIndustryQuery(value);

  useEffect(() => {
    void fetchIndustryChildren().then((sections) => setNodes(sections.map(toNode)));
  }, []);

  const loadData = async (node: { value?: unknown }) => {
    const code = String(node.value ?? '');
    if (nodes.some((n) => n.pId === code)) return;
    const children = await fetchIndustryChildren(code);
    setNodes((current) => [...current, ...children.map(toNode)]);
  };

  const searching = search.trim().length > 0;
  const treeData: Node[] = searching
    ? (found.data ?? []).map((i) => ({
        ...toNode(i),
        pId: null,
        isLeaf: true,
        title: `${i.code} ${i.name}${i.path.length ? ` · ${i.path.map((p) => p.name).join(' › ')}` : ''}`,
      }))
    : nodes;
  // Show the picked code by name even when its branch has not been loaded.
  const withSelected =
    value && !treeData.some((n) => n.value === value) && selected.data
      ? [...treeData, { ...toNode(selected.data), pId: null, isLeaf: true }]
      : treeData;

  return (
    <TreeSelect
      allowClear
      showSearch
      value={value ?? undefined}
      placeholder={placeholder ?? t('industries.pick')}
      treeDataSimpleMode
      treeData={withSelected}
      loadData={searching ? undefined : loadData}
      filterTreeNode={false}
      onSearch={setSearch}
      searchValue={search}
      onChange={(next: string | undefined) => {
        setSearch('');
        onChange?.(next ?? null);
      }}
      notFoundContent={searching && found.isFetching ? t('industries.searching') : t('industries.none')}
      style={{ minWidth: 240, ...style }}
      popupMatchSelectWidth={420}
      data-testid={testId}
    />
  );
}
