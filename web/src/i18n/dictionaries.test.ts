import { MODULES, PERMISSIONS, ROLES } from '@zonehub/access';
import { describe, expect, it } from 'vitest';
import { enUS, zhCN } from './dictionaries';

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

describe('dictionaries', () => {
  it('zh-CN and en-US have the same keys', () => {
    expect(Object.keys(enUS).sort()).toEqual(Object.keys(zhCN).sort());
  });

  it('have no empty message and the same placeholders in both languages', () => {
    for (const [key, zh] of Object.entries(zhCN)) {
      const en = enUS[key as keyof typeof zhCN];
      expect(zh, key).not.toBe('');
      expect(en, key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('label every role', () => {
    for (const role of ROLES) expect(Object.keys(zhCN)).toContain(`role.${role}`);
  });

  it('label every permission (the roles page)', () => {
    for (const permission of PERMISSIONS) expect(Object.keys(zhCN)).toContain(`permission.${permission}`);
  });

  it('label every menu entry of a built module', () => {
    const keys = MODULES.filter((m) => m.built).flatMap((m) => [m.key, ...(m.children ?? []).map((c) => c.key)]);
    for (const key of keys) expect(Object.keys(zhCN)).toContain(`menu.${key}`);
  });
});
