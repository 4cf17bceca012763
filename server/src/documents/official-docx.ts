import { FONT_TABLE, footer, type Orientation, R_NS, SETTINGS, STYLES, section, W_NS, XML } from './gbt9704.js';
import { zip } from './office-zip.js';
import { type Block, blankLine, dateLine, type FigureImage, figure, titleText, xmlText } from './official-blocks.js';

/**
 * An official document (公文) as .docx: the title, the date line under it, an empty line, then the
 * body's blocks (official-blocks.ts), on the GB/T 9704 page (gbt9704.ts). The reports and the meeting
 * minutes are both written through here, so both look like the documents the committee files.
 */
export interface OfficialDocument {
  /** The document's name in its properties (what a file browser shows). */
  name: string;
  /** The title's parts, kept whole when the title wraps (official-blocks.ts `titleLines`). */
  title: readonly string[];
  /** The line under the title: the date or period, kept off the title so no date breaks across lines. */
  dateLine: string | null;
  /** The body's blocks (official-blocks.ts); a figure of the n-th image is `imageBlock(n, …)`. */
  body: readonly Block[];
  images: readonly { png: Buffer }[];
}

/** A figure block for the document's n-th image (1-based), to put in `body`. */
export const imageBlock = (n: number, image: Omit<FigureImage, 'rId' | 'id'>) =>
  figure({ ...image, rId: `rIdImage${n}`, id: n });

const DOCUMENT_NS = `${W_NS} ${R_NS} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"`;

const TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const CONTENT_TYPES = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="${TYPE}.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="${TYPE}.styles+xml"/><Override PartName="/word/settings.xml" ContentType="${TYPE}.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="${TYPE}.fontTable+xml"/><Override PartName="/word/footer1.xml" ContentType="${TYPE}.footer+xml"/><Override PartName="/word/footer2.xml" ContentType="${TYPE}.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`;

const PACKAGE_RELS = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`;

function documentRels(images: number): string {
  const rel = (id: string, type: string, target: string) =>
    `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`;
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${[
    rel('rIdStyles', 'styles', 'styles.xml'),
    rel('rIdSettings', 'settings', 'settings.xml'),
    rel('rIdFonts', 'fontTable', 'fontTable.xml'),
    rel('rIdFooterOdd', 'footer', 'footer1.xml'),
    rel('rIdFooterEven', 'footer', 'footer2.xml'),
    ...Array.from({ length: images }, (_, i) => rel(`rIdImage${i + 1}`, 'image', `media/image${i + 1}.png`)),
  ].join('')}</Relationships>`;
}

/**
 * The body with its sections: a section ends with a paragraph holding its properties, where the pages
 * turn between portrait and landscape; the last section's properties close the body.
 */
function bodyXml(blocks: readonly Block[]): string {
  let out = '';
  let current: Orientation = 'portrait';
  for (const block of blocks) {
    const wanted: Orientation = typeof block === 'string' ? 'portrait' : 'landscape';
    if (wanted !== current) out += `<w:p><w:pPr>${section(current)}</w:pPr></w:p>`;
    current = wanted;
    out += typeof block === 'string' ? block : block.landscape.join('');
  }
  return out + section(current);
}

export function officialDocx(doc: OfficialDocument): Buffer {
  const head = [titleText(doc.title), ...(doc.dateLine ? [dateLine(doc.dateLine)] : []), blankLine()];
  const document = `${XML}<w:document ${DOCUMENT_NS}><w:body>${head.join('')}${bodyXml(doc.body)}</w:body></w:document>`;
  const core = `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>${xmlText(doc.name)}</dc:title><dc:creator>ZoneHub</dc:creator></cp:coreProperties>`;
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: PACKAGE_RELS },
    { name: 'docProps/core.xml', data: core },
    { name: 'word/document.xml', data: document },
    { name: 'word/_rels/document.xml.rels', data: documentRels(doc.images.length) },
    { name: 'word/styles.xml', data: STYLES },
    { name: 'word/settings.xml', data: SETTINGS },
    { name: 'word/fontTable.xml', data: FONT_TABLE },
    { name: 'word/footer1.xml', data: footer('odd') },
    { name: 'word/footer2.xml', data: footer('even') },
    ...doc.images.map((image, i) => ({ name: `word/media/image${i + 1}.png`, data: image.png })),
  ]);
}
