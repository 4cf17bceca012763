/**
 * The spreadsheet formula guard (OWASP "CSV injection"). A text cell starting with = + - @ (or a tab
 * or carriage return before one) is a formula to Excel, WPS and LibreOffice as soon as someone edits
 * it or the sheet is saved as CSV: `=HYPERLINK(…)` in an enterprise's name would become a live link
 * in the reader's spreadsheet. Every text cell of an export gets an apostrophe in front, as a person
 * typing such text does. Numbers are never touched: -12.5 stays a number.
 *
 * Text already starting with apostrophes before such a character gets one more, so unguardFormula
 * (which the import applies) gives back exactly what was exported.
 */
const GUARDED = /^'*[=+\-@\t\r]/;
const UNGUARD = /^'(?='*[=+\-@\t\r])/;

/** The value as an export writes it: text that would be read as a formula is prefixed with `'`. */
export function guardFormula<T>(value: T): T | string {
  return typeof value === 'string' && GUARDED.test(value) ? `'${value}` : value;
}

/** A row given as an array, every text cell guarded. */
export function guardCells<T>(values: readonly T[]): (T | string)[] {
  return values.map(guardFormula);
}

/** A row given by column key, every text cell guarded. */
export function guardRecord<T extends Record<string, unknown>>(row: T): { [K in keyof T]: T[K] | string } {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [key, guardFormula(value)])) as {
    [K in keyof T]: T[K] | string;
  };
}

/** The text of a cell as it was before guardFormula: the import reads exported sheets back with it. */
export function unguardFormula(text: string): string {
  return text.replace(UNGUARD, '');
}
