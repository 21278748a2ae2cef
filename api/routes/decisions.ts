// One POST route per human decision, generated from core's decision table, so a new decision is routed and
// documented by adding it there.
import * as z from 'zod';
import { commands } from '../../core/lifecycle/commands.ts';
import {
  commandsOf,
  decideOnPilot,
  requestSchemaOf,
} from '../../core/use-cases/decisions/decide-on-pilot.ts';
import type { DecisionDefinition } from '../../core/use-cases/decisions/definition.ts';
import { type DecisionName, decisionNames, decisions } from '../../core/use-cases/decisions/table.ts';
import { decisionResponse, toPilotView } from '../responses.ts';
import { idParam, route } from '../route.ts';

/** Decisions about one query live under it; every other decision is named after the pilot. */
const pathOf: Partial<Record<DecisionName, string>> = {
  'query-answer': '/pilots/:id/queries/:queryId/answer',
  'query-close': '/pilots/:id/queries/:queryId/close',
};

export const decisionRoutes = decisionNames.map((name) => {
  const definition: DecisionDefinition = decisions[name];
  const path = pathOf[name] ?? `/pilots/:id/${name}`;
  const describe = commandsOf(definition).map((c) => commands[c].describe);
  return route({
    method: 'post',
    path,
    summary: describe.join(' or '),
    tag: 'decisions',
    params: path.includes(':queryId')
      ? z.object({ id: idParam, queryId: idParam })
      : z.object({ id: idParam }),
    body: requestSchemaOf(definition),
    response: decisionResponse,
    handle: async ({ deps, actor, params, body }) => {
      const { queryId } = params as { id: string; queryId?: string };
      const result = await decideOnPilot(deps, actor, {
        pilotId: params.id,
        decision: name,
        body,
        params: { queryId },
      });
      return { pilot: toPilotView(result.pilot, actor), repeated: result.repeated };
    },
  });
});
