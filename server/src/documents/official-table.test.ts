import { describe, expect, it } from 'vitest';
import { LANDSCAPE_AREA, TYPE_AREA } from './gbt9704.js';
import { columnWidths, isWide, type TableColumn, table } from './official-table.js';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('official tables', () => {
  const columns: TableColumn[] = [
    { header: '序号', weight: 1 },
    { header: '事项', weight: 3 },
    { header: '责任人', weight: 1 },
    { header: '完成时限', weight: 1, nowrap: true },
  ];
  const rows = [['1', '协调解决项目施工临时用电增容问题，确保按期开工', '招商专员（演示）', '2026年12月18日']];

  it('fills the type area, fits dates and short columns, and shares the rest by weight', () => {
    const widths = columnWidths(columns, rows, 12, TYPE_AREA.width);
    expect(sum(widths)).toBe(TYPE_AREA.width);
    // 2026年12月18日 at 12 pt: 3 Chinese + 8 digits + 5 joins ≈ 9.3 em, plus the cell's margins.
    expect(widths[3]).toBeGreaterThanOrEqual(Math.ceil(9.3 * 12 * 20));
    // 序号 holds "1" but is as wide as its two-character header.
    expect(widths[0]).toBe(Math.ceil(2 * 12 * 20) + 160);
    expect(widths[1]).toBeGreaterThan(2.9 * (widths[2] ?? 0));
  });

  it('keeps codes whole and scales everything down alike when the fitted columns overrun', () => {
    const codes = columnWidths(
      [
        { header: '编号', weight: 1 },
        { header: '名称', weight: 1 },
      ],
      [['PJT-2026-001', '一个很长很长很长很长的项目名称']],
      10.5,
      TYPE_AREA.width,
    );
    expect(codes[0]).toBe(Math.ceil(12 * 0.6 * 10.5 * 20) + 160);
    const crowded = columnWidths(
      Array.from({ length: 12 }, (_, i) => ({ header: `列${i}`, weight: 1, nowrap: true })),
      [Array.from({ length: 12 }, () => '1,234,567,890.00')],
      10.5,
      TYPE_AREA.width,
    );
    expect(sum(crowded)).toBe(TYPE_AREA.width);
  });

  it('writes a header row repeated on each page, numbers aligned as asked, wide tables at landscape width', () => {
    const xml = table([...columns.slice(0, 3), { header: '完成时限', weight: 1, nowrap: true, align: 'right' }], rows);
    expect(xml).toContain('<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>');
    expect(xml).toContain(`<w:tblW w:w="${TYPE_AREA.width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>`);
    expect(xml).toContain('<w:pStyle w:val="TableText"/><w:jc w:val="right"/>');
    const seven = Array.from({ length: 7 }, (_, i) => ({ header: `列${i}`, weight: 1 }));
    expect(isWide(seven)).toBe(true);
    expect(isWide(columns)).toBe(false);
    const wide = table(seven, [seven.map((c) => c.header)]);
    expect(wide).toContain(`<w:tblW w:w="${LANDSCAPE_AREA.width}" w:type="dxa"/>`);
    expect(wide).toContain('<w:pStyle w:val="TableTextSmall"/>');
  });
});
