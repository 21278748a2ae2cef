// The HTTP API as one Hono app: the same routes run behind API Gateway in Lambda and in Node locally.
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import * as z from 'zod';
import type { Actor } from '../core/actors.ts';
import { InvalidRequestError } from '../core/errors.ts';
import type { CommandName } from '../core/lifecycle/commands.ts';
import { assertMayIssue } from '../core/lifecycle/decide.ts';
import { stageSchema } from '../core/lifecycle/stages.ts';
import { decideOnPilot } from '../core/use-cases/decisions.ts';
import type { CoreDeps } from '../core/use-cases/deps.ts';
import {
  interviewAttachmentUrl,
  logInterview,
  requestInterviewAttachmentUpload,
} from '../core/use-cases/interviews.ts';
import { submitLetterOfIntent } from '../core/use-cases/letters.ts';
import { checkCertificate, publishedDocumentUrl } from '../core/use-cases/public-certificates.ts';
import {
  documentDownloadUrl,
  getPilotDetail,
  latestScore,
  listPilots,
  submissionResults,
  templateDownloadUrl,
  visiblePilot,
} from '../core/use-cases/queries.ts';
import type { CommandResult } from '../core/use-cases/run-command.ts';
import { attachSignedLetter, requestSignedLetterUpload } from '../core/use-cases/signed-letter.ts';
import { currentTargets, publishTargets, targetsVersion } from '../core/use-cases/targets.ts';
import { requestSubmissionUpload } from '../core/use-cases/uploads.ts';
import {
  answerQuery,
  evidenceDownloadUrl,
  listTasks,
  requestEvidenceUpload,
  submissionChanges,
  submitConclusion,
  verifierCandidates,
} from '../core/use-cases/verification.ts';
import { assignVerifier, listVerifiers, registerVerifier } from '../core/use-cases/verifiers.ts';
import { errorResponse } from './errors.ts';
import { API_BASE_PATH, publicApiPaths } from './public-routes.ts';

export type Authenticate = (request: Request, env: unknown) => Promise<Actor>;

type Env = { Variables: { actor: Actor } };

export const MAX_JSON_BODY_BYTES = 1024 * 1024;

const listQuery = z.object({
  stage: stageSchema.optional(),
  verifierId: z.string().optional(),
  cityId: z.string().optional(),
  dueBefore: z.iso.datetime({ offset: true }).optional(),
});

/** Routes whose body is a lifecycle command's payload. */
const commandRoutes: Record<string, CommandName | ((body: { decision?: string }) => CommandName)> = {
  'letter-decision': (b) => (b.decision === 'decline' ? 'declineLetter' : 'acceptLetter'),
  'verification-response': (b) => (b.decision === 'decline' ? 'declineAssignment' : 'acceptAssignment'),
  'verification-mode': 'chooseVerificationMode',
  reviews: 'reviewDataPoints',
  queries: 'raiseQuery',
  'submission-return': 'returnSubmission',
  'conclusion-decision': (b) => (b.decision === 'return' ? 'returnConclusion' : 'approveConclusion'),
  'dataset-unlock': 'unlockDataset',
  'publication-consent': 'setPublicationConsent',
  'certificate-revocation': 'revokeCertificate',
  certification: 'requestCertification',
  withdrawal: 'withdraw',
  deadline: 'extendDeadline',
  'stage-retry': 'retryStage',
};

const decisions: Record<string, readonly string[]> = {
  'letter-decision': ['accept', 'decline'],
  'verification-response': ['accept', 'decline'],
  'conclusion-decision': ['approve', 'return'],
};

async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const text = await request.text();
  if (!text.trim()) return {};
  const body = JSON.parse(text) as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new InvalidRequestError('The request body must be a JSON object');
  }
  return body as Record<string, unknown>;
}

/** What every decision route answers: the pilot after the decision, and whether it repeated the last one. */
const decided = (c: Context<Env>, result: CommandResult) =>
  c.json({ pilot: result.pilot, repeated: result.repeated });

type PilotUseCase<T> = (deps: CoreDeps, actor: Actor, pilotId: string, body: unknown) => Promise<T>;

