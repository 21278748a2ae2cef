// The staff directory: the version in force, older versions, and the next one the secretariat publishes; names and
// e-mail addresses of staff, so only the secretariat reads it.
import type { Actor } from '../actors.ts';
import { ForbiddenError } from '../errors.ts';
import {
  emptyStaffDirectory,
  type StaffDirectory,
  staffDirectoryRequestSchema,
  staffDirectorySchema,
} from '../verification/staff-directory.ts';
import type { CoreDeps } from './deps.ts';
import { checkedBySchema, programmeTableUseCases } from './programme-tables.ts';

const staff = programmeTableUseCases({
  kind: 'staff',
  name: 'staff directory',
  defaults: emptyStaffDirectory,
  request: staffDirectoryRequestSchema,
  validate: checkedBySchema(staffDirectorySchema),
});

/** The directory in force, as the domain reads it (to check a supervisor); no reader to check. */
export const currentStaffDirectory = staff.current;
export const publishStaffDirectory = staff.publish;

/** The directory in force, or one version of it, for a reader who must be of the secretariat. */
export function readStaffDirectory(
  deps: Pick<CoreDeps, 'tables'>,
  actor: Actor,
  version?: number,
): Promise<StaffDirectory> {
  if (actor.role !== 'secretariat')
    throw new ForbiddenError('Only the secretariat may read the staff directory');
  return version === undefined ? staff.current(deps) : staff.version(deps, version);
}
