import { describe, expect, it } from 'vitest';
import { API, addMilestone, clients, createProject, type Problem, setUpProjectWorld } from './project-world.js';

setUpProjectWorld();
const EN = { 'accept-language': 'en-US' };

const fieldsOf = (body: Problem) => body.errors?.map((e) => [e.field, e.code]);

describe('dates far from today are refused naming the field, quickly, not a 500', () => {
  it('a milestone on 0001-01-01 or 9999-12-31', async () => {
    const project = await createProject();
    const started = Date.now();
    const create = await clients.member.post(
      `${API}/${project.id}/milestones`,
      { name: 'PJT 远古', plannedStartOn: '0001-01-01', dueOn: '9999-12-31' },
      EN,
    );
    expect(create.statusCode, create.body).toBe(400);
    expect(fieldsOf(create.json<Problem>())).toEqual([
      ['body.plannedStartOn', 'dateOutOfRange'],
      ['body.dueOn', 'dateOutOfRange'],
    ]);
    expect(create.json<Problem>().errors?.[0]?.message).toBe('must be a date from 2000-01-01 to 2100-12-31');

    const item = await addMilestone(project, {});
    const patch = await clients.member.patch(`${API}/${project.id}/milestones/${item.id}`, {
      version: item.version,
      dueOn: '9999-12-31',
    });
    expect(patch.statusCode, patch.body).toBe(400);
    expect(patch.json<Problem>().errors).toEqual([
      { field: 'body.dueOn', code: 'dateOutOfRange', message: '日期须在 2000-01-01 至 2100-12-31 之间' },
    ]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('every other kind of date the API takes', async () => {
    const admin = clients.admin;
    const cases: [string, string, unknown, string[]][] = [
      ['POST', '/api/v1/enterprises', { uscc: 'x', name: 'x', foundedOn: '0001-01-01' }, ['body.foundedOn']],
      [
        'POST',
        API,
        { name: 'PJT x', kind: 'new', signedOn: '9999-12-31', phases: [{ name: 'x', plannedEndOn: '0001-01-01' }] },
        ['body.signedOn', 'body.phases.0.plannedEndOn'],
      ],
      ['GET', '/api/v1/investment/leads?registeredFrom=0001-01-01', undefined, ['query.registeredFrom']],
      ['GET', '/api/v1/investment/activities?from=1000-01-01&to=2026-01-01', undefined, ['query.from']],
      ['PUT', '/api/v1/projects/calendar/overrides/9999-01-01', { kind: 'holiday', name: 'x' }, ['params.day']],
    ];
    for (const [method, url, body, fields] of cases) {
      const response =
        method === 'GET'
          ? await admin.get(url)
          : method === 'PUT'
            ? await admin.put(url, body)
            : await admin.post(url, body);
      expect(response.statusCode, `${method} ${url}: ${response.body}`).toBe(400);
      expect(
        response
          .json<Problem>()
          .errors?.filter((e) => e.code === 'dateOutOfRange')
          .map((e) => e.field),
        url,
      ).toEqual(fields);
    }
  });

  it('a day that is not in the calendar (2026-02-30, 2026-13-01) is a 400 wherever a date is taken', async () => {
    for (const bad of ['2026-02-30', '2026-13-01']) {
      const response = await clients.admin.post('/api/v1/enterprises', { uscc: 'x', name: 'x', foundedOn: bad });
      expect(response.statusCode).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => e.field)).toContain('body.foundedOn');
    }
  });
});
