/**
 * The page and type of the committee's documents, by GB/T 9704-2012 (党政机关公文格式): A4, 天头
 * 37 mm, 订口 28 mm, a 156 × 225 mm type area (版心) of 22 lines × 28 characters in 3号 仿宋, the
 * title in 2号 小标宋, level headings in 黑体 / 楷体 / 仿宋, and the page number "— 1 —" in 4号 宋体
 * 7 mm under the type area, odd pages right and even pages left, one character in.
 *
 * Lengths are in twips (1/20 pt, 1/1440 inch) as WordprocessingML wants them; font sizes in
 * half-points. The official fonts are not free, so each is named with its fallbacks (see FONTS).
 */
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number) => Math.round(value * TWIPS_PER_MM);

/** 字号 in points: 2号 22 pt, 3号 16 pt, 4号 14 pt, 小四 12 pt, 五号 10.5 pt. */
export const POINTS = { size2: 22, size3: 16, size4: 14, small4: 12, size5: 10.5 } as const;
export const halfPoints = (pt: number) => Math.round(pt * 2);

const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
const LINES_PER_PAGE = 22;
const CHARS_PER_LINE = 28;

export const TYPE_AREA = {
  width: A4.width - MARGIN.left - MARGIN.right,
  height: A4.height - MARGIN.top - MARGIN.bottom,
};

/**
 * A table too wide for the 156 mm line (7 columns or more) is set on landscape pages: the same
 * 225 × 156 mm type area turned, the page number again 7 mm under it.
 */
const LANDSCAPE_MARGIN = { top: mm(28), bottom: mm(26), left: mm(37), right: mm(35) };
export const LANDSCAPE_AREA = {
  width: A4.height - LANDSCAPE_MARGIN.left - LANDSCAPE_MARGIN.right,
  height: A4.width - LANDSCAPE_MARGIN.top - LANDSCAPE_MARGIN.bottom,
};

/**
 * The grid: 22 lines fill the 225 mm (a line every 28.95 pt, rounded down so the 22nd still fits; every
 * paragraph exactly one line high), and 28 characters the 156 mm line, which 3号 (16 pt × 28 = 158 mm)
 * would overrun by a little. The 3号 styles narrow each character by `letterSpacing` (−0.25 pt), which
 * Word, WPS and LibreOffice all honour; the character grid of the official templates (`charSpace`,
 * 1/4096 pt off the Normal size) is written too but left off, as LibreOffice gives each character wider
 * than its cell two cells (decision 0003).
 */
export const GRID = {
  linePitch: Math.floor(TYPE_AREA.height / LINES_PER_PAGE),
  charSpace: Math.floor((TYPE_AREA.width / CHARS_PER_LINE / 20 - POINTS.size3) * 4096),
  letterSpacing: Math.floor(TYPE_AREA.width / CHARS_PER_LINE) - POINTS.size3 * 20,
};

/**
 * The footer's distance from the page's bottom edge: the 一字线 sits 7 mm under the type area, and a
 * dash is about 2 mm above the bottom of its 14 pt line.
 */
const footerFrom = (bottomMarginMm: number) => mm(bottomMarginMm - 7 - 2);

/**
 * Each official font, the names it goes by, and what stands in where it is missing. Word and WPS look
 * up `w:altName` (a comma-separated list) when the font itself is not installed: Windows ships
 * 仿宋 / 楷体 / 黑体 / 宋体 but not the _GB2312 ones or 方正小标宋; macOS has the 华文 (ST) fonts;
 * LibreOffice on Linux ends at Noto CJK. Charset 86 (GB2312) and the family guide any further
 * substitution.
 */
export interface OfficialFont {
  name: string;
  altNames: readonly string[];
  family: 'modern' | 'auto';
  pitch: 'fixed' | 'variable';
  panose?: string;
}

