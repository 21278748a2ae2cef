// The one check of a self-assessment answer, shared by the Maturity sheet and the web form: the answer as typed and
// its evidence become an entry, with the problems found (an unreadable answer is an error, gaps in it warnings).
import { maturityAnswerFromCell, maturityListValues } from '../template/lists.ts';
import type { maturityCharacteristics } from '../template/maturity.ts';
import type { MaturityAnswer, MaturityEntry } from './answers.ts';

type Characteristic = (typeof maturityCharacteristics)[number];

export const maxEvidence = 2000;
const choices = maturityListValues.map(String);

export interface AnswerProblem {
  severity: 'error' | 'warning';
  rule: 'maturity.level-invalid' | 'maturity.level-missing' | 'maturity.evidence-missing';
  /** The part of the answer it is about: the sheet points at that cell, the form at that field. */
  field: 'level' | 'evidence';
  message: { en: string; zh: string };
}

export function checkMaturityAnswer(
  characteristic: Characteristic,
  typedLevel: string,
  typedEvidence: string,
): { entry: MaturityEntry; problems: AnswerProblem[] } {
  const typed = typedLevel.normalize('NFKC').trim();
  const evidence = typedEvidence.trim().slice(0, maxEvidence);
  const problems: AnswerProblem[] = [];
  let answer: MaturityAnswer = { kind: 'unanswered' };
  if (typed === '') {
    problems.push({
      severity: 'warning',
      rule: 'maturity.level-missing',
      field: 'level',
      message: {
        en: `${characteristic.nameEn} has no answer: choose a level 1-4, Not addressed or Cannot assess from the dropdown.`,
        zh: `"${characteristic.nameZh}"尚未作答：请从下拉列表中选择 1-4 级、"未涉及"或"无法评估"。`,
      },
    });
  } else {
    const read = maturityAnswerFromCell(typed);
    if (read) answer = read;
    else {
      problems.push({
        severity: 'error',
        rule: 'maturity.level-invalid',
        field: 'level',
        message: {
          en: `"${typed.slice(0, 40)}" is not a maturity answer for ${characteristic.nameEn}: choose ${choices.join(', ')} from the dropdown.`,
          zh: `"${typed.slice(0, 40)}"不是"${characteristic.nameZh}"的成熟度答案：请从下拉列表中选择 ${choices.join('、')}。`,
        },
      });
    }
  }
  if (answer.kind === 'level' && evidence === '') {
    problems.push({
      severity: 'warning',
      rule: 'maturity.evidence-missing',
      field: 'evidence',
      message: {
        en: `${characteristic.nameEn} is rated level ${answer.level} without evidence: describe what shows the city is at that level.`,
        zh: `"${characteristic.nameZh}"评为第 ${answer.level} 级但没有佐证：请说明哪些事实表明城市达到该等级。`,
      },
    });
  }
  return {
    entry: { characteristicId: characteristic.id, answer, ...(evidence ? { evidence } : {}) },
    problems,
  };
}
