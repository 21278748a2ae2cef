// What each maturity level of each characteristic requires (EU-China white paper, summarised), in English and Chinese.
import type { maturityCharacteristics } from '../template/maturity.ts';

type CharacteristicId = (typeof maturityCharacteristics)[number]['id'];
interface Text {
  en: string;
  zh: string;
}

/** Index 0 is level 1 (basic) up to index 3, level 4 (most mature). */
export const levelDescriptions: Record<CharacteristicId, readonly [Text, Text, Text, Text]> = {
  strategy: [
    {
      en: 'State a smart-city vision linked to the overall city vision.',
      zh: '提出与城市总体愿景相衔接的智慧城市愿景。',
    },
    {
      en: 'Extend the vision to environment, energy, transport, waste, urban-rural cohesion and quality of life, with first smart-city KPIs and an ICT plan.',
      zh: '将愿景扩展到环境、能源、交通、废弃物、城乡统筹和生活质量，制定初步的智慧城市 KPI 和 ICT 规划。',
    },
    {
      en: 'Define clear, measurable smart-city KPIs in a smart-city strategy or city plan.',
      zh: '在智慧城市战略或城市规划中确定清晰、可衡量的智慧城市 KPI。',
    },
    {
      en: 'Benchmark the KPIs against international standards for all stakeholders and keep major technology trends in the city plan.',
      zh: '面向全部利益相关方按国际标准对标 KPI，并在城市规划中纳入主要技术趋势。',
    },
  ],
  stakeholders: [
    {
      en: 'Define the roles of and relations between the stakeholders.',
      zh: '明确各利益相关方的角色及相互关系。',
    },
    {
      en: 'Let citizens take a first, limited part in designing services.',
      zh: '让市民有限地参与服务设计。',
    },
    {
      en: 'Involve citizens in service design, for example through feedback loops.',
      zh: '让市民参与服务设计，例如建立反馈机制。',
    },
    {
      en: 'Engage through many channels (social apps, crowdsourcing, gamification), promote actively to stakeholders and train citizens to adopt new services.',
      zh: '通过多种渠道（社交应用、众包、游戏化）互动，积极向利益相关方推广，并培训市民使用新服务。',
    },
  ],
  governance: [
    {
      en: 'Govern the smart-city work within each department.',
      zh: '在各部门内部开展智慧城市治理。',
    },
    {
      en: 'Set up a cross-department structure that makes departments collaborate across the planning process.',
      zh: '建立跨部门机制，使各部门在规划全过程中协作。',
    },
    {
      en: 'Govern city-wide, with performance targets shared across departments.',
      zh: '实行全市统一治理，各部门共担绩效目标。',
    },
    {
      en: 'Involve stakeholders in decisions and make the city transparent and accountable to all of them.',
      zh: '让利益相关方参与决策，并建立对全部利益相关方透明、可问责的机制。',
    },
  ],
  funding: [
    {
      en: 'Fund pilots and monitor their spending.',
      zh: '为试点提供资金并监控其支出。',
    },
    {
      en: 'Make a funding plan to scale some pilots to full deployment.',
      zh: '制定资金计划，将部分试点推广到全面部署。',
    },
    {
      en: 'Secure the funds to scale some pilots and monitor all spending completely.',
      zh: '落实推广部分试点所需的资金，并全面监控支出。',
    },
    {
      en: 'Secure funding sufficient for every smart-city goal.',
      zh: '落实足以支撑全部智慧城市目标的资金。',
    },
  ],
  valueAssessment: [
    {
      en: 'Write a business case for each project, even on financial factors only.',
      zh: '为每个项目编写项目论证，哪怕只考虑财务因素。',
    },
    {
      en: 'Bring some non-financial value into the business cases.',
      zh: '在项目论证中纳入部分非财务价值。',
    },
    {
      en: 'Adopt a smart-city evaluation framework that counts social and environmental value.',
      zh: '建立纳入社会与环境价值的智慧城市评估框架。',
    },
    {
      en: 'Assess the overall economic, environmental, social and cultural impact of all smart-city projects.',
      zh: '评估全部智慧城市项目的经济、环境、社会和文化综合影响。',
    },
  ],
  businessModel: [
    {
      en: 'Give each pilot a business model, even one unlikely to outlive it.',
      zh: '为每个试点确定商业模式，即使它难以延续到试点之后。',
    },
    {
      en: 'Run several business models in pilots, some proven and others experimental.',
      zh: '在试点中运行多种商业模式，部分已得到验证，部分仍在试验。',
    },
    {
      en: 'Choose business models likely to last beyond the pilots.',
      zh: '选择可能延续到试点之后的商业模式。',
    },
    {
      en: 'Use several business models in full-scale projects.',
      zh: '在全面项目中运用多种商业模式。',
    },
  ],
  ictInfrastructure: [
    {
      en: 'Provide broadband (fixed, mobile or converged) for all pilots.',
      zh: '为全部试点提供宽带（固定、移动或融合）。',
    },
    {
      en: 'Invest in targeted ICT (for example a smart grid) and share some infrastructure across projects.',
      zh: '开展有针对性的 ICT 投资（例如智能电网），并在项目间共享部分基础设施。',
    },
    {
      en: 'Cover the whole city with broadband, share the ICT infrastructure across all projects and fund advanced networks and a city-wide data centre.',
      zh: '实现全市宽带覆盖，所有项目共享 ICT 基础设施，并为先进网络和全市数据中心提供资金。',
    },
    {
      en: 'Cover the whole city at high speed (over 20 Mbit/s), run city operations in real time, appoint a city CIO and future-proof ICT investment.',
      zh: '实现全市高速（超过 20 Mbit/s）覆盖和实时城市运营，设立城市首席信息官，并确保 ICT 投资面向未来。',
    },
  ],
  services: [
    {
      en: 'Launch a few smart services, some as pilots.',
      zh: '推出少量智慧服务，其中部分为试点。',
    },
    {
      en: 'Offer several services, some still pilots.',
      zh: '提供多项服务，其中部分仍为试点。',
    },
    {
      en: 'Deploy broad services meeting cross-sector needs city-wide.',
      zh: '在全市部署满足跨领域需求的综合服务。',
    },
    {
      en: 'Deliver services through open data and crowdsourcing, some recognised as best practice.',
      zh: '通过开放数据和众包提供服务，其中部分被公认为最佳实践。',
    },
  ],
};
