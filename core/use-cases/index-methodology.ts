// The index methodology table: the version in force, older versions, and new versions published by the secretariat.
import {
  defaultIndexMethodology,
  indexMethodologyRequestSchema,
  validateMethodology,
} from '../index/methodology.ts';
import { programmeTableUseCases } from './programme-tables.ts';

const methodology = programmeTableUseCases({
  kind: 'indexMethodology',
  name: 'index methodology',
  defaults: defaultIndexMethodology,
  request: indexMethodologyRequestSchema,
  validate: (candidate, current) => validateMethodology(candidate, current),
});

export const currentIndexMethodology = methodology.current;
export const indexMethodologyVersion = methodology.version;
export const publishIndexMethodology = methodology.publish;
