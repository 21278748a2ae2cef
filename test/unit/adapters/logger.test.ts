// Correlation keys live in the async context of the work they belong to: on every line of it, on no other.
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/aws/logger.ts';
import { captureLogLines } from '../../support/log-lines.ts';

const lines = captureLogLines();
const logger = createLogger('test');
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('logger correlation keys', () => {
  it('puts the keys on every line of the work, however deep, merged over an enclosing scope', async () => {
    await logger.withKeys({ pilotId: 'p1' }, async () => {
      logger.info('outer');
      await logger.withKeys({ executionName: 'p1-run-1' }, async () => {
        await tick();
        logger.warn('inner', { step: 2 });
      });
      logger.error('outer again');
    });

    expect(
      lines.map(({ message, pilotId, executionName, step }) => ({
        message,
        pilotId,
        executionName,
        step,
      })),
    ).toEqual([
      { message: 'outer', pilotId: 'p1', executionName: undefined, step: undefined },
      { message: 'inner', pilotId: 'p1', executionName: 'p1-run-1', step: 2 },
      { message: 'outer again', pilotId: 'p1', executionName: undefined, step: undefined },
    ]);
  });

  it('keeps concurrent work apart and leaves nothing behind', async () => {
    const work = (pilotId: string) =>
      logger.withKeys({ pilotId }, async () => {
        for (let i = 0; i < 3; i++) {
          logger.info(`work of ${pilotId}`);
          await tick();
        }
      });

    await Promise.all([work('p1'), work('p2')]);
    logger.info('afterwards');

    for (const line of lines.slice(0, -1)) expect(line.message).toBe(`work of ${line.pilotId}`);
    expect(lines).toHaveLength(7);
    expect(lines.at(-1)).not.toHaveProperty('pilotId');
  });

  it('does not let an absent key hide the enclosing one', async () => {
    await logger.withKeys({ pilotId: 'p1' }, () =>
      logger.withKeys({ pilotId: undefined, executionName: 'x' }, async () => logger.info('line')),
    );

    expect(lines[0]).toMatchObject({ pilotId: 'p1', executionName: 'x' });
  });
});
