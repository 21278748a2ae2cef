// Dropdown choices of the template: data quality (the six U4SSC manual categories), YES/NO and maturity levels.

/** The six data-quality categories of the U4SSC verification manual; the cell value is `English / Chinese`. */
export const dataQualityOptions = [
  { id: 'accurate', en: 'Accurate measurements', zh: '准确测量' },
  { id: 'survey', en: 'Extrapolated from a survey of inhabitants', zh: '根据居民调查推算' },
  { id: 'higherLevel', en: 'Extrapolated from higher-level data', zh: '根据更高层级数据推算' },
  { id: 'assumptions', en: 'Estimation based on certain assumptions', zh: '基于特定假设的估算' },
  { id: 'personal', en: 'Personal estimation', zh: '个人估计' },
  { id: 'unknown', en: 'Unknown methodology, not traceable', zh: '方法不明，无法追溯' },
] as const;

export type DataQualityId = (typeof dataQualityOptions)[number]['id'];

export const dataQualityCellValue = (option: { en: string; zh: string }): string =>
  `${option.en} / ${option.zh}`;

/**
 * Maps a data-quality cell value back to its id; undefined when the cell holds something else. The English or the
 * Chinese half alone also counts (a city may paste one), whatever the case and spacing.
 */
export function dataQualityFromCell(text: string): DataQualityId | undefined {
  return bilingualChoiceOf(dataQualityOptions, text)?.id;
}

/** The option whose `English / Chinese` value, or either half alone, the text is, whatever the case and spacing. */
function bilingualChoiceOf<T extends { en: string; zh: string }>(
  options: readonly T[],
  text: string,
): T | undefined {
  const normalize = (value: string) => value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const typed = normalize(text);
  return options.find((option) =>
    [dataQualityCellValue(option), option.en, option.zh].some((choice) => normalize(choice) === typed),
  );
}

/** YES/NO answers are plain ASCII so that readers in any locale parse them the same way. */
export const yesNoOptions = ['YES', 'NO'] as const;

/** Maturity levels 1 (basic) to 4 (most mature); the dropdown enters the number. */
export const maturityLevels = [
  { level: 1, en: 'Basic', zh: '基础' },
  { level: 2, en: 'Intermediate', zh: '中级' },
  { level: 3, en: 'Advanced', zh: '高级' },
  { level: 4, en: 'Most mature', zh: '最成熟' },
] as const;

/** The answers besides a level that the white paper gives a characteristic (its Table 3); the dropdown enters `English / Chinese`. */
export const maturityNonLevels = [
  { id: 'notAddressed', en: 'Not addressed', zh: '未涉及' },
  { id: 'cannotAssess', en: 'Cannot assess', zh: '无法评估' },
] as const;

/** The Maturity dropdown's values, in list order: the four levels, then the answers without a level. */
export const maturityListValues: (number | string)[] = [
  ...maturityLevels.map((level) => level.level),
  ...maturityNonLevels.map(dataQualityCellValue),
];

export type MaturityCellAnswer =
  | { kind: 'level'; level: 1 | 2 | 3 | 4 }
  | { kind: (typeof maturityNonLevels)[number]['id'] };

/**
 * Reads a Maturity level cell: the number 1-4 (typed, or pasted as text), a level's name in either language, or one
 * of the answers without a level; undefined when it is anything else.
 */
export function maturityAnswerFromCell(text: string): MaturityCellAnswer | undefined {
  const typed = text.normalize('NFKC').trim();
  const level =
    maturityLevels.find((candidate) => String(candidate.level) === typed) ??
    bilingualChoiceOf(maturityLevels, typed);
  if (level) return { kind: 'level', level: level.level };
  const other = bilingualChoiceOf(maturityNonLevels, typed);
  return other ? { kind: other.id } : undefined;
}
