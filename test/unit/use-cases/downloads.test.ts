// Download links: the template, the pilot's documents and files attached to recorded decisions, each served only
// as this pilot names it, to those who may see the pilot.
import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError } from '../../../core/errors.ts';
import { decideOnPilot } from '../../../core/use-cases/decisions/decide-on-pilot.ts';
import {
  documentDownloadUrl,
  evidenceDownloadUrl,
  feedbackWorkbookUrl,
  interviewAttachmentUrl,
  templateDownloadUrl,
} from '../../../core/use-cases/downloads.ts';
import { XLSX_CONTENT_TYPE } from '../../../core/use-cases/upload-kinds.ts';
import { requestUpload } from '../../../core/use-cases/uploads.ts';
import { feedbackWorkbookKey } from '../../../core/validation/feedback-workbook.ts';
import { idle, interview, openQuery, verifying } from '../../support/decision-cases.ts';
import { PDF, pdfBytes } from '../../support/files.ts';
import { memoryDeps } from '../../support/memory-deps.ts';
import { city, otherCity, pilotIn, verifier } from '../../support/pilots.ts';

const file = (fileName: string) => ({ fileName, contentType: PDF, size: pdfBytes().length });

describe('the template', () => {
  it('is served under a name made of the city’s, and not found before it is issued', async () => {
    const deps = memoryDeps();
    const template = { templateId: 't1', key: 'templates/pa/t1.xlsx', catalogueVersion: '1' };
    const issued = await deps.pilots.seed(
      pilotIn('data_collection', { ...idle, cityName: 'São Paulo / SP', template }),
    );
    const notYet = await deps.pilots.seed(pilotIn('accepted', { ...idle, pilotId: 'pnotyet' }));

    expect(await templateDownloadUrl(deps, city, issued.pilotId)).toBe(
      'https://documents.memory.test/templates/pa/t1.xlsx?download=U4SSC-KPI-template-S%C3%A3o-Paulo-SP.xlsx&expires=300',
    );
    await expect(templateDownloadUrl(deps, city, notYet.pilotId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(templateDownloadUrl(deps, otherCity, issued.pilotId)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('the feedback workbook of a version', () => {
  it('is served once the version is validated, under the city’s name and the version, to those who see the pilot', async () => {
    const deps = memoryDeps();
    const version = (n: number, status: 'validated' | 'rejected' | 'received') => ({
      version: n,
      uploadId: `u${n}`,
      key: `submissions/pa/v00${n}-u${n}.xlsx`,
      size: 10,
      receivedAt: '2026-03-01T00:00:00.000Z',
      status,
    });
    const submissions = [version(1, 'rejected'), version(2, 'received')];
    const { pilotId } = await deps.pilots.seed(
      pilotIn('submitted', { ...idle, cityName: 'Aurora', submissions }),
    );
    await deps.documents.put(feedbackWorkbookKey(pilotId, 1), Buffer.from('xlsx'), XLSX_CONTENT_TYPE);

    expect(await feedbackWorkbookUrl(deps, city, pilotId, 1)).toBe(
      `https://documents.memory.test/results/${pilotId}/v001-feedback.xlsx?download=U4SSC-feedback-Aurora-v1.xlsx&expires=300`,
    );
    await expect(feedbackWorkbookUrl(deps, city, pilotId, 2)).rejects.toThrow(
      new NotFoundError('Version 2 has no feedback workbook yet'),
    );
    await expect(feedbackWorkbookUrl(deps, city, pilotId, 3)).rejects.toBeInstanceOf(NotFoundError);
    await expect(feedbackWorkbookUrl(deps, otherCity, pilotId, 1)).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('a document', () => {
  it('is served only when the pilot lists it', async () => {
    const deps = memoryDeps();
    const report = {
      kind: 'verification_report',
      key: 'reports/pa/d1-report-en.pdf',
      contentType: PDF,
      createdAt: '2026-03-01T00:00:00.000Z',
    };
    const { pilotId } = await deps.pilots.seed(pilotIn('reported', { ...idle, documents: [report] }));

    expect(await documentDownloadUrl(deps, city, pilotId, report.key)).toBe(
      'https://documents.memory.test/reports/pa/d1-report-en.pdf?download=d1-report-en.pdf&expires=300',
    );
    await expect(documentDownloadUrl(deps, city, pilotId, 'reports/pother/d2-report-en.pdf')).rejects.toThrow(
      new NotFoundError('No such document for this pilot'),
    );
  });
});

describe('files attached to decisions', () => {
  it('serve the evidence of an answer to that query, and nothing for another query or a guessed id', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(
      verifying({ queries: [openQuery, { ...openQuery, queryId: 'q2' }] }),
    );
    const ticket = await requestUpload(deps, city, pilotId, 'evidence', {
      body: file('census.pdf'),
      params: { queryId: 'q1' },
    });
    await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);
    await decideOnPilot(deps, city, {
      pilotId,
      decision: 'query-answer',
      params: { queryId: 'q1' },
      body: { text: 'See the census', evidenceUploadId: ticket.uploadId },
    });

    expect(await evidenceDownloadUrl(deps, verifier, pilotId, 'q1', ticket.uploadId)).toBe(
      `https://uploads.memory.test/kept/${ticket.fields.key}?download=census.pdf&expires=300`,
    );
    await expect(evidenceDownloadUrl(deps, verifier, pilotId, 'q2', ticket.uploadId)).rejects.toThrow(
      `Query q2 has no file ${ticket.uploadId}`,
    );
    await expect(evidenceDownloadUrl(deps, verifier, pilotId, 'q1', 'eguessed')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(evidenceDownloadUrl(deps, otherCity, pilotId, 'q1', ticket.uploadId)).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('serve an interview attachment once an interview names it, and not an uploaded file no interview names', async () => {
    const deps = memoryDeps();
    const { pilotId } = await deps.pilots.seed(verifying());
    const upload = async (name: string) => {
      const ticket = await requestUpload(deps, verifier, pilotId, 'interview-attachment', {
        body: file(name),
      });
      await deps.uploads.put(ticket.fields.key ?? '', pdfBytes(), PDF);
      return ticket;
    };
    const named = await upload('minutes.pdf');
    const unnamed = await upload('draft.pdf');
    await decideOnPilot(deps, verifier, {
      pilotId,
      decision: 'interviews',
      body: { ...interview, attachmentUploadIds: [named.uploadId] },
    });

    expect(await interviewAttachmentUrl(deps, city, pilotId, named.uploadId)).toBe(
      `https://uploads.memory.test/kept/${named.fields.key}?download=minutes.pdf&expires=300`,
    );
    await expect(interviewAttachmentUrl(deps, city, pilotId, unnamed.uploadId)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});
