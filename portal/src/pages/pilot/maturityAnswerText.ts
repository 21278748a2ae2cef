// How a maturity answer reads in the portal: the level with its name, or the answer that has no level.

import type { MaturityAnswer } from '../../../../core/maturity/answers.ts';
import { maturityLevels, maturityNonLevels } from '../../../../core/template/lists.ts';
import type { Messages } from '../../i18n/en.ts';
import type { Lang } from '../../i18n/I18nProvider.tsx';

export function maturityAnswerText(answer: MaturityAnswer, t: Messages, lang: Lang): string {
  if (answer.kind === 'level') {
    const level = maturityLevels.find((candidate) => candidate.level === answer.level)!;
    return `${level.level} ${level[lang]}`;
  }
  if (answer.kind === 'unanswered') return t.maturity.unanswered;
  return maturityNonLevels.find((other) => other.id === answer.kind)![lang];
}
