// Upload links for each kind of file: who may ask for one and when, what the link allows, and the grant it records.
import { describe, expect, it } from 'vitest';
import {
  ForbiddenError,
  ForbiddenTransitionError,
  InvalidRequestError,
  UploadRejectedError,
} from '../../../core/errors.ts';
import { requestUpload } from '../../../core/use-cases/uploads.ts';
import { idle, openQuery, verifying } from '../../support/decision-cases.ts';
import { PDF, XLSX } from '../../support/files.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, pilotIn, secretariat, verifier } from '../../support/pilots.ts';

const TEN_MB = 10 * 1024 * 1024;

describe('a workbook upload link', () => {
  it('gives the city a one-use presigned POST for its workbook, recorded as a grant', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('data_collection', idle));

    const ticket = await requestUpload(deps, city, pilotId, 'submission');

    const key = `uploads/${pilotId}/${ticket.uploadId}.xlsx`;
    expect(ticket).toEqual({
      uploadId: expect.stringMatching(/^u[a-z0-9]{10}$/),
      url: 'https://uploads.memory.test/',
      fields: {
        key,
        'Content-Type': XLSX,
        Policy: `bytes 1-${deps.settings.maxUploadBytes}, expires in 900 s`,
      },
      maxBytes: deps.settings.maxUploadBytes,
      contentType: XLSX,
      expiresAt: '2026-03-02T09:15:00.000Z',
    });
    expect(await deps.grants.getGrant(pilotId, ticket.uploadId)).toEqual({
      pilotId,
      uploadId: ticket.uploadId,
      key,
      purpose: 'submission',
      maxBytes: deps.settings.maxUploadBytes,
      contentType: XLSX,
      issuedAt: '2026-03-02T09:00:00.000Z',
      expiresAt: '2026-03-02T09:15:00.000Z',
      issuedTo: city.userId,
    });
  });

  it('is given to the secretariat too, but to no verifier and no other city', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('data_collection', idle));

    const bySecretariat = await requestUpload(deps, secretariat, pilotId, 'submission');

    expect(bySecretariat.uploadId).toMatch(/^u/);
    await expect(requestUpload(deps, verifier, pilotId, 'submission')).rejects.toBeInstanceOf(ForbiddenError);
    await expect(requestUpload(deps, otherCity, pilotId, 'submission')).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('is refused in a stage that takes no workbook, naming the stages that do', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('loi_received', idle));

    const refused = requestUpload(deps, city, pilotId, 'submission');

    await expect(refused).rejects.toBeInstanceOf(ForbiddenTransitionError);
    await expect(refused).rejects.toThrow(
      'The pilot is in stage "loi_received"; workbooks can be uploaded only in stages data_collection, validation_failed, validated, in_verification.',
    );
  });
});

describe('an evidence upload link', () => {
  const evidence = (body: object, queryId = 'q1') => ({ body, params: { queryId } });

  it('lets the city send a declared file for an open query, keeping its name in the grant', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(verifying({ queries: [openQuery] }));

    const ticket = await requestUpload(
      deps,
      city,
      pilotId,
      'evidence',
      evidence({ fileName: 'census.pdf', contentType: PDF, size: 2000 }),
    );

    expect(ticket.fields.key).toBe(`evidence/${pilotId}/${ticket.uploadId}.pdf`);
    expect(ticket.maxBytes).toBe(TEN_MB);
    expect(await deps.grants.getGrant(pilotId, ticket.uploadId)).toMatchObject({
      purpose: 'evidence',
      fileName: 'census.pdf',
      contentType: PDF,
    });
  });

  it('is refused for a query that is not open, and to a verifier', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(verifying({ queries: [{ ...openQuery, status: 'closed' }] }));
    const file = { fileName: 'census.pdf', contentType: PDF, size: 2000 };

    await expect(requestUpload(deps, city, pilotId, 'evidence', evidence(file))).rejects.toThrow(
      new InvalidRequestError('Query q1 is not open'),
    );
    await expect(requestUpload(deps, city, pilotId, 'evidence', evidence(file, 'q9'))).rejects.toThrow(
      'Query q9 is not open',
    );
    await expect(requestUpload(deps, verifier, pilotId, 'evidence', evidence(file))).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('refuses a declared file over the size limit or of a type it does not take, before issuing anything', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(verifying({ queries: [openQuery] }));

    const big = requestUpload(
      deps,
      city,
      pilotId,
      'evidence',
      evidence({ fileName: 'a.pdf', contentType: PDF, size: 20_000_000 }),
    );
    const csv = requestUpload(
      deps,
      city,
      pilotId,
      'evidence',
      evidence({ fileName: 'a.csv', contentType: 'text/csv', size: 10 }),
    );
    const unnamed = requestUpload(deps, city, pilotId, 'evidence', evidence({ contentType: PDF, size: 10 }));

    await expect(big).rejects.toThrow(
      new UploadRejectedError(`The file is 20000000 bytes; the evidence may be at most ${TEN_MB} bytes`),
    );
    await expect(csv).rejects.toThrow('The evidence must be PDF, PNG, JPG, XLSX, DOCX, not text/csv');
    await expect(unnamed).rejects.toBeInstanceOf(InvalidRequestError);
    expect(await deps.uploads.list('')).toEqual([]);
  });
});

describe('an interview attachment link', () => {
  it('lets the assigned verifier attach an image, and nobody else', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(verifying());
    const photo = { body: { fileName: 'site.png', contentType: 'image/png', size: 5000 } };

    const ticket = await requestUpload(deps, verifier, pilotId, 'interview-attachment', photo);

    expect(ticket.fields.key).toBe(`interviews/${pilotId}/${ticket.uploadId}.png`);
    await expect(requestUpload(deps, city, pilotId, 'interview-attachment', photo)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });
});

describe('a signed letter link', () => {
  it('takes a PDF only', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(pilotIn('loi_received', idle));
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

    const ticket = await requestUpload(deps, city, pilotId, 'signed-letter', {
      body: { fileName: 'letter.pdf', contentType: PDF, size: 3000 },
    });
    const refused = requestUpload(deps, city, pilotId, 'signed-letter', {
      body: { fileName: 'letter.docx', contentType: docx, size: 3000 },
    });

    expect(ticket.fields.key).toBe(`letters/${pilotId}/${ticket.uploadId}.pdf`);
    await expect(refused).rejects.toThrow(`The signed letter must be PDF, not ${docx}`);
  });
});
