import { hasForbiddenCharacter } from '@zonehub/xml-text';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './report-document.js';
import { cellText, reportDocx } from './report-docx.js';

/** Entries of a zip by name, as latin1 text (enough to search the XML for ASCII markers). */
function entries(zip: Buffer): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(new Uint8Array(zip))).map(([name, data]) => [name, Buffer.from(data).toString('latin1')]),
  );
}

const doc: ReportDocument = {
  title: '测试报告',
  fileBase: 'x',
  lines: ['统计期间'],
  headline: [{ label: '完成投资（万元）', value: 1234.5, kind: 'wan' }],
  tables: [
    {
      title: '一、项目',
      sheet: '项目',
      columns: [
        { header: '项目', kind: 'text' },
        { header: '完成率（%）', kind: 'percent' },
      ],
      rows: [['A&B <公司> "一期"\u0001\uFFFF\uFFFE', 37.5]],
      empty: '无',
    },
    { title: '二、空表', sheet: '空', columns: [{ header: 'x', kind: 'text' }], rows: [], empty: '本月无。' },
  ],
  charts: [],
  notes: ['说明'],
};

describe('the .docx writer', () => {
  it('writes the Office parts, escapes text and drops what XML cannot carry', () => {
    const parts = entries(reportDocx(doc, [{ title: '图', png: Buffer.from('PNG'), width: 900, height: 420 }]));
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/media/chart1.png',
    ]);
    const xml = Buffer.from(parts.get('word/document.xml') ?? '', 'latin1').toString('utf8');
    expect(xml).toContain('A&amp;B &lt;公司&gt; &quot;一期&quot;</w:t>');
    expect(hasForbiddenCharacter(xml)).toBe(false);
    expect(xml).toContain('<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">37.5</w:t>');
    expect(xml).toContain('本月无。');
    expect(xml).toContain('r:embed="rIdImage1"');
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="media/chart1.png"');
  });

  it('shows money in 万元 with two decimals and percents with one', () => {
    expect(cellText(1234.5, 'wan')).toBe('1,234.50');
    expect(cellText(66.66, 'percent')).toBe('66.7');
    expect(cellText(null, 'int')).toBe('');
  });
});