export function createApi(deps: CoreDeps, authenticate: Authenticate) {
  /** A route whose use case takes the pilot and the JSON body and records one decision. */
  const decisionRoute = (useCase: PilotUseCase<CommandResult>) => async (c: Context<Env>) =>
    decided(c, await useCase(deps, c.get('actor'), c.req.param('id') ?? '', await jsonBody(c.req.raw)));
  /** A route that issues a presigned POST for a file a later decision will name. */
  const uploadLinkRoute = (useCase: PilotUseCase<object>) => async (c: Context<Env>) =>
    c.json(await useCase(deps, c.get('actor'), c.req.param('id') ?? '', await jsonBody(c.req.raw)), 201);

  const app = new Hono<Env>().basePath(API_BASE_PATH);
  app.onError((error, c) => errorResponse(c, error, deps.logger));
  // Files never pass through the API (they go to storage by presigned POST), so no JSON body needs more than this.
  app.use(
    '*',
    bodyLimit({
      maxSize: MAX_JSON_BODY_BYTES,
      onError: (c) =>
        c.json(
          {
            error: {
              code: 'payload_too_large',
              message: `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024} KB; files are uploaded through their upload links, not the API`,
            },
          },
          413,
        ),
    }),
  );
  app.notFound((c) =>
    c.json({ error: { code: 'not_found', message: `No route ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.get(publicApiPaths.health, (c) => c.json({ status: 'ok', time: deps.clock.now().toISOString() }));

  // Public: what the QR code on a certificate opens. No token, and only what the city consented to publish.
  app.get(publicApiPaths.certificate, async (c) =>
    c.json(await checkCertificate(deps, c.req.param('number'), c.req.query('hash'))),
  );
  app.get(publicApiPaths.certificateDocument, async (c) =>
    c.json({
      url: await publishedDocumentUrl(
        deps,
        c.req.param('number'),
        c.req.param('document'),
        c.req.query('language'),
      ),
    }),
  );

  app.use('*', async (c, next) => {
    c.set('actor', await authenticate(c.req.raw, c.env));
    await next();
  });

  app.get('/me', (c) => c.json({ actor: c.get('actor') }));

  app.get('/pilots', async (c) => {
    const query = listQuery.safeParse(c.req.query());
    if (!query.success) throw new InvalidRequestError('Invalid filter', { issues: query.error.issues });
    return c.json({ pilots: await listPilots(deps, c.get('actor'), query.data) });
  });

  app.post('/pilots', async (c) => {
    const pilot = await submitLetterOfIntent(deps, c.get('actor'), await jsonBody(c.req.raw));
    return c.json({ pilot }, 201);
  });

  app.get('/pilots/:id', async (c) => c.json(await getPilotDetail(deps, c.get('actor'), c.req.param('id'))));

  app.post('/pilots/:id/uploads', async (c) =>
    c.json(await requestSubmissionUpload(deps, c.get('actor'), c.req.param('id')), 201),
  );

  app.post('/pilots/:id/signed-letter-uploads', uploadLinkRoute(requestSignedLetterUpload));
  app.post('/pilots/:id/signed-letter', decisionRoute(attachSignedLetter));

  app.get('/pilots/:id/template', async (c) =>
    c.json({ url: await templateDownloadUrl(deps, c.get('actor'), c.req.param('id')) }),
  );

  app.get('/pilots/:id/documents', async (c) => {
    const key = c.req.query('key');
    if (!key) throw new InvalidRequestError('Give the document key as ?key=');
    return c.json({ url: await documentDownloadUrl(deps, c.get('actor'), c.req.param('id'), key) });
  });

  app.get('/pilots/:id/submissions/:version', async (c) => {
    const version = z.coerce.number().int().positive().safeParse(c.req.param('version'));
    if (!version.success) throw new InvalidRequestError('The version must be a positive whole number');
    return c.json(await submissionResults(deps, c.get('actor'), c.req.param('id'), version.data));
  });

  app.post('/pilots/:id/verifier-assignment', async (c) => {
    assertMayIssue(
      await visiblePilot(deps, c.get('actor'), c.req.param('id')),
      'assignVerifier',
      c.get('actor'),
    );
    return decided(
      c,
      await assignVerifier(deps, c.get('actor'), c.req.param('id'), await jsonBody(c.req.raw)),
    );
  });

  app.get('/pilots/:id/candidates', async (c) =>
    c.json({ candidates: await verifierCandidates(deps, c.get('actor'), c.req.param('id')) }),
  );

  app.post('/pilots/:id/conclusion', decisionRoute(submitConclusion));

  app.post('/pilots/:id/queries/:queryId/evidence-uploads', async (c) =>
    c.json(
      await requestEvidenceUpload(
        deps,
        c.get('actor'),
        c.req.param('id'),
        c.req.param('queryId'),
        await jsonBody(c.req.raw),
      ),
      201,
    ),
  );

  app.post('/pilots/:id/queries/:queryId/answer', async (c) => {
    const { id, queryId } = c.req.param();
    return decided(c, await answerQuery(deps, c.get('actor'), id, queryId, await jsonBody(c.req.raw)));
  });

  app.post('/pilots/:id/queries/:queryId/close', async (c) => {
    const { id, queryId } = c.req.param();
    assertMayIssue(await visiblePilot(deps, c.get('actor'), id), 'closeQuery', c.get('actor'));
    const payload = { ...(await jsonBody(c.req.raw)), queryId };
    const result = await decideOnPilot(deps, {
      pilotId: id,
      command: 'closeQuery',
      payload,
      actor: c.get('actor'),
    });
    return decided(c, result);
  });

  app.post('/pilots/:id/interviews', decisionRoute(logInterview));
  app.post('/pilots/:id/interview-attachment-uploads', uploadLinkRoute(requestInterviewAttachmentUpload));
  app.get('/pilots/:id/interview-attachments/:uploadId', async (c) =>
    c.json({
      url: await interviewAttachmentUrl(deps, c.get('actor'), c.req.param('id'), c.req.param('uploadId')),
    }),
  );

  app.get('/pilots/:id/score', async (c) =>
    c.json(await latestScore(deps, c.get('actor'), c.req.param('id'))),
  );

  app.get('/pilots/:id/queries/:queryId/evidence/:uploadId', async (c) => {
    const { id, queryId, uploadId } = c.req.param();
    return c.json({ url: await evidenceDownloadUrl(deps, c.get('actor'), id, queryId, uploadId) });
  });

  app.get('/pilots/:id/submissions/:version/changes', async (c) => {
    const versions = z
      .object({ version: z.coerce.number().int().positive(), from: z.coerce.number().int().positive() })
      .safeParse({ version: c.req.param('version'), from: c.req.query('from') });
    if (!versions.success)
      throw new InvalidRequestError(
        'Give two positive versions: /submissions/<version>/changes?from=<version>',
      );
    const { version, from } = versions.data;
    return c.json(await submissionChanges(deps, c.get('actor'), c.req.param('id'), from, version));
  });

  app.get('/targets', async (c) => c.json({ targets: await currentTargets(deps) }));
  app.get('/targets/:version', async (c) => {
    const version = z.coerce.number().int().positive().safeParse(c.req.param('version'));
    if (!version.success) throw new InvalidRequestError('The version must be a positive whole number');
    return c.json({ targets: await targetsVersion(deps, version.data) });
  });
  app.post('/targets', async (c) =>
    c.json(await publishTargets(deps, c.get('actor'), await jsonBody(c.req.raw)), 201),
  );

  app.get('/tasks', async (c) => c.json({ tasks: await listTasks(deps, c.get('actor')) }));

  app.post('/pilots/:id/:action', async (c) => {
    const action = c.req.param('action');
    const route = commandRoutes[action];
    if (!route) return c.json({ error: { code: 'not_found', message: `No action "${action}"` } }, 404);
    const { decision, ...payload } = await jsonBody(c.req.raw);
    const allowed = decisions[action];
    // Both commands behind a decision route share their actors, so a forbidden caller gets 403 before any 400.
    const anyCommand = typeof route === 'function' ? route({}) : route;
    assertMayIssue(await visiblePilot(deps, c.get('actor'), c.req.param('id')), anyCommand, c.get('actor'));
    if (allowed && !allowed.includes(String(decision))) {
      throw new InvalidRequestError(`"decision" must be one of: ${allowed.join(', ')}`);
    }
    const command = typeof route === 'function' ? route({ decision: String(decision) }) : route;
    const result = await decideOnPilot(deps, {
      pilotId: c.req.param('id'),
      command,
      payload,
      actor: c.get('actor'),
    });
    return decided(c, result);
  });

  app.get('/verifiers', async (c) => c.json({ verifiers: await listVerifiers(deps, c.get('actor')) }));
  app.post('/verifiers', async (c) =>
    c.json({ verifier: await registerVerifier(deps, c.get('actor'), await jsonBody(c.req.raw)) }, 201),
  );

  return app;
}
