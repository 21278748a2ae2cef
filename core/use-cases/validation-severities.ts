// The severities of the configurable validation checks: the version in force, older versions, and new versions the
// secretariat publishes; the validation task applies the version in force to every upload.
import {
  defaultValidationSeverities,
  validationSeveritiesRequestSchema,
  validationSeveritiesSchema,
} from '../validation/severities.ts';
import { checkedBySchema, programmeTableUseCases } from './programme-tables.ts';

const severities = programmeTableUseCases({
  kind: 'validation',
  name: 'validation severities',
  defaults: defaultValidationSeverities,
  request: validationSeveritiesRequestSchema,
  validate: checkedBySchema(validationSeveritiesSchema),
});

export const currentValidationSeverities = severities.current;
export const validationSeveritiesVersion = severities.version;
export const publishValidationSeverities = severities.publish;
