import { describe, expect, it } from 'vitest';
import { configFromEnv, defaultValidationSlots } from '../../../local/config.ts';

const GB = 1024 ** 3;

describe('the embedded runtime’s validation slots', () => {
  it('default to two on a machine with cores and memory to spare: more would add memory, not speed', () => {
    expect(defaultValidationSlots(16, 64 * GB)).toBe(2);
  });

  it('drop to one on a single core or with little memory', () => {
    expect(defaultValidationSlots(1, 64 * GB)).toBe(1);
    expect(defaultValidationSlots(8, 3 * GB)).toBe(1);
  });

  it('are read from U4SSC_VALIDATION_SLOTS, and a nonsense value is refused', () => {
    expect(configFromEnv({ U4SSC_VALIDATION_SLOTS: '3' }).validationSlots).toBe(3);
    expect(() => configFromEnv({ U4SSC_VALIDATION_SLOTS: '0' })).toThrow();
  });
});