export const FONTS = {
  title: {
    name: '方正小标宋简体',
    altNames: ['FZXiaoBiaoSong-B05S', '方正小标宋_GBK', '华文中宋', 'STZhongsong', 'Noto Serif CJK SC'],
    family: 'auto',
    pitch: 'variable',
  },
  body: {
    name: '仿宋_GB2312',
    altNames: ['FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong', 'Noto Serif CJK SC'],
    family: 'modern',
    pitch: 'fixed',
    panose: '02010609030101010101',
  },
  level1: {
    name: '黑体',
    altNames: ['SimHei', '华文黑体', 'STHeiti', 'Noto Sans CJK SC'],
    family: 'modern',
    pitch: 'fixed',
    panose: '02010609060101010101',
  },
  level2: {
    name: '楷体_GB2312',
    altNames: ['KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti', 'Noto Serif CJK SC'],
    family: 'modern',
    pitch: 'fixed',
    panose: '02010609030101010101',
  },
  pageNumber: {
    name: '宋体',
    altNames: ['SimSun', '华文宋体', 'STSong', 'Noto Serif CJK SC'],
    family: 'auto',
    pitch: 'variable',
    panose: '02010600030101010101',
  },
} as const satisfies Record<string, OfficialFont>;

export const fonts = (font: OfficialFont) =>
  `<w:rFonts w:ascii="${font.name}" w:hAnsi="${font.name}" w:eastAsia="${font.name}" w:cs="${font.name}"/>`;

export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
export const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
export const R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

export const FONT_TABLE = `${XML}<w:fonts ${W_NS}>${Object.values<OfficialFont>(FONTS)
  .map(
    (f) =>
      `<w:font w:name="${f.name}"><w:altName w:val="${f.altNames.join(',')}"/>${f.panose ? `<w:panose1 w:val="${f.panose}"/>` : ''}<w:charset w:val="86"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  )
  .join('')}</w:fonts>`;

/** A style's run properties: one of the fonts at a size. */
const type = (font: OfficialFont, pt: number) =>
  `<w:rPr>${fonts(font)}${pt === POINTS.size3 ? `<w:spacing w:val="${GRID.letterSpacing}"/>` : ''}<w:sz w:val="${halfPoints(pt)}"/><w:szCs w:val="${halfPoints(pt)}"/></w:rPr>`;

/** Every line of text one grid line high, whatever the font's own line height. */
const ON_GRID = `<w:spacing w:before="0" w:after="0" w:line="${GRID.linePitch}" w:lineRule="exact"/>`;
/** Tables, figures and the footer keep their own height (a table row of 五号 is not 29 pt high). */
const OFF_GRID = '<w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/>';
/** Body paragraphs and headings start two characters in. */
const INDENT = `<w:ind w:firstLineChars="200" w:firstLine="${2 * POINTS.size3 * 20}"/>`;
/** In table cells no extra space between Chinese and digits, so a date fits the width it was given. */
const NO_AUTOSPACE = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
const NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>';

const paragraphStyle = (id: string, name: string, pPr: string, rPr: string) =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr>${pPr}</w:pPr>${rPr}</w:style>`;

const heading = (level: number, font: OfficialFont) =>
  paragraphStyle(
    `Heading${level}`,
    `heading ${level}`,
    `<w:keepNext/><w:outlineLvl w:val="${level - 1}"/>`,
    type(font, POINTS.size3),
  );

export const TABLE_STYLE = 'OfficialTable';

const DEFAULTS = `<w:docDefaults><w:rPrDefault><w:rPr>${fonts(FONTS.body)}<w:color w:val="000000"/><w:kern w:val="0"/><w:sz w:val="${halfPoints(POINTS.size3)}"/><w:szCs w:val="${halfPoints(POINTS.size3)}"/><w:lang w:val="zh-CN" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/>${ON_GRID}</w:pPr></w:pPrDefault></w:docDefaults>`;

const CENTERED = `<w:jc w:val="center"/>${NO_INDENT}`;
const BLACK_LINES = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']
  .map((side) => `<w:${side} w:val="single" w:sz="4" w:color="000000"/>`)
  .join('');

