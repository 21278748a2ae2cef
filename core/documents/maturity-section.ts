// The maturity profile as a document section (snapshot, report, factsheet): a chart of the levels, the gaps that
// hold the programme back and the next step per characteristic, in one language.
import type { MaturityProfile } from '../maturity/profile.ts';
import { maturityLevels, maturityNonLevels } from '../template/lists.ts';
import { barSvg, placeSvg } from './charts.ts';
import { bandColours, bullets, ensureSpace, heading, palette, paragraph, table } from './layout.ts';
import { formatDate, type Language, pick } from './locale.ts';
import type { Pdf } from './pdf.ts';

type Answer = MaturityProfile['characteristics'][number]['answer'];

const text = {
  en: {
    title: 'Smart-city maturity (self-assessment)',
    source: (date: string) =>
      `The city's own assessment on the EU-China smart-city maturity framework, of ${date}; it is not verified.`,
    spread: (spread: number | null) =>
      spread === null
        ? 'Too few characteristics have a level to measure a spread.'
        : `Spread between the most and the least advanced characteristic: ${spread} levels.`,
    gaps: 'Gaps that hold the programme back',
    noGaps: 'No characteristic lags the others by two levels or more.',
    characteristic: 'Characteristic',
    answer: 'Self-assessment',
    nextStep: 'Your next step',
    unanswered: 'Not answered',
    levelAxis: 'Level {value}',
  },
  zh: {
    title: '智慧城市成熟度（自评）',
    source: (date: string) => `城市依据中欧智慧城市成熟度框架所作的自评（${date}），未经核查。`,
    spread: (spread: number | null) =>
      spread === null ? '有等级的特征过少，无法计算差距。' : `最先进与最落后特征之间相差 ${spread} 个等级。`,
    gaps: '拖累整体的差距',
    noGaps: '没有特征落后其他特征两个等级或以上。',
    characteristic: '特征',
    answer: '自评',
    nextStep: '下一步',
    unanswered: '未作答',
    levelAxis: '第 {value} 级',
  },
} satisfies Record<Language, unknown>;

export function answerText(answer: Answer, language: Language): string {
  if (answer.kind === 'level') {
    const level = maturityLevels.find((candidate) => candidate.level === answer.level)!;
    return `${level.level} ${pick(level, language)}`;
  }
  if (answer.kind === 'unanswered') return text[language].unanswered;
  return pick(maturityNonLevels.find((other) => other.id === answer.kind)!, language);
}

/** Levels 1-4 drawn in the band colours (4 the most mature); an answer without a level is an empty bar. */
const levelColour = (answer: Answer) => (answer.kind === 'level' ? bandColours[answer.level] : palette.muted);

export function maturitySection(
  doc: Pdf,
  profile: MaturityProfile & { assessedAt: string },
  language: Language,
): void {
  const t = text[language];
  heading(doc, t.title);
  paragraph(doc, t.source(formatDate(profile.assessedAt, language)), { size: 8.5, colour: palette.muted });
  const bars = profile.characteristics.map((c) => ({
    name: pick(c.name, language),
    value: c.answer.kind === 'level' ? c.answer.level : 0,
    label: answerText(c.answer, language),
    colour: levelColour(c.answer),
  }));
  const size = { width: 495, height: 22 * bars.length + 40 };
  ensureSpace(doc, size.height);
  placeSvg(doc, barSvg(bars, size, { max: 4, formatter: t.levelAxis }), 50, doc.y, size);
  doc.y += size.height + 4;
  paragraph(doc, t.spread(profile.spread));
  heading(doc, t.gaps, 2);
  bullets(
    doc,
    profile.gaps.map((gap) => pick(gap.message, language)),
    t.noGaps,
  );
  table(
    doc,
    [
      { header: t.characteristic, width: 0.22 },
      { header: t.answer, width: 0.2 },
      { header: t.nextStep, width: 0.58 },
    ],
    profile.characteristics.map((c) => [
      pick(c.name, language),
      answerText(c.answer, language),
      pick(c.nextStep, language),
    ]),
  );
}
