// What every role's action panel receives from the pilot page.
import type { CommandName, PilotDetail } from '../../api/types.ts';

export interface ActionProps {
  detail: PilotDetail;
  /** Whether the caller may issue the command now (allowed by the stage and no automated step running). */
  can: (command: CommandName) => boolean;
  /** Posts to /pilots/:id/<path> and reloads the pilot. */
  act: (path: string, body: object) => Promise<void>;
  /** Keeps polling until the pilot records its next event. */
  watchForChange: () => void;
}
