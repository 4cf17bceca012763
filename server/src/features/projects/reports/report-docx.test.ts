import { hasForbiddenCharacter } from '@zonehub/xml-text';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ReportDocument } from './report-document.js';
import { cellText, reportDocx } from './report-docx.js';

/** Entries of a zip by name, as UTF-8 text. */
function entries(zip: Buffer): Map<string, string> {
  return new Map(
    Object.entries(unzipSync(new Uint8Array(zip))).map(([name, data]) => [name, Buffer.from(data).toString('utf8')]),
  );
}

const doc: ReportDocument = {
  title: '测试专班2026年10月月度汇总',
  titleParts: ['测试专班', '月度汇总'],
  dateLine: '（2026年10月）',
  fileBase: 'x',
  lines: ['统计期间'],
  headline: [{ label: '完成投资（万元）', value: 1234.5, kind: 'wan' }],
  tables: [
    {
      title: '项目',
      sheet: '项目',
      columns: [
        { header: '项目', kind: 'text' },
        { header: '完成率（%）', kind: 'percent' },
        { header: '时限', kind: 'date' },
      ],
      rows: [['A&B <公司> "一期"\u0001\uFFFF\uFFFE', 37.5, '2026-10-08']],
      empty: '无',
    },
    { title: '空表', sheet: '空', columns: [{ header: 'x', kind: 'text' }], rows: [], empty: '本月无。' },
    {
      title: '宽表',
      sheet: '宽',
      columns: Array.from({ length: 7 }, (_, i) => ({ header: `列${i}`, kind: 'int' as const })),
      rows: [[1, 2, 3, 4, 5, 6, 7]],
      empty: '无',
    },
  ],
  charts: [],
  notes: ['说明'],
};

const parts = entries(await reportDocx(doc, [{ title: '图', png: Buffer.from('PNG'), width: 900, height: 420 }]));

describe('the .docx writer', () => {
  const xml = parts.get('word/document.xml') ?? '';
  const texts = [...xml.matchAll(/<w:p[ >].*?<\/w:p>/g)].map((m) => m[0].replace(/<[^>]+>/g, ''));

  it('writes the Office parts, escapes text and drops what XML cannot carry', () => {
    expect([...parts.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'docProps/core.xml',
      'word/document.xml',
      'word/_rels/document.xml.rels',
      'word/styles.xml',
      'word/settings.xml',
      'word/fontTable.xml',
      'word/footer1.xml',
      'word/footer2.xml',
      'word/media/image1.png',
    ]);
    expect(xml).toContain('A&amp;B &lt;公司&gt; &quot;一期&quot;</w:t>');
    expect(hasForbiddenCharacter(xml)).toBe(false);
    expect(xml).toContain('<w:jc w:val="right"/></w:pPr><w:r><w:t xml:space="preserve">37.5</w:t>');
    expect(xml).toContain('r:embed="rIdImage1"');
    expect(parts.get('word/_rels/document.xml.rels')).toContain('Target="media/image1.png"');
    expect(parts.get('docProps/core.xml')).toContain('<dc:title>测试专班2026年10月月度汇总</dc:title>');
  });

  it('sets the title without its period, the period under it, and numbers the sections 一、二、…', () => {
    expect(texts.slice(0, 4)).toEqual(['测试专班月度汇总', '（2026年10月）', '统计期间', '一、主要指标']);
    expect(texts.filter((t) => /^[一二三四五六]、/.test(t))).toEqual([
      '一、主要指标',
      '二、项目',
      '三、空表',
      '四、宽表',
      '五、说明',
    ]);
    expect(texts).toContain('本月无。');
  });

  it('prints dates in tables as 2026年10月8日 and puts a wide table with its heading on landscape pages', () => {
    expect(texts).toContain('2026年10月8日');
    const wide = xml.indexOf('四、宽表');
    const before = xml.lastIndexOf('<w:sectPr>', wide);
    const after = xml.indexOf('<w:sectPr>', wide);
    expect(xml.slice(before, xml.indexOf('</w:sectPr>', before))).not.toContain('landscape');
    expect(xml.slice(after, xml.indexOf('</w:sectPr>', after))).toContain('w:orient="landscape"');
    expect(xml.lastIndexOf('<w:sectPr>')).toBeGreaterThan(xml.indexOf('五、说明'));
  });

  it('shows money in 万元 with two decimals, percents with one, dates as documents print them', () => {
    expect(cellText(1234.5, 'wan')).toBe('1,234.50');
    expect(cellText(66.66, 'percent')).toBe('66.7');
    expect(cellText(null, 'int')).toBe('');
    expect(cellText('2026-12-08', 'date')).toBe('2026年12月8日');
    expect(cellText('2026-12-08', 'text')).toBe('2026-12-08');
  });
});
