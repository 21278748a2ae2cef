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
  const normalize = (value: string) => value.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();
  const typed = normalize(text);
  return dataQualityOptions.find((option) =>
    [dataQualityCellValue(option), option.en, option.zh].some((choice) => normalize(choice) === typed),
  )?.id;
}

/** YES/NO answers are plain ASCII so that readers in any locale parse them the same way. */
export const yesNoOptions = ['YES', 'NO'] as const;

/** Maturity levels 1 (basic) to 4 (most mature). */
export const maturityLevels = [
  { level: 1, en: 'Basic', zh: '基础' },
  { level: 2, en: 'Intermediate', zh: '中级' },
  { level: 3, en: 'Advanced', zh: '高级' },
  { level: 4, en: 'Most mature', zh: '最成熟' },
] as const;
