import { stripForbiddenCharacters } from '@zonehub/xml-text';
import type { ChartImage } from './report-charts.js';
import type { Cell, ColumnKind, ReportDocument } from './report-document.js';
import { zip } from './report-zip.js';

/**
 * A report document as .docx: title, the period lines, the headline figures as a two-column table,
 * the charts (PNG), each table, and how the figures are counted; zh-CN in SimSun like the minutes.
 *
 * Written as WordprocessingML directly rather than through the `docx` package's object model: a
 * zone-wide monthly summary has some 30,000 table cells, and building and serializing an object per
 * run, paragraph and cell cost 1.2–2 s of the 3 s the issue allows (measured, bench/reports.ts); the
 * strings below cost about a tenth of that. Only what the reports use is written: paragraphs (title,
 * heading, body, right-aligned), tables with a repeated header row, and inline PNG images.
 */
const FONT = 'SimSun';
/** Charts are drawn 900×420 px; on an A4 page with default margins 600 px (15.9 cm) fits. */
const IMAGE_WIDTH_PX = 600;
const EMU_PER_PX = 9525;

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data: the specials escaped, control characters XML cannot carry dropped. */
function xmlText(text: string): string {
  let out = '';
  for (const ch of stripForbiddenCharacters(text)) out += ENTITIES[ch] ?? ch;
  return out;
}

/** A cell's text: numbers with thousands separators and their decimals, empty for none. */
export function cellText(value: Cell, kind: ColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'wan':
      return value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    case 'percent':
    case 'decimal':
      return value.toLocaleString('zh-CN', { maximumFractionDigits: 1 });
    default:
      return value.toLocaleString('zh-CN');
  }
}

const run = (text: string, bold = false) =>
  text === ''
    ? ''
    : `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`;

function para(text: string, options: { style?: string; align?: 'center' | 'right'; bold?: boolean } = {}): string {
  const props =
    (options.style ? `<w:pStyle w:val="${options.style}"/>` : '') +
    (options.align ? `<w:jc w:val="${options.align}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run(text, options.bold)}</w:p>`;
}

function table(header: readonly string[], rows: readonly string[][], numeric: readonly boolean[]): string {
  const cell = (text: string, right: boolean, bold: boolean) =>
    `<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>${para(text, { bold, ...(right ? { align: 'right' as const } : {}) })}</w:tc>`;
  const head = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${header.map((h) => cell(h, false, true)).join('')}</w:tr>`;
  const body = rows
    .map((r) => `<w:tr>${r.map((c, i) => cell(c, numeric[i] ?? false, false)).join('')}</w:tr>`)
    .join('');
  return `<w:tbl><w:tblPr><w:tblStyle w:val="ReportTable"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>${header
    .map(() => '<w:gridCol/>')
    .join('')}</w:tblGrid>${head}${body}</w:tbl>`;
}

function image(rId: string, id: number, chart: ChartImage): string {
  const cx = IMAGE_WIDTH_PX * EMU_PER_PX;
  const cy = Math.round((IMAGE_WIDTH_PX * chart.height) / chart.width) * EMU_PER_PX;
  const name = xmlText(chart.title);
  return `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${id}" name="${name}" descr="${name}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${id}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

const STYLES = `${XML}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FONT}" w:hAnsi="${FONT}" w:eastAsia="${FONT}" w:cs="${FONT}"/><w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/><w:jc w:val="center"/></w:pPr><w:rPr><w:b/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr></w:style><w:style w:type="table" w:styleId="ReportTable"><w:name w:val="Report Table"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:color="auto"/><w:left w:val="single" w:sz="4" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:color="auto"/><w:right w:val="single" w:sz="4" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:color="auto"/></w:tblBorders><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;

function packageParts(title: string, images: number) {
  const media = Array.from({ length: images }, (_, i) => i + 1);
  return {
    contentTypes: `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    rels: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    documentRels: `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${media
      .map(
        (n) =>
          `<Relationship Id="rIdImage${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/chart${n}.png"/>`,
      )
      .join('')}</Relationships>`,
    core: `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(title)}</dc:title><dc:creator>ZoneHub</dc:creator></cp:coreProperties>`,
  };
}

export function reportDocx(doc: ReportDocument, charts: readonly ChartImage[]): Buffer {
  const body: string[] = [
    para(doc.title, { style: 'Title' }),
    ...doc.lines.map((l) => para(l)),
    para('主要指标', { style: 'Heading2' }),
    table(
      ['指标', '数值'],
      doc.headline.map((h) => [h.label, cellText(h.value, h.kind)]),
      [false, true],
    ),
  ];
  if (charts.length > 0) {
    body.push(para('图表', { style: 'Heading2' }));
    charts.forEach((c, i) => {
      body.push(image(`rIdImage${i + 1}`, i + 1, c));
    });
  }
  for (const t of doc.tables) {
    body.push(para(t.title, { style: 'Heading2' }));
    body.push(
      t.rows.length === 0
        ? para(t.empty)
        : table(
            t.columns.map((c) => c.header),
            t.rows.map((r) => r.map((v, i) => cellText(v, t.columns[i]?.kind ?? 'text'))),
            t.columns.map((c) => c.kind !== 'text' && c.kind !== 'date'),
          ),
    );
  }
  body.push(para('说明', { style: 'Heading2' }), ...doc.notes.map((n) => para(n)));
  const section =
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>';
  const document = `${XML}<w:document ${NS}><w:body>${body.join('')}${section}</w:body></w:document>`;
  const parts = packageParts(doc.title, charts.length);
  return zip([
    { name: '[Content_Types].xml', data: parts.contentTypes },
    { name: '_rels/.rels', data: parts.rels },
    { name: 'docProps/core.xml', data: parts.core },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: parts.documentRels },
    { name: 'word/styles.xml', data: STYLES },
    ...charts.map((c, i) => ({ name: `word/media/chart${i + 1}.png`, data: c.png })),
  ]);
}
