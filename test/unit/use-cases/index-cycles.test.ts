// Choosing the cycles an index edition is composed from: each city's latest by default, or the secretariat's picks.
import { describe, expect, it } from 'vitest';
import { ForbiddenTransitionError, InvalidRequestError } from '../../../core/errors.ts';
import { chosenCyclesSchema, pickCycles } from '../../../core/use-cases/index-cycles.ts';

const cycle = (pilotId: string, cityId: string, issuedAt: string) => ({
  pilotId,
  cityId,
  cityName: cityId[0]!.toUpperCase() + cityId.slice(1),
  certificate: { issuedAt },
});
const standing = [
  cycle('pa1', 'aurora', '2026-01-10T00:00:00.000Z'),
  cycle('pa2', 'aurora', '2027-01-10T00:00:00.000Z'),
  cycle('pb1', 'borealis', '2026-06-01T00:00:00.000Z'),
];
const ids = (cycles: { pilotId: string }[]) => cycles.map((c) => c.pilotId).sort();

describe('the cycles of an index edition', () => {
  it("take each city's latest standing certificate when the secretariat does not choose", () => {
    expect(ids(pickCycles(standing))).toEqual(['pa2', 'pb1']);
  });

  it('take exactly the cycles chosen, an older cycle or a subset of cities included', () => {
    expect(ids(pickCycles(standing, ['pa1']))).toEqual(['pa1']);
    expect(ids(pickCycles(standing, ['pb1', 'pa1']))).toEqual(['pa1', 'pb1']);
  });

  it('refuse two cycles of one city, naming the city and both cycles', () => {
    const choose = () => pickCycles(standing, ['pa1', 'pa2']);

    expect(choose).toThrow(InvalidRequestError);
    expect(choose).toThrow('Aurora is chosen twice (pa1 and pa2)');
  });

  it('refuse a pilot that is not a standing certified cycle, naming it', () => {
    expect(() => pickCycles(standing, ['pb1', 'pz9'])).toThrow(ForbiddenTransitionError);
    expect(() => pickCycles(standing, ['pb1', 'pz9'])).toThrow('pz9');
  });

  it('refuse an empty or repeated choice at the boundary', () => {
    expect(chosenCyclesSchema.safeParse([]).success).toBe(false);
    expect(chosenCyclesSchema.safeParse(['pa1', 'pa1']).success).toBe(false);
    expect(chosenCyclesSchema.safeParse(['pa1', 'pb1']).success).toBe(true);
  });
});
