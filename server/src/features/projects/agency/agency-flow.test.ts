import { describe, expect, it } from 'vitest';
import { AGENCY_STATES, AGENCY_STEPS, availableSteps, mayTakeStep, nextState, stateFromDates } from './agency-flow.js';

const taskForce = { taskForce: true, department: false };
const department = { taskForce: false, department: true };
const both = { taskForce: true, department: true };
const nobody = { taskForce: false, department: false };

describe('the approval item state machine', () => {
  it('moves draft → submitted → accepted → approved, and returns for correction from submitted or accepted', () => {
    expect(nextState('draft', 'submit', false)).toBe('submitted');
    expect(nextState('submitted', 'accept', false)).toBe('accepted');
    expect(nextState('accepted', 'approve', true)).toBe('approved');
    expect(nextState('submitted', 'return', false)).toBe('returned');
    expect(nextState('accepted', 'return', true)).toBe('returned');
  });

  it('resubmits to 待受理 when never accepted, and straight back to 已受理 when it was', () => {
    expect(nextState('returned', 'resubmit', false)).toBe('submitted');
    expect(nextState('returned', 'resubmit', true)).toBe('accepted');
  });

  it('refuses every other step from every state', () => {
    const allowed = new Set([
      'draft/submit',
      'submitted/accept',
      'submitted/return',
      'accepted/return',
      'accepted/approve',
      'returned/resubmit',
    ]);
    for (const state of AGENCY_STATES)
      for (const step of AGENCY_STEPS)
        expect(nextState(state, step, false) !== null, `${state}/${step}`).toBe(allowed.has(`${state}/${step}`));
  });

  it('lets the task force submit and resubmit, the department accept, return and approve', () => {
    expect(AGENCY_STEPS.filter((s) => mayTakeStep(s, taskForce))).toEqual(['submit', 'resubmit']);
    expect(AGENCY_STEPS.filter((s) => mayTakeStep(s, department))).toEqual(['accept', 'return', 'approve']);
    expect(AGENCY_STEPS.filter((s) => mayTakeStep(s, nobody))).toEqual([]);
  });

  it('offers the buttons the caller may press in the item’s state', () => {
    expect(availableSteps('draft', taskForce)).toEqual(['submit']);
    expect(availableSteps('draft', department)).toEqual([]);
    expect(availableSteps('submitted', department)).toEqual(['accept', 'return']);
    expect(availableSteps('submitted', taskForce)).toEqual([]);
    expect(availableSteps('accepted', both)).toEqual(['return', 'approve']);
    expect(availableSteps('returned', both)).toEqual(['resubmit']);
    expect(availableSteps('returned', department)).toEqual([]);
    expect(availableSteps('approved', both)).toEqual([]);
  });

  it('reads the state of a row written before states existed from its dates', () => {
    const none = { submittedOn: null, acceptedOn: null, approvedOn: null };
    expect(stateFromDates(none)).toBe('draft');
    expect(stateFromDates({ ...none, submittedOn: '2026-03-02' })).toBe('submitted');
    expect(stateFromDates({ ...none, submittedOn: '2026-03-02', acceptedOn: '2026-03-03' })).toBe('accepted');
    expect(stateFromDates({ submittedOn: '2026-03-02', acceptedOn: '2026-03-03', approvedOn: '2026-03-09' })).toBe(
      'approved',
    );
  });
});
