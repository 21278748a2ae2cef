// The programme's versioned texts a person accepts: the terms of participation (Annex 1) a city accepts with its
// letter of intent, and the confidentiality undertaking a verifier signs when accepting an appointment.
import * as z from 'zod';

export const localizedTextSchema = z.object({ en: z.string(), zh: z.string() });
export const termsSectionSchema = z.object({
  title: localizedTextSchema,
  points: z.array(localizedTextSchema),
});
export const programmeTextSchema = z.object({
  version: z.string(),
  sections: z.array(termsSectionSchema),
});
export type ProgrammeText = z.infer<typeof programmeTextSchema>;

const text = (en: string, zh: string) => ({ en, zh });

/** Annex 1, in the project's own words; a new version is a new entry, and new letters accept the newest. */
export const PARTICIPATION_TERMS: ProgrammeText = {
  version: '2026-1',
  sections: [
    {
      title: text('Eligibility', '参与资格'),
      points: [
        text(
          'The city has a strong interest in becoming a smart sustainable city.',
          '城市对成为可持续智慧城市有浓厚兴趣。',
        ),
        text(
          'The city commits to contribute its data and the lessons it learns to the global Smart Sustainable Cities Index.',
          '城市承诺将其数据和经验教训贡献给全球可持续智慧城市指数。',
        ),
      ],
    },
    {
      title: text('What the city does', '城市的责任'),
      points: [
        text(
          'It collects the data in the template the secretariat issues, in 3 to 6 months, optionally with a qualified consultant; the final date is agreed between the city, ITU/UNECE/UN-Habitat and the verifier.',
          '城市在秘书处提供的模板中收集数据，期限为3至6个月，可请具备资格的顾问协助；最终提交日期由城市、国际电联/欧洲经委会/人居署和核实人员商定。',
        ),
        text('It chooses on-site or remote verification.', '城市选择现场核实或远程核实。'),
        text(
          'It funds its own participation and pays the verifier’s fee and, for on-site verification, the verifier’s travel, lodging and per diem.',
          '城市自筹参与经费，并支付核实人员的费用；如为现场核实，还须支付核实人员的差旅、住宿和每日津贴。',
        ),
      ],
    },
    {
      title: text('What the secretariat does', '秘书处的责任'),
      points: [
        text(
          'It keeps the city informed of the process throughout the project.',
          '秘书处在整个项目期间让城市充分了解流程。',
        ),
        text(
          'It appoints a competent external verifier and a staff member who supervises the verification.',
          '秘书处任命一名胜任的外部核实人员，并指定一名工作人员监督核实工作。',
        ),
      ],
    },
    {
      title: text('Confidentiality and publication', '保密与发布'),
      points: [
        text(
          'The verifier and the secretariat keep all information about the project confidential.',
          '核实人员和秘书处对项目的所有信息保密。',
        ),
        text(
          'The city’s verification report is published only if the city decides so.',
          '城市的核实报告仅在城市决定时才发布。',
        ),
      ],
    },
    {
      title: text('Intellectual property', '知识产权'),
      points: [
        text(
          'Material published from the project is the intellectual property of the city and of ITU, UNECE and UN-Habitat.',
          '基于项目发布的材料是参与城市及国际电联、欧洲经委会和人居署的知识产权。',
        ),
      ],
    },
  ],
};

/** What the verifier undertakes when accepting an appointment; versioned like the terms. */
export const CONFIDENTIALITY_UNDERTAKING: ProgrammeText = {
  version: '2026-1',
  sections: [
    {
      title: text('Confidentiality undertaking', '保密承诺'),
      points: [
        text(
          'I keep confidential all information I receive about the city and its data, during the verification and after it.',
          '我对在核实期间及之后获得的有关城市及其数据的所有信息保密。',
        ),
        text(
          'I use it only to verify this city’s data, and I share it only with the city and the U4SSC secretariat.',
          '我仅为核实本城市数据而使用这些信息，且只与该城市和U4SSC秘书处分享。',
        ),
        text(
          'I do not publish anything about the verification; its report is published only if the city decides so.',
          '我不发布有关核实的任何内容；核实报告仅在城市决定时才发布。',
        ),
      ],
    },
  ],
};

/** How a letter records its acceptance of the terms; who and when are the submission event's actor and time. */
export const termsAcceptanceSchema = z.object({
  version: z.string(),
  accepted: z.literal(true),
  indexCommitment: z.literal(true),
});

const acceptTermsMessage = `Accept the programme terms (Annex 1, version ${PARTICIPATION_TERMS.version}), including the commitment to contribute to the global index`;

/** What a new letter must carry: the acceptance of the terms in force, each part confirmed. */
export const termsAcceptanceInputSchema = z.strictObject(
  {
    version: z.literal(
      PARTICIPATION_TERMS.version,
      `The terms in force are version ${PARTICIPATION_TERMS.version}; read and accept them`,
    ),
    accepted: z.literal(true, acceptTermsMessage),
    indexCommitment: z.literal(
      true,
      'Commit to contribute the city’s data and lessons learned to the global Smart Sustainable Cities Index',
    ),
  },
  { error: acceptTermsMessage },
);

/** The undertaking as recorded on the verifier's acceptance. */
export const undertakingSchema = z.object({ version: z.string(), accepted: z.literal(true) });

const signUndertakingMessage = `Sign the confidentiality undertaking (version ${CONFIDENTIALITY_UNDERTAKING.version}) to accept the appointment, or decline it`;

export const undertakingInputSchema = z.strictObject(
  {
    version: z.literal(
      CONFIDENTIALITY_UNDERTAKING.version,
      `The confidentiality undertaking in force is version ${CONFIDENTIALITY_UNDERTAKING.version}; read and sign it`,
    ),
    accepted: z.literal(true, signUndertakingMessage),
  },
  { error: signUndertakingMessage },
);
