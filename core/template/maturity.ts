// The eight characteristics of the smart-city maturity self-assessment (EU-China white paper), in the project's words.

export const maturityCharacteristics = [
  {
    id: 'strategy',
    nameEn: 'Strategy',
    nameZh: '战略',
    guideEn:
      'From a vision tied to the city vision, through a plan with measurable smart-city KPIs, to KPIs benchmarked internationally and an ICT plan that tracks technology trends.',
    guideZh:
      '从与城市愿景衔接的智慧城市愿景，到具有可衡量 KPI 的规划，再到按国际标准对标的 KPI 及跟踪技术趋势的 ICT 规划。',
  },
  {
    id: 'stakeholders',
    nameEn: 'Stakeholders',
    nameZh: '利益相关方',
    guideEn:
      'From services designed without citizens, through feedback loops, to many channels of engagement (social apps, crowdsourcing, gamification) and training for new services.',
    guideZh:
      '从没有市民参与的服务设计，到建立反馈机制，再到多种互动渠道（社交应用、众包、游戏化）及新服务培训。',
  },
  {
    id: 'governance',
    nameEn: 'Governance',
    nameZh: '治理',
    guideEn:
      'From governance department by department, through cross-department structures and shared targets, to stakeholder involvement in decisions with transparency and accountability.',
    guideZh: '从各部门分别治理，到跨部门协作机制与共同目标，再到利益相关方参与决策并实现透明与问责。',
  },
  {
    id: 'funding',
    nameEn: 'Funding',
    nameZh: '资金',
    guideEn:
      'From funded pilots with no plan to scale, through a scaling plan and full spending monitoring, to funding sufficient for every smart-city goal.',
    guideZh: '从仅资助试点而无推广计划，到制定推广资金计划并全面监控支出，再到资金足以支撑全部智慧城市目标。',
  },
  {
    id: 'valueAssessment',
    nameEn: 'Value assessment',
    nameZh: '价值评估',
    guideEn:
      'From financial-only business cases, through a framework with social and environmental value, to assessing the overall economic, environmental, social and cultural impact.',
    guideZh:
      '从只考虑财务因素的项目论证，到纳入社会与环境价值的评估框架，再到评估全部项目的经济、环境、社会和文化综合影响。',
  },
  {
    id: 'businessModel',
    nameEn: 'Business model',
    nameZh: '商业模式',
    guideEn:
      'From models unlikely to outlive the pilot, through several partly proven models, to models already running in full-scale projects.',
    guideZh: '从难以延续到试点之后的模式，到若干部分得到验证的模式，再到已在全面项目中运行的模式。',
  },
  {
    id: 'ictInfrastructure',
    nameEn: 'ICT infrastructure',
    nameZh: 'ICT 基础设施',
    guideEn:
      'From broadband per project, through shared infrastructure and full broadband coverage, to city-wide high-speed coverage, real-time operations, a city CIO and future-proof investment.',
    guideZh:
      '从按项目建设宽带，到共享基础设施和宽带全覆盖，再到全市高速覆盖、实时运营、城市首席信息官及面向未来的投资。',
  },
  {
    id: 'services',
    nameEn: 'Smart city services',
    nameZh: '智慧城市服务',
    guideEn:
      'From a handful of pilot services, through broad city-wide services across sectors, to award-winning services delivered through open data and crowdsourcing.',
    guideZh: '从少量试点服务，到覆盖多个领域的全市服务，再到通过开放数据和众包提供、获得认可的最佳实践服务。',
  },
] as const;
