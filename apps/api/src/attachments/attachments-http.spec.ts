import { AttachmentEntity, type CaseEntity } from '@berdaya/db';
import { newCase } from '@berdaya/db/testing';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestApi, type SignedInUser, type TestApi } from '../testing/test-api';

interface AttachmentBody {
  id: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  fileName: string;
}
interface ErrorBody {
  code: string;
  message: string;
  fields?: { field: string; code: string }[];
}
interface FilePart {
  name: string;
  type: string;
  bytes: Buffer;
}

const UPLOAD_MAX_BYTES = 1024 * 1024;
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('IHDR pretend image data'),
  Buffer.from([0, 1, 2, 254, 255]),
]);
const PDF = Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PARTICIPANTS_CSV = Buffer.from('\uFEFFnama,peran\r\nSiti Aminah,ketua\r\nBudi,bendahara\r\n');

/** A multipart/form-data body, as a browser's FormData sends it. */
function form(fields: Record<string, string>, file?: FilePart) {
  const boundary = `----berdaya${randomUUID()}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
  );
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n` +
          `Content-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/**
 * Attachments through the api: stored by their sniffed type under a key of their own, handed back
 * byte for byte to whoever sees their case, and refused (with nothing left on disk) when they are
 * of another type, too large or under a case out of scope.
 */
describe('attachments through the api', () => {
  let api: TestApi;
  let directory: string;
  let mine: CaseEntity;
  let theirs: CaseEntity;
  let facilitator: SignedInUser;
  let otherDistrict: SignedInUser;
  let viewer: SignedInUser;

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'berdaya-attachments-'));
    api = await startTestApi({
      config: {
        attachmentsDir: join(directory, 'created-on-boot'),
        uploadMaxBytes: UPLOAD_MAX_BYTES,
      },
    });
    mine = await newCase(api.dataSource);
    theirs = await newCase(api.dataSource);
    facilitator = await api.loginAs({
      role: 'facilitator',
      programIds: [mine.programId],
      regionIds: [mine.regionId],
    });
    // The same program, another district: the region alone keeps the case out of sight.
    otherDistrict = await api.loginAs({
      role: 'supervisor',
      programIds: [mine.programId],
      regionIds: [theirs.regionId],
    });
    viewer = await api.loginAs({
      role: 'viewer',
      programIds: [mine.programId],
      regionIds: [mine.regionId],
    });
  });

  afterAll(async () => {
    await api.close();
    await rm(directory, { recursive: true, force: true });
  });

  const upload = (user: SignedInUser, fields: Record<string, string>, file?: FilePart) =>
    user.inject({ method: 'POST', url: '/api/attachments', ...form(fields, file) });
  const download = (user: SignedInUser, id: string) =>
    user.inject({ method: 'GET', url: `/api/attachments/${id}/content` });
  const storedFiles = () => readdir(join(directory, 'created-on-boot'));
  const rowCount = () => api.dataSource.getRepository(AttachmentEntity).count();
  const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

  it.each<[string, FilePart, string]>([
    ['a PNG', { name: 'foto rapat.png', type: 'image/png', bytes: PNG }, 'image/png'],
    [
      'a PDF declared as anything',
      { name: 'laporan désa (final).pdf', type: 'application/octet-stream', bytes: PDF },
      'application/pdf',
    ],
    [
      'a participant list in CSV, with a BOM',
      { name: 'Peserta Rapat.CSV', type: 'application/vnd.ms-excel', bytes: PARTICIPANTS_CSV },
      'text/csv',
    ],
  ])('keeps %s and hands it back byte for byte', async (_name, file, contentType) => {
    const created = await upload(facilitator, { caseId: mine.id }, file);
    expect(created.statusCode).toBe(201);
    const record = created.json<AttachmentBody>();
    expect(record).toMatchObject({
      caseId: mine.id,
      fileName: file.name,
      contentType,
      sizeBytes: file.bytes.length,
      sha256: sha256(file.bytes),
      uploadedBy: facilitator.id,
    });

    const content = await download(viewer, record.id);
    expect(content.statusCode).toBe(200);
    expect(content.rawPayload.equals(file.bytes)).toBe(true);
    expect(content.headers).toMatchObject({
      'content-type': contentType,
      'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.name)
        .replace('(', '%28')
        .replace(')', '%29')}`,
      'x-content-type-options': 'nosniff',
    });
    // Stored under a random key, never under the name the client sent.
    expect(await storedFiles()).not.toContain(file.name);
  });

  it('lists and shows the attachments of a case in scope', async () => {
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine.id }));
    const list = await viewer.inject({ method: 'GET', url: `/api/attachments?filter=${filter}` });
    expect(list.statusCode).toBe(200);
    expect(list.headers['content-range']).toBe('attachments 0-2/3');
    const [first] = list.json<AttachmentBody[]>();
    const one = await viewer.inject({ method: 'GET', url: `/api/attachments/${first?.id}` });
    expect(one.json<AttachmentBody>()).toEqual(first);
  });

  it('hides them from a supervisor of another district', async () => {
    const [attachment] = await api.dataSource.getRepository(AttachmentEntity).find();
    const id = attachment?.id ?? '';
    const filter = encodeURIComponent(JSON.stringify({ caseId: mine.id }));
    const list = await otherDistrict.inject({
      method: 'GET',
      url: `/api/attachments?filter=${filter}`,
    });
    expect(list.json()).toEqual([]);
    const metadata = await otherDistrict.inject({ method: 'GET', url: `/api/attachments/${id}` });
    expect(metadata.statusCode).toBe(404);
    expect((await download(otherDistrict, id)).statusCode).toBe(404);
  });

  describe('refusals, which leave no file and no row behind', () => {
    let before: { files: number; rows: number };

    beforeEach(async () => {
      before = { files: (await storedFiles()).length, rows: await rowCount() };
    });

    afterEach(async () => {
      expect({ files: (await storedFiles()).length, rows: await rowCount() }).toEqual(before);
    });

    it.each<[string, Buffer]>([
      ['an executable', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 0x90)])],
      ['an HTML page', Buffer.from('<!doctype html><script>alert(document.cookie)</script>')],
    ])('refuses %s renamed .pdf with 415 naming file', async (_name, bytes) => {
      const response = await upload(
        facilitator,
        { caseId: mine.id },
        { name: 'laporan.pdf', type: 'application/pdf', bytes },
      );
      expect(response.statusCode).toBe(415);
      expect(response.json<ErrorBody>()).toMatchObject({
        code: 'FILE_TYPE_NOT_ACCEPTED',
        fields: [{ field: 'file', code: 'file_type' }],
      });
    });

    it('refuses a file over the limit with 413, naming the limit', async () => {
      const bytes = Buffer.concat([PNG, Buffer.alloc(UPLOAD_MAX_BYTES)]);
      const response = await upload(
        facilitator,
        { caseId: mine.id },
        { name: 'big.png', type: 'image/png', bytes },
      );
      expect(response.statusCode).toBe(413);
      expect(response.json<ErrorBody>()).toMatchObject({
        code: 'FILE_TOO_LARGE',
        params: { limit: '1 MiB' },
        message: 'file: is larger than the limit of 1 MiB',
      });
    });

    it('refuses a case out of scope with 422 naming caseId', async () => {
      const response = await upload(
        facilitator,
        { caseId: theirs.id },
        { name: 'a.png', type: 'image/png', bytes: PNG },
      );
      expect(response.statusCode).toBe(422);
      expect(response.json<ErrorBody>().fields).toEqual([
        expect.objectContaining({ field: 'caseId', code: 'case_not_in_scope' }),
      ]);
    });

    it.each<[string, Record<string, string>, FilePart | undefined, string]>([
      ['file', { caseId: '' }, undefined, 'file_required'],
      ['caseId', {}, { name: 'a.png', type: 'image/png', bytes: PNG }, 'required'],
    ])('refuses a form without %s with 400 naming it', async (field, fields, file, code) => {
      const response = await upload(facilitator, fields, file);
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().fields).toEqual([expect.objectContaining({ field, code })]);
    });

    it('refuses a JSON body with 400 naming file', async () => {
      const response = await facilitator.inject({
        method: 'POST',
        url: '/api/attachments',
        payload: { caseId: mine.id },
      });
      expect(response.statusCode).toBe(400);
      expect(response.json<ErrorBody>().fields).toEqual([
        expect.objectContaining({ field: 'file', code: 'file_required' }),
      ]);
    });

    it('never lets a viewer upload', async () => {
      const response = await upload(
        viewer,
        { caseId: mine.id },
        { name: 'a.png', type: 'image/png', bytes: PNG },
      );
      expect(response.statusCode).toBe(403);
    });
  });
});
