// The verification modes as select options, in the interface language.
import type { Messages } from '../../i18n/en.ts';

export const modeOptions = (t: Messages) => [
  { value: 'remote', label: t.pilot.modes.remote },
  { value: 'onsite', label: t.pilot.modes.onsite },
];
