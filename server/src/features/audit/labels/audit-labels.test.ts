import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ACTION_LABELS, ENTITY_TYPE_LABELS } from './action-labels.js';
import { actionLabel, fieldLabelsOf } from './audit-labels.js';

const SRC = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** The string literals of an expression, `${CONST}` in templates replaced by the file's constants. */
function literals(expression: string, constants: Record<string, string>): string[] {
  return [...expression.matchAll(/'([^']*)'|`([^`]*)`/g)].map(
    (m) => m[1] ?? (m[2] ?? '').replace(/\$\{(\w+)\}/g, (_, name: string) => constants[name] ?? `\${${name}}`),
  );
}

/**
 * Every action and entity type written at a recordChange / recordChanges / recordAudit call site:
 * `action: '…'` (ternaries and `${ENTITY}.verb` templates included), `entityType: '…'` or a file
 * constant, and the enterprise details' own audit(…, 'enterprise.contact.create', …) helper.
 */
function recorded(): { actions: Set<string>; types: Set<string>; unreadable: string[] } {
  const actions = new Set<string>();
  const types = new Set<string>();
  const unreadable: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    if (!/\brecord(Change|Changes|Audit)\(/.test(text) || file.includes(`${join('features', 'audit')}`)) continue;
    const constants = Object.fromEntries([...text.matchAll(/const (\w+) = '([^']+)'/g)].map((m) => [m[1], m[2]]));
    // A lookup in a file-level table (`action: STEP_ACTIONS[body.step]`) records each of its values.
    const tables: Record<string, string[]> = Object.fromEntries(
      [...text.matchAll(/const ([A-Z_]+)(?:: [^=]+)? = \{([^}]*)\}/g)].map((m) => [m[1], literals(m[2] ?? '', {})]),
    );
    for (const m of text.matchAll(/\baction: ([^,\n]+)/g)) {
      const table = /^([A-Z_]+)\[/.exec(m[1] ?? '')?.[1];
      const candidates: string[] = table && tables[table] ? tables[table] : literals(m[1] ?? '', constants);
      const found = candidates.filter((l) => /^[a-z]\w*(\.\w+)+$/.test(l));
      if (found.length === 0 && !/^(string|change\.action|event\.action)\b/.test(m[1] ?? '') && !/'/.test(m[1] ?? ''))
        unreadable.push(`${file}: action: ${m[1]}`);
      for (const l of found) actions.add(l);
    }
    for (const m of text.matchAll(/\baudit\(ctx, trx, caller, \w+, '([^']+)'/g)) actions.add(m[1] ?? '');
    for (const m of text.matchAll(/\bentityType: ([^,\n;]+)/g)) {
      const expression = m[1] ?? '';
      const constant = /^([A-Z_]+)$/.exec(expression.trim())?.[1];
      const found = constant ? [constants[constant] ?? `?${constant}`] : literals(expression, constants);
      if (found.length === 0 && !/^(string|change\.entityType|event\.entityType)\b/.test(expression))
        unreadable.push(`${file}: entityType: ${expression}`);
      for (const l of found) types.add(l);
    }
  }
  return { actions, types, unreadable };
}

describe('the audit label registry', () => {
  const { actions, types, unreadable } = recorded();

  it('reads every call site (a new form of call is added to the scan, not skipped)', () => {
    expect(unreadable).toEqual([]);
    expect(actions.size).toBeGreaterThan(60);
    expect(actions).toContain('lead.move');
    expect(actions).toContain('projectInvestmentMonth.delete');
    expect(actions).toContain('enterprise.contact.create');
    expect(types).toContain('projectInvestmentMonth');
  });

  it('labels every action the code records, in both languages', () => {
    const missing = [...actions].filter((a) => !ACTION_LABELS[a]?.['zh-CN'] || !ACTION_LABELS[a]?.['en-US']);
    expect(missing).toEqual([]);
  });

  it('labels every entity type the code records, in both languages', () => {
    const missing = [...types].filter((t) => !ENTITY_TYPE_LABELS[t]?.['zh-CN'] || !ENTITY_TYPE_LABELS[t]?.['en-US']);
    expect(missing).toEqual([]);
  });

  it('shows an action and fields in the reader’s language, unknown ones by their code', () => {
    expect(actionLabel('lead.move', 'zh-CN')).toBe('移库');
    expect(actionLabel('lead.move', 'en-US')).toBe('Moved to another pool');
    expect(actionLabel('x.unknown', 'zh-CN')).toBe('x.unknown');
    expect(fieldLabelsOf({ zoneId: 'z', standardLand: { plotRatio: 1.2 } }, null, 'zh-CN')).toEqual({
      zoneId: '所属开发区',
      standardLand: '标准地指标',
      plotRatio: '容积率',
    });
  });
});
