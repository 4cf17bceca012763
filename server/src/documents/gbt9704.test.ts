import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FONTS, GRID, LANDSCAPE_AREA, TYPE_AREA } from './gbt9704.js';
import { bodyText, landscape } from './official-blocks.js';
import { officialDocx } from './official-docx.js';

const TWIPS_PER_MM = 1440 / 25.4;
const parts = (docx: Buffer) =>
  new Map(Object.entries(unzipSync(new Uint8Array(docx))).map(([n, d]) => [n, Buffer.from(d).toString('utf8')]));
const attributes = (xml: string, element: string) =>
  Object.fromEntries(
    [...(new RegExp(`<${element} ([^>]*?)/?>`).exec(xml)?.[1] ?? '').matchAll(/w:(\w+)="([^"]*)"/g)].map((m) => [
      m[1],
      m[2],
    ]),
  );

const docx = parts(
  officialDocx({
    name: '测试',
    title: ['测试专班', '周调度报告'],
    dateLine: '（2026年第50周）',
    body: [bodyText('正文')],
    images: [],
  }),
);
const document = docx.get('word/document.xml') ?? '';
const styles = docx.get('word/styles.xml') ?? '';

describe('the GB/T 9704 page', () => {
  it('is A4 with 天头 37 mm, 订口 28 mm and a 156 × 225 mm type area', () => {
    expect(attributes(document, 'w:pgSz')).toEqual({ w: '11906', h: '16838' });
    const margin = attributes(document, 'w:pgMar');
    const mm = (key: string) => Number(margin[key]) / TWIPS_PER_MM;
    expect(mm('top')).toBeCloseTo(37, 1);
    expect(mm('left')).toBeCloseTo(28, 1);
    expect(mm('bottom')).toBeCloseTo(35, 1);
    expect(mm('right')).toBeCloseTo(26, 1);
    expect(TYPE_AREA.width / TWIPS_PER_MM).toBeCloseTo(156, 0);
    expect(TYPE_AREA.height / TWIPS_PER_MM).toBeCloseTo(225, 0);
    expect(LANDSCAPE_AREA).toEqual({ width: TYPE_AREA.height, height: TYPE_AREA.width });
  });

  it('holds 22 lines of 28 characters in 3号 (16 pt)', () => {
    const grid = attributes(document, 'w:docGrid');
    const pitch = Number(grid.linePitch);
    expect(Math.floor(TYPE_AREA.height / pitch)).toBe(22);
    expect(styles).toContain(`<w:spacing w:before="0" w:after="0" w:line="${pitch}" w:lineRule="exact"/>`);
    // Each 16 pt character is narrowed by the letter spacing so 28, not 27 or 29, fill the line.
    const advance = 320 + GRID.letterSpacing;
    expect(Math.floor(TYPE_AREA.width / advance)).toBe(28);
    expect(styles).toMatch(/w:styleId="Normal">.*?<w:spacing w:val="-5"\/><w:sz w:val="32"\/>/);
    // Word and WPS's character grid, should a reader turn it on: 16 pt + charSpace/4096 pt per cell.
    const cell = (16 + Number(grid.charSpace) / 4096) * 20;
    expect(Math.floor(TYPE_AREA.width / cell)).toBe(28);
  });

  it('names the official fonts by their East Asian names, in black', () => {
    const font = (id: string) =>
      new RegExp(`w:styleId="${id}">.*?<w:rFonts ([^>]*)/>.*?<w:sz w:val="(\\d+)"/>`).exec(styles)?.slice(1);
    const all = (name: string) => `w:ascii="${name}" w:hAnsi="${name}" w:eastAsia="${name}" w:cs="${name}"`;
    expect(font('Title')).toEqual([all('方正小标宋简体'), '44']);
    expect(font('Normal')).toEqual([all('仿宋_GB2312'), '32']);
    expect(font('Subtitle')).toEqual([all('楷体_GB2312'), '32']);
    expect(font('Heading1')).toEqual([all('黑体'), '32']);
    expect(font('Heading2')).toEqual([all('楷体_GB2312'), '32']);
    expect(font('Heading3')).toEqual([all('仿宋_GB2312'), '32']);
    expect(font('Heading4')).toEqual([all('仿宋_GB2312'), '32']);
    expect(font('Footer')).toEqual([all('宋体'), '28']);
    expect(styles.match(/<w:color w:val="[^"]+"\/>/g)).toEqual(['<w:color w:val="000000"/>']);
  });

  it('lists each font with its fallbacks for readers who lack it', () => {
    const table = docx.get('word/fontTable.xml') ?? '';
    const alt = (name: string) =>
      new RegExp(`w:name="${name}"><w:altName w:val="([^"]+)"/>`).exec(table)?.[1]?.split(',');
    expect(alt('方正小标宋简体')).toEqual(expect.arrayContaining(['华文中宋', 'Noto Serif CJK SC']));
    expect(alt('仿宋_GB2312')).toEqual(expect.arrayContaining(['仿宋', 'FangSong', 'Noto Serif CJK SC']));
    expect(alt('黑体')).toEqual(expect.arrayContaining(['SimHei', 'Noto Sans CJK SC']));
    expect(alt('楷体_GB2312')).toEqual(expect.arrayContaining(['楷体', 'KaiTi']));
    expect(Object.values(FONTS).every((f) => table.includes(`w:name="${f.name}"`))).toBe(true);
    expect(table.match(/<w:charset w:val="86"\/>/g)?.length).toBe(Object.keys(FONTS).length);
  });

  it('numbers pages "— 1 —" in 4号 宋体, odd pages right and even pages left, one character in', () => {
    const odd = docx.get('word/footer1.xml') ?? '';
    const even = docx.get('word/footer2.xml') ?? '';
    for (const footer of [odd, even]) {
      expect(footer).toMatch(
        /<w:t xml:space="preserve">— <\/w:t>.*<w:instrText xml:space="preserve"> PAGE <\/w:instrText>.*<w:t xml:space="preserve"> —<\/w:t>/,
      );
    }
    expect(odd).toContain('<w:jc w:val="right"/><w:ind w:right="280"/>');
    expect(even).toContain('<w:jc w:val="left"/><w:ind w:left="280"/>');
    expect(document).toContain('<w:footerReference w:type="default" r:id="rIdFooterOdd"/>');
    expect(document).toContain('<w:footerReference w:type="even" r:id="rIdFooterEven"/>');
    expect(docx.get('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    // The number's line sits 7 mm under the type area (its dash about 2 mm up its line).
    expect(Number(attributes(document, 'w:pgMar').footer) / TWIPS_PER_MM).toBeCloseTo(26, 0);
  });

  it('sets the title alone and the date on the line under it', () => {
    expect(document).toContain(
      '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t xml:space="preserve">测试专班周调度报告</w:t></w:r></w:p><w:p><w:pPr><w:pStyle w:val="Subtitle"/></w:pPr><w:r><w:t xml:space="preserve">（2026年第50周）</w:t></w:r></w:p><w:p/>',
    );
  });

  it('turns the pages to landscape for a wide table and back', () => {
    const xml =
      parts(
        officialDocx({
          name: 'x',
          title: ['x'],
          dateLine: null,
          body: [bodyText('前'), landscape([bodyText('宽表')]), bodyText('后')],
          images: [],
        }),
      ).get('word/document.xml') ?? '';
    const sections = [...xml.matchAll(/<w:sectPr>.*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.map((s) => s.includes('w:orient="landscape"'))).toEqual([false, true, false]);
    expect(xml.indexOf('宽表')).toBeGreaterThan(xml.indexOf(sections[0] ?? ''));
    expect(xml.indexOf('宽表')).toBeLessThan(xml.indexOf(sections[1] ?? ''));
    expect(sections[1]).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
  });
});
