import { DEFAULT_WEIGHTS } from '@zonehub/investment-rules';
import { describe, expect, it } from 'vitest';
import { type Method, reorderPatches } from './method-order';
import { nestedFieldErrors } from './nested-field-errors';
import { formToSettings, type InvestmentSettings, isSettingsPath, settingsToForm, weightUnit } from './settings-form';
import { gridToTargets, targetsToGrid } from './targets-grid';

const settings: InvestmentSettings = {
  weights: { ...DEFAULT_WEIGHTS },
  idleDays: 30,
  staleDays: { reserve: 90, negotiating: 120, signed: 180 },
};

describe('weights form', () => {
  it('round-trips the settings unchanged', () => {
    expect(formToSettings(settingsToForm(settings))).toEqual({ ok: true, settings });
  });

  it('keeps a zero weight (the metric is simply not scored) and rounds to two decimals', () => {
    const form = settingsToForm(settings);
    form.weights.visits = 0;
    form.weights.signedAmountYuan = 1.234;
    form.idleDays = 45.4;
    const result = formToSettings(form);
    expect(result.ok && result.settings.weights.visits).toBe(0);
    expect(result.ok && result.settings.weights.signedAmountYuan).toBe(1.23);
    expect(result.ok && result.settings.idleDays).toBe(45);
  });

  it('names every emptied field instead of sending a partial body', () => {
    const form = settingsToForm(settings);
    form.weights.landedCount = null;
    form.staleDays.signed = null;
    expect(formToSettings(form)).toEqual({
      ok: false,
      missing: [
        ['weights', 'landedCount'],
        ['staleDays', 'signed'],
      ],
    });
  });

  it('counts amounts per 亿元 and the rest per lead or visit', () => {
    expect(weightUnit('signedAmountYuan')).toBe('yi');
    expect(weightUnit('landedAmountYuan')).toBe('yi');
    expect(weightUnit('visits')).toBe('visit');
    expect(weightUnit('newLeads')).toBe('lead');
  });
});

describe('targets grid', () => {
  const taskForces = [
    { id: 'a', name: '甲专班' },
    { id: 'b', name: '乙专班' },
  ];

  it('gives every task force a row, amounts in 万元', () => {
    const rows = targetsToGrid(taskForces, [
      { taskForceId: 'a', metric: 'newLeads', target: 12 },
      { taskForceId: 'a', metric: 'signedAmountYuan', target: 500_000_000 },
      { taskForceId: 'gone', metric: 'visits', target: 3 },
    ]);
    expect(rows.map((r) => r.name)).toEqual(['甲专班', '乙专班']);
    expect(rows[0]?.values.newLeads).toBe(12);
    expect(rows[0]?.values.signedAmountYuan).toBe(50_000);
    expect(rows[1]?.values.newLeads).toBeNull();
  });

  it('sends filled cells only, 万元 back in yuan', () => {
    const rows = targetsToGrid(taskForces, []);
    if (!rows[1]) throw new Error('two rows');
    rows[1].values.visits = 20;
    rows[1].values.landedAmountYuan = 12_345.6;
    rows[1].values.newLeads = 0;
    expect(gridToTargets(rows)).toEqual([
      { taskForceId: 'b', metric: 'newLeads', target: 0 },
      { taskForceId: 'b', metric: 'visits', target: 20 },
      { taskForceId: 'b', metric: 'landedAmountYuan', target: 123_456_000 },
    ]);
  });
});

describe('method order', () => {
  const method = (id: string, sortOrder: number): Method => ({ id, name: id, sortOrder, active: true, leadCount: 0 });

  it('moves a method up by renumbering only what changes', () => {
    const methods = [method('a', 10), method('b', 20), method('c', 30)];
    expect(reorderPatches(methods, 2, -1)).toEqual([
      { id: 'c', sortOrder: 20 },
      { id: 'b', sortOrder: 30 },
    ]);
  });

  it('works when the stored numbers are equal', () => {
    const methods = [method('a', 0), method('b', 0), method('c', 0)];
    expect(reorderPatches(methods, 0, 1)).toEqual([
      { id: 'b', sortOrder: 10 },
      { id: 'a', sortOrder: 20 },
      { id: 'c', sortOrder: 30 },
    ]);
  });

  it('does nothing past either end', () => {
    const methods = [method('a', 10), method('b', 20)];
    expect(reorderPatches(methods, 0, -1)).toEqual([]);
    expect(reorderPatches(methods, 1, 1)).toEqual([]);
  });
});

describe('nestedFieldErrors', () => {
  it('puts server errors on nested form paths and keeps the others apart', () => {
    const { fields, rest } = nestedFieldErrors(
      [
        { field: 'body.weights.visits', code: 'too_big', message: '不能大于 1000' },
        { field: 'body.staleDays.signed', code: 'too_small', message: '至少 1 天' },
        { field: 'body.other', code: 'x', message: '未知' },
        { field: 'body.weights.unknownMetric', code: 'x', message: '未知指标' },
      ],
      isSettingsPath,
    );
    expect(fields).toEqual([
      { name: ['weights', 'visits'], errors: ['不能大于 1000'] },
      { name: ['staleDays', 'signed'], errors: ['至少 1 天'] },
    ]);
    expect(rest.map((e) => e.field)).toEqual(['body.other', 'body.weights.unknownMetric']);
  });
});
