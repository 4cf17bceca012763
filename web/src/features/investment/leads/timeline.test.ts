import { describe, expect, it } from 'vitest';
import type { Activity, Move } from './lead.types';
import { timelineEntries } from './timeline';

const activity = (id: string, happenedOn: string, createdAt = `${happenedOn}T08:00:00Z`): Activity => ({
  id,
  leadId: 'l',
  leadName: null,
  leadCode: null,
  taskForceId: 'tf',
  taskForceName: null,
  kind: 'meeting',
  subject: id,
  happenedOn,
  endsOn: null,
  city: null,
  participants: null,
  counterparts: null,
  notes: null,
  recordedBy: null,
  createdAt,
});

const move = (id: string, effectiveOn: string): Move => ({
  id,
  seq: 1,
  kind: 'forward',
  fromStage: 'reserve',
  toStage: 'negotiating',
  effectiveOn,
  reason: null,
  evidence: {},
  undone: false,
  undoesMoveId: null,
  movedBy: null,
  movedAt: `${effectiveOn}T09:00:00Z`,
});

describe('timelineEntries', () => {
  it('merges activities and moves by date, newest first, the move first on its day', () => {
    const entries = timelineEntries(
      [
        activity('a1', '2026-04-02'),
        activity('a2', '2026-04-10'),
        activity('a3', '2026-04-10', '2026-04-11T01:00:00Z'),
      ],
      [move('m1', '2026-04-10'), move('m0', '2026-03-01')],
    );
    expect(entries.map((e) => (e.kind === 'move' ? e.move.id : e.activity.id))).toEqual(['m1', 'a3', 'a2', 'a1', 'm0']);
  });

  it('is empty for a lead with neither', () => {
    expect(timelineEntries([], [])).toEqual([]);
  });
});
