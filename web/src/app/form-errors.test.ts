import { describe, expect, it } from 'vitest';
import { matchFieldErrors } from './form-errors';

describe('matchFieldErrors', () => {
  it('puts each error on its field, nested paths on the top-level field, and keeps the rest apart', () => {
    const result = matchFieldErrors(
      [
        { field: 'newPassword', code: 'tooShort', message: 'too short' },
        { field: 'newPassword', code: 'tooFewClasses', message: 'too simple' },
        { field: 'orgUnitIds.0', code: 'notFound', message: 'unknown unit' },
        { field: 'zoneId', code: 'required', message: 'zone required' },
      ],
      ['newPassword', 'orgUnitIds'],
    );
    expect(result.fields).toEqual([
      { name: 'newPassword', errors: ['too short', 'too simple'] },
      { name: 'orgUnitIds', errors: ['unknown unit'] },
    ]);
    expect(result.rest).toEqual([{ field: 'zoneId', code: 'required', message: 'zone required' }]);
  });

  it('drops the body./query./params. prefix the server puts on field names', () => {
    const result = matchFieldErrors(
      [
        { field: 'body.password', code: 'tooShort', message: 'too short' },
        { field: 'body.orgUnitIds.1', code: 'notFound', message: 'unknown unit' },
      ],
      ['password', 'orgUnitIds'],
    );
    expect(result.fields).toEqual([
      { name: 'password', errors: ['too short'] },
      { name: 'orgUnitIds', errors: ['unknown unit'] },
    ]);
    expect(result.rest).toEqual([]);
  });
});