const STYLE_LIST = [
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:pPr>${INDENT}</w:pPr>${type(FONTS.body, POINTS.size3)}</w:style>`,
  // Off the grid so LibreOffice, like Word, keeps a 2号 line one grid line high (exact spacing).
  paragraphStyle('Title', 'Title', `${CENTERED}<w:snapToGrid w:val="0"/>`, type(FONTS.title, POINTS.size2)),
  paragraphStyle('Subtitle', 'Subtitle', CENTERED, type(FONTS.level2, POINTS.size3)),
  heading(1, FONTS.level1),
  heading(2, FONTS.level2),
  heading(3, FONTS.body),
  heading(4, FONTS.body),
  paragraphStyle('Figure', 'Figure', `<w:keepNext/>${CENTERED}${OFF_GRID}`, ''),
  ...(
    [
      ['TableText', FONTS.body, POINTS.small4],
      ['TableHead', FONTS.level1, POINTS.small4],
      ['TableTextSmall', FONTS.body, POINTS.size5],
      ['TableHeadSmall', FONTS.level1, POINTS.size5],
    ] as const
  ).map(([id, font, pt]) =>
    paragraphStyle(id, id, `<w:jc w:val="left"/>${NO_INDENT}${OFF_GRID}${NO_AUTOSPACE}`, type(font, pt)),
  ),
  paragraphStyle('Footer', 'footer', `${NO_INDENT}${OFF_GRID}`, type(FONTS.pageNumber, POINTS.size4)),
  '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>',
  `<w:style w:type="table" w:styleId="${TABLE_STYLE}"><w:name w:val="Official Table"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:jc w:val="center"/><w:tblBorders>${BLACK_LINES}</w:tblBorders><w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="60" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>`,
];

/** Every style the documents use, defined here so no reader's defaults (blue headings) show through. */
export const STYLES = `${XML}<w:styles ${W_NS}>${DEFAULTS}${STYLE_LIST.join('')}</w:styles>`;

/** Word reads the odd and even footers only when the settings say so. */
export const SETTINGS = `${XML}<w:settings ${W_NS}><w:evenAndOddHeaders/><w:defaultTabStop w:val="${2 * POINTS.size3 * 20}"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;

/** The page number "— 1 —": odd pages at the right, even pages at the left, one 4号 character in. */
export function footer(side: 'odd' | 'even'): string {
  const oneChar = POINTS.size4 * 20;
  const place =
    side === 'odd'
      ? `<w:jc w:val="right"/><w:ind w:right="${oneChar}"/>`
      : `<w:jc w:val="left"/><w:ind w:left="${oneChar}"/>`;
  const text = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
  const field = (kind: string) => `<w:r><w:fldChar w:fldCharType="${kind}"/></w:r>`;
  return `${XML}<w:ftr ${W_NS}><w:p><w:pPr><w:pStyle w:val="Footer"/>${place}</w:pPr>${text('— ')}${field('begin')}<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>${field('separate')}${text('1')}${field('end')}${text(' —')}</w:p></w:ftr>`;
}

export type Orientation = 'portrait' | 'landscape';

/** A section's properties: A4 either way, the margins, the grid and the two footers. */
export function section(orientation: Orientation): string {
  const [page, margin, bottomMm] =
    orientation === 'portrait'
      ? [`w:w="${A4.width}" w:h="${A4.height}"`, MARGIN, 35]
      : [`w:w="${A4.height}" w:h="${A4.width}" w:orient="landscape"`, LANDSCAPE_MARGIN, 26];
  return `<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/><w:footerReference w:type="even" r:id="rIdFooterEven"/><w:pgSz ${page}/><w:pgMar w:top="${margin.top}" w:right="${margin.right}" w:bottom="${margin.bottom}" w:left="${margin.left}" w:header="${mm(15)}" w:footer="${footerFrom(bottomMm)}" w:gutter="0"/><w:pgNumType w:fmt="decimal"/><w:docGrid w:type="lines" w:linePitch="${GRID.linePitch}" w:charSpace="${GRID.charSpace}"/></w:sectPr>`;
}
