import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  API,
  addMilestone,
  clients,
  createProject,
  ids,
  type ProjectView,
  setUpProjectWorld,
} from './project-world.js';

/**
 * Uploaded files (milestone evidence, lead attachments) are served as attachments, with a media type
 * from an allow-list and nosniff: a hostile .html or .svg uploaded as text/html must never render in
 * the reader's session.
 */
setUpProjectWorld();

const HOSTILE_HTML = Buffer.from('<html><body><script>window.__xss = 1</script></body></html>');
const HOSTILE_SVG = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"/>');

let project: ProjectView;
let milestoneId: string;
let leadId: string;

beforeAll(async () => {
  project = await createProject();
  milestoneId = (await addMilestone(project, { ownerId: ids['user:taskForceMember'] })).id;
  const lead = await clients.member.post('/api/v1/investment/leads', {
    name: 'PJT 附件线索',
    investorName: '山西附件测试有限公司',
    taskForceId: ids.星萌冻干项目专班,
  });
  expect(lead.statusCode, lead.body).toBe(201);
  leadId = lead.json<{ lead: { id: string } }>().lead.id;
});

async function milestoneRoundTrip(fileName: string, mediaType: string, bytes: Buffer) {
  const base = `${API}/${project.id}/milestones/${milestoneId}/files`;
  const upload = await clients.member.post(`${base}?fileName=${encodeURIComponent(fileName)}`, bytes, {
    'content-type': mediaType,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  return clients.member.get(`${base}/${upload.json<{ id: string }>().id}`);
}

async function leadRoundTrip(fileName: string, mediaType: string, bytes: Buffer) {
  const base = `/api/v1/investment/leads/${leadId}/attachments`;
  const upload = await clients.member.post(`${base}?fileName=${encodeURIComponent(fileName)}`, bytes, {
    'content-type': mediaType,
  });
  expect(upload.statusCode, upload.body).toBe(201);
  return clients.member.get(`${base}/${upload.json<{ id: string }>().id}`);
}

function expectInert(download: LightMyRequestResponse, fileName: string, bytes: Buffer) {
  expect(download.statusCode).toBe(200);
  expect(download.headers['content-type']).toBe('application/octet-stream');
  expect(download.headers['x-content-type-options']).toBe('nosniff');
  const disposition = String(download.headers['content-disposition']);
  expect(disposition).toMatch(/^attachment;/);
  expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent(fileName)}`);
  expect(download.rawPayload.equals(bytes)).toBe(true);
}

describe.each([
  ['milestone evidence', milestoneRoundTrip],
  ['lead attachment', leadRoundTrip],
])('%s download', (_kind, roundTrip) => {
  it('serves an .html uploaded as text/html as an octet-stream attachment', async () => {
    expectInert(await roundTrip('通知.html', 'text/html; charset=utf-8', HOSTILE_HTML), '通知.html', HOSTILE_HTML);
  });

  it('serves an .svg (image/svg+xml runs scripts) and an unknown type the same way', async () => {
    expectInert(await roundTrip('图纸.svg', 'image/svg+xml', HOSTILE_SVG), '图纸.svg', HOSTILE_SVG);
    expectInert(await roundTrip('x.xhtml', 'application/xhtml+xml', HOSTILE_HTML), 'x.xhtml', HOSTILE_HTML);
  });

  it('keeps an allowed type (parameters dropped, case folded), still as an attachment', async () => {
    const pdf = Buffer.from('%PDF-1.4');
    const download = await roundTrip("施工许可证 (副本)'1.pdf", 'Application/PDF; name=x', pdf);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const disposition = String(download.headers['content-disposition']);
    // RFC 5987: quote and brackets are percent-encoded too; the ASCII fallback has no quote to break out of.
    expect(disposition).toBe(
      `attachment; filename="_____ (__)'1.pdf"; filename*=UTF-8''%E6%96%BD%E5%B7%A5%E8%AE%B8%E5%8F%AF%E8%AF%81%20%28%E5%89%AF%E6%9C%AC%29%271.pdf`,
    );
    const png = await roundTrip('现场.png', 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    expect(png.headers['content-type']).toBe('image/png');
  });
});
