import { stripForbiddenCharacters } from '@zonehub/xml-text';
import { POINTS, TYPE_AREA } from './gbt9704.js';

/**
 * The blocks of an official document as WordprocessingML strings: body paragraphs, numbered level
 * headings and figures (tables: official-table.ts), each in the styles of gbt9704.ts (so no block carries its own fonts).
 * Strings rather than an object model: a zone's monthly summary has some 30,000 table cells
 * (docs/decisions/0002-report-word-files.md).
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text as XML character data: the specials escaped, control characters XML cannot carry dropped. */
export function xmlText(text: string): string {
  let out = '';
  for (const ch of stripForbiddenCharacters(text)) out += ENTITIES[ch] ?? ch;
  return out;
}

const run = (text: string) => (text === '' ? '' : `<w:r><w:t xml:space="preserve">${xmlText(text)}</w:t></w:r>`);

export type Align = 'left' | 'center' | 'right';

/** A paragraph of one run in a style (gbt9704.ts), optionally aligned. */
export function paragraph(text: string, style?: string, align?: Align): string {
  const props = (style ? `<w:pStyle w:val="${style}"/>` : '') + (align ? `<w:jc w:val="${align}"/>` : '');
  return `<w:p>${props ? `<w:pPr>${props}</w:pPr>` : ''}${run(text)}</w:p>`;
}

/** A body paragraph: 3号 仿宋, two characters in, justified. */
export const bodyText = (text: string) => paragraph(text);
/** An empty line of the grid (under the title, before the body). */
export const blankLine = () => '<w:p/>';
export const isChinese = (ch: string) => ch.charCodeAt(0) >= 0x2e80;

/**
 * Width of a text in em: Chinese characters one, the half-width ones (digits, Latin) a little over a
 * half, and a quarter more where Chinese meets a digit or letter (Word and WPS space them apart).
 */
export function ems(text: string): number {
  let sum = 0;
  let previous: boolean | null = null;
  for (const ch of text) {
    const wide = isChinese(ch);
    sum += (wide ? 1 : 0.6) + (previous !== null && previous !== wide && ch !== ' ' ? 0.3 : 0);
    previous = wide;
  }
  return sum;
}

/** Characters of 2号 on a line of the type area (20), less one for the space Word puts around digits. */
const TITLE_EMS = Math.floor(TYPE_AREA.width / (POINTS.size2 * 20)) - 1;

/**
 * The title's lines: its parts (e.g. the task force's name and the kind of document) kept whole and
 * packed onto as few lines as fit, so a wrapped title breaks between words (GB/T 9704 7.3.2: 回行时
 * 词意完整). A part longer than a line wraps where it must.
 */
export function titleLines(parts: readonly string[]): string[] {
  const lines: string[] = [];
  for (const part of parts) {
    const last = lines.at(-1);
    if (last !== undefined && ems(last + part) <= TITLE_EMS) lines[lines.length - 1] = last + part;
    else lines.push(part);
  }
  return lines;
}

/**
 * The title, 2号 小标宋, centred, its lines broken as `titleLines` packs them. It holds no date: the
 * date goes on the line under it (`dateLine`).
 */
export function titleText(parts: readonly string[]): string {
  const lines = titleLines(parts).map((line) => run(line));
  return `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr>${lines.join('<w:r><w:br/></w:r>')}</w:p>`;
}
/** The line under the title, 3号 楷体 centred, e.g. （2026年12月8日） or （2026年第50周）. */
export const dateLine = (text: string) => paragraph(text, 'Subtitle');

const DIGITS = '〇一二三四五六七八九';

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (heading numbers go no further). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`heading number out of range: ${n}`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  if (tens === 0) return DIGITS[ones] ?? '';
  return `${tens === 1 ? '' : DIGITS[tens]}十${ones === 0 ? '' : DIGITS[ones]}`;
}

export type HeadingLevel = 1 | 2 | 3 | 4;

/** GB/T 9704 7.3.3: 一、 （一） 1. （1） by level. */
export function headingNumber(level: HeadingLevel, n: number): string {
  switch (level) {
    case 1:
      return `${chineseNumber(n)}、`;
    case 2:
      return `（${chineseNumber(n)}）`;
    case 3:
      return `${n}.`;
    case 4:
      return `（${n}）`;
  }
}

/**
 * Numbered headings: each level counts on from its last heading and starts again under a new heading
 * above it. Returns the heading's paragraph (黑体, 楷体, 仿宋, 仿宋 by level).
 */
export function outline(): (level: HeadingLevel, text: string) => string {
  const counts = [0, 0, 0, 0];
  return (level, text) => {
    const n = (counts[level - 1] ?? 0) + 1;
    counts.fill(0, level);
    counts[level - 1] = n;
    return paragraph(`${headingNumber(level, n)}${text}`, `Heading${level}`);
  };
}

/** Blocks set on landscape pages (a wide table and its heading), between portrait ones. */
export interface Landscape {
  landscape: readonly string[];
}
export type Block = string | Landscape;
export const landscape = (blocks: readonly string[]): Landscape => ({ landscape: blocks });

export interface FigureImage {
  /** The relationship id of the image part (official-docx.ts names them rIdImage1, 2, …). */
  rId: string;
  id: number;
  title: string;
  width: number;
  height: number;
}

const EMU_PER_TWIP = 635;

/** An image centred over the type area's width, its proportions kept. */
export function figure(image: FigureImage): string {
  const cx = TYPE_AREA.width * EMU_PER_TWIP;
  const cy = Math.round((cx * image.height) / image.width);
  const name = xmlText(image.title);
  return `<w:p><w:pPr><w:pStyle w:val="Figure"/></w:pPr><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr id="${image.id}" name="${name}" descr="${name}"/><wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="${image.id}" name="${name}"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="${image.rId}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
}
