import { CamelCasePlugin } from 'kysely';

/** More distinct identifiers than the schema and its aliases have; past it the memo starts afresh. */
const MEMO_LIMIT = 10_000;

function memoized(convert: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let converted = memo.get(text);
    if (converted === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      converted = convert(text);
      memo.set(text, converted);
    }
    return converted;
  };
}

/**
 * Kysely's camelCase ↔ snake_case plugin, remembering each conversion. The plugin converts every
 * identifier of every query and every key of every row it returns, character by character; the same
 * few hundred names come back all the time (a few per cent of the server's CPU under the mixed-role
 * load).
 */
export class MemoizedCamelCasePlugin extends CamelCasePlugin {
  readonly #snake = memoized((text) => super.snakeCase(text));
  readonly #camel = memoized((text) => super.camelCase(text));

  protected override snakeCase(text: string): string {
    return this.#snake(text);
  }

  protected override camelCase(text: string): string {
    return this.#camel(text);
  }
}
