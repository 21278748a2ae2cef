// Words the ranking's coded reasons in the interface language.
import type { RankReason } from '../../api/types.ts';
import type { Messages } from '../../i18n/en.ts';

export function translateReason(reason: RankReason, t: Messages): string {
  const r = t.candidates.reason;
  switch (reason.code) {
    case 'language':
      return r.language(reason.value);
    case 'region':
      return r.region(reason.value);
    case 'mode':
      return r.mode(reason.value);
    case 'load':
      return r.load(reason.value);
    case 'conflict':
      return r.conflict(reason.value);
    case 'previous':
      return r.previous(reason.value);
    default:
      return r[reason.code];
  }
}
