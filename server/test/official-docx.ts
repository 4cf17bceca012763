import { expect } from 'vitest';
import { unzip } from './project-reports-zip.js';

/** A .docx's parts as text, and the text a reader sees in document.xml, paragraph by paragraph. */
export function docxParts(buffer: Buffer) {
  const zip = unzip(buffer);
  const part = (name: string) => zip.get(name)?.toString('utf8') ?? '';
  const document = part('word/document.xml');
  const paragraphs = [...document.matchAll(/<w:p[ >].*?<\/w:p>|<w:p\/>/g)].map((m) => ({
    xml: m[0],
    text: m[0].replace(/<w:br\/>/g, '\n').replace(/<[^>]+>/g, ''),
  }));
  return { part, document, paragraphs };
}

/**
 * The GB/T 9704 layout every generated document shares: A4 with the standard's margins in twips,
 * the 22-line grid, the official fonts by East Asian name with their fallbacks, no coloured heading,
 * the "— 1 —" page numbers (odd right, even left), and a title without a date, the date under it.
 */
export function expectOfficialLayout(buffer: Buffer, dateLine: RegExp) {
  const { part, document, paragraphs } = docxParts(buffer);
  expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
  expect(document).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" /);
  expect(document).toContain('<w:docGrid w:type="lines" w:linePitch="579"');

  const styles = part('word/styles.xml');
  const styleFonts = (id: string) =>
    new RegExp(`w:styleId="${id}">.*?w:eastAsia="([^"]+)".*?<w:sz w:val="(\\d+)"/>`).exec(styles)?.slice(1);
  expect(styleFonts('Normal')).toEqual(['仿宋_GB2312', '32']);
  expect(styleFonts('Title')).toEqual(['方正小标宋简体', '44']);
  expect(styleFonts('Heading1')).toEqual(['黑体', '32']);
  expect(styleFonts('Heading2')).toEqual(['楷体_GB2312', '32']);
  expect(styles.match(/w:color w:val="([^"]+)"/g)).toEqual(['w:color w:val="000000"']);
  const fonts = part('word/fontTable.xml');
  expect(fonts).toMatch(/w:name="仿宋_GB2312"><w:altName w:val="[^"]*仿宋,FangSong,[^"]*Noto Serif CJK SC"/);
  expect(fonts).toMatch(/w:name="方正小标宋简体"><w:altName w:val="[^"]*华文中宋,[^"]*Noto Serif CJK SC"/);

  const odd = part('word/footer1.xml').replace(/<[^>]+>/g, '');
  expect(odd).toBe('—  PAGE 1 —');
  expect(part('word/footer1.xml')).toContain('<w:jc w:val="right"/>');
  expect(part('word/footer2.xml')).toContain('<w:jc w:val="left"/>');
  expect(part('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');

  const [title, under] = paragraphs;
  expect(title?.xml).toContain('<w:pStyle w:val="Title"/>');
  expect(title?.text).not.toMatch(/\d/);
  expect(under?.text).toMatch(dateLine);
  // Dates in the document read 2026年12月8日, never 2026-12-08.
  expect(paragraphs.map((p) => p.text).join('\n')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  return paragraphs.map((p) => p.text);
}
