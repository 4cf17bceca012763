/**
 * The characters XML 1.0 cannot carry (its `Char` production): C0 controls other than tab, line
 * feed and carriage return, U+FFFE and U+FFFF, and UTF-16 surrogates that are not part of a pair.
 * Text the platform stores ends up in .xlsx and .docx files (XML inside a zip), and PostgreSQL
 * refuses U+0000 in text outright, so the server refuses these characters on input and drops them
 * from whatever older data still carries them on output. Pure, no I/O.
 */
const FORBIDDEN_SOURCE =
  '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const FORBIDDEN = new RegExp(FORBIDDEN_SOURCE);
const FORBIDDEN_ALL = new RegExp(FORBIDDEN_SOURCE, 'g');

export interface ForbiddenCharacter {
  /** 1-based position in characters as a person counts them (a surrogate pair is one). */
  position: number;
  /** The character as U+XXXX. */
  codePoint: string;
}

/** The first forbidden character of the text, or null when XML can carry all of it. */
export function findForbiddenCharacter(text: string): ForbiddenCharacter | null {
  const match = FORBIDDEN.exec(text);
  if (!match) return null;
  const code = match[0].charCodeAt(0);
  return {
    position: [...text.slice(0, match.index)].length + 1,
    codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
  };
}

export function hasForbiddenCharacter(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** The text without its forbidden characters (the common case returns the same string). */
export function stripForbiddenCharacters(text: string): string {
  return FORBIDDEN.test(text) ? text.replace(FORBIDDEN_ALL, '') : text;
}

/** A cell or field value made safe for XML: strings stripped, anything else as it is. */
export function xmlSafe<T>(value: T): T {
  return (typeof value === 'string' ? stripForbiddenCharacters(value) : value) as T;
}
