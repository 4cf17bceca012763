/**
 * How a picker filters its options by what is typed: a part of the name as shown, or (lower-cased,
 * without spaces) a part of its pinyin or initials, which the server sends as `searchKeys` (one key
 * per line, so no term matches across two). The same rule as the server's name searches.
 */
export interface NamedOption {
  label?: unknown;
  searchKeys?: string;
}

export function matchesName(typed: string, option: NamedOption | undefined): boolean {
  const term = typed.trim();
  if (term === '') return true;
  const label = typeof option?.label === 'string' ? option.label : '';
  if (label.toLowerCase().includes(term.toLowerCase())) return true;
  const key = term.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
  return (option?.searchKeys ?? '').split('\n').some((line) => line.includes(key));
}
