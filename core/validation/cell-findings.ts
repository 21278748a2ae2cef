// The findings a single input cell can raise while it is read: unreadable content and numbers typed unusually.

import type { FindingList, Location, Message } from './findings.ts';
import type { CellReading, NumberNote } from './read-cell.ts';

type Invalid = Extract<CellReading, { kind: 'invalid' }>;

const invalidMessages: Record<Invalid['problem'], (text: string) => Message> = {
  not_a_number: (text) => ({
    en: `"${text}" is not a number. Type digits only, e.g. 1234.5.`,
    zh: `"${text}"不是数值。请只填写数字，例如 1234.5。`,
  }),
  ambiguous: (text) => ({
    en: `"${text}" is ambiguous: the comma may separate thousands or decimals. Type the number without separators.`,
    zh: `"${text}"有歧义：逗号可能是千位分隔符或小数点。请填写不带分隔符的数字。`,
  }),
  not_finite: (text) => ({
    en: `"${text}" is too large to be a number (it is not finite). Type the actual value in digits, e.g. 1234.5.`,
    zh: `"${text}"数值过大，无法作为有限数值。请用数字填写实际数值，例如 1234.5。`,
  }),
  formula_error: (text) => ({
    en: `The formula in this cell gives the error ${text}. Type the value instead.`,
    zh: `该单元格的公式返回错误 ${text}。请直接填写数值。`,
  }),
  no_result: () => ({
    en: 'This cell holds a formula without a saved result. Type the value instead.',
    zh: '该单元格包含未保存计算结果的公式。请直接填写数值。',
  }),
};

const invalidRules: Record<Invalid['problem'], string> = {
  not_a_number: 'value.not-a-number',
  ambiguous: 'value.ambiguous-number',
  not_finite: 'value.not-finite',
  formula_error: 'value.formula-error',
  no_result: 'value.formula-without-result',
};

type NoteFinding = { rule: string; message: Message; severity?: 'error' };

const noteFindings: Record<NumberNote, (value: number) => NoteFinding> = {
  // An error, not a warning: the template's formulas skip text (ISNUMBER), so the city's sheet shows NR where the
  // server would read a value, and a score must never differ from what the city's sheet shows.
  text: (value) => ({
    rule: 'value.text-number',
    severity: 'error',
    message: {
      en: `The number was typed as text (it reads as ${value}), so the template's formulas skip it and the Result shows NR. Retype it as a number.`,
      zh: `该数字以文本形式填写（内容为 ${value}），模板公式不会计算它，结果显示为 NR。请重新以数字形式填写。`,
    },
  }),
  percent: (value) => ({
    rule: 'value.percent-sign',
    message: {
      en: `A percentage was typed; it was read as ${value}. Inputs are counts or amounts, the template computes the percentage.`,
      zh: `填写了百分数，已读取为 ${value}。输入应为数量或金额，百分比由模板计算。`,
    },
  }),
  formula: (value) => ({
    rule: 'value.formula',
    message: {
      en: `A formula was entered; its saved result ${value} was used. Please type the value.`,
      zh: `填写了公式，已使用其保存的结果 ${value}。请直接填写数值。`,
    },
  }),
};

/** Reports what reading a number cell revealed; returns the number, or null when the cell is empty or unreadable. */
export function reportReading(reading: CellReading, at: Location, findings: FindingList): number | null {
  if (reading.kind === 'empty') return null;
  if (reading.kind === 'invalid') {
    findings.error(invalidRules[reading.problem], invalidMessages[reading.problem](reading.text), at);
    return null;
  }
  for (const note of reading.notes) {
    const { rule, message, severity = 'warning' } = noteFindings[note](reading.value);
    findings.add(severity, rule, message, at);
  }
  return reading.value;
}
