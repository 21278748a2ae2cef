// Society and Culture dimension: Education, Health and Culture; Safety, Housing and Social Inclusion (29 of the 91).
import { per100k, type RawKpi, ratio, SECONDARY_NAME, share, value, variant, yesNo } from './builders.ts';

const PER_100K = 'per 100 000 inhabitants';

export const societyKpis: RawKpi[] = [
  {
    id: 'SC.EH.ED.1C',
    nameEn: 'Student ICT Access',
    nameZh: '学生使用ICT',
    type: 'smart',
    direction: 'higher',
    sdgTargets: ['4.4.1'],
    sourced: {
      nameEn: 'official',
      nameZh: 'official',
      type: 'official',
      unit: 'official',
      dataPoints: 'official',
      sdgTargets: 'official',
    },
    points: [
      share(
        ['Students with classroom access to ICT facilities', '课堂可使用 ICT 设施的学生数', 'students'],
        ['Students enrolled in schools', '在校学生总数', 'students'],
      ),
    ],
  },
  {
    id: 'SC.EH.ED.2C',
    nameEn: 'School Enrollment',
    nameZh: '入学率',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['4.1'],
    sourced: SECONDARY_NAME,
    points: (
      [
        ['PRIMARY', 'primary', '小学'],
        ['SECONDARY', 'secondary', '中学'],
      ] as const
    ).map(([suffix, en, zh]) =>
      share(
        [`Children of ${en}-school age enrolled`, `${zh}学龄在校儿童数`, 'children'],
        [`Children of ${en}-school age`, `${zh}学龄儿童总数`, 'children'],
        variant(suffix, `School enrolment, ${en}`, `${zh}入学率`),
      ),
    ),
  },
  {
    id: 'SC.EH.ED.3C',
    nameEn: 'Higher Education Degrees',
    nameZh: '高等教育学历',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['4.3'],
    sourced: SECONDARY_NAME,
    points: [
      per100k(
        ['Inhabitants holding a higher-education degree', '拥有高等教育学历的人口', 'persons'],
        PER_100K,
      ),
    ],
  },
  {
    id: 'SC.EH.ED.4C',
    nameEn: 'Adult Literacy',
    nameZh: '成人识字率',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['4.6.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Literate inhabitants aged 15 and over', '15 岁及以上识字人口', 'persons'],
        ['Inhabitants aged 15 and over', '15 岁及以上人口', 'persons'],
      ),
    ],
  },
  {
    id: 'SC.EH.ED.5A',
    nameEn: 'Electronic Health Records',
    nameZh: '电子健康记录',
    type: 'smart',
    direction: 'higher',
    sdgTargets: ['3.8'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Inhabitants with a complete electronic health record', '拥有完整电子健康记录的人口', 'inhabitants'],
        'population',
      ),
    ],
  },
  {
    id: 'SC.EH.H.1C',
    nameEn: 'Life Expectancy',
    nameZh: '预期寿命',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['3.4'],
    sourced: SECONDARY_NAME,
    points: [value(['Life expectancy at birth', '出生时预期寿命', 'years'])],
  },
  {
    id: 'SC.EH.H.2C',
    nameEn: 'Maternal Mortality Rate',
    nameZh: '孕产妇死亡率',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['3.1.1'],
    sourced: SECONDARY_NAME,
    points: [
      ratio(
        ['Maternal deaths in the year', '当年孕产妇死亡人数', 'deaths'],
        ['Live births in the year', '当年活产数', 'live births'],
        100_000,
        'per 100 000 live births',
      ),
    ],
  },
  {
    id: 'SC.EH.H.3C',
    nameEn: 'Physicians',
    nameZh: '医生',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['3.c.1'],
    sourced: SECONDARY_NAME,
    points: [per100k(['Practising physicians', '执业医师人数', 'physicians'], PER_100K)],
  },
  {
    id: 'SC.EH.H.4A',
    nameEn: 'In-Patient Hospital Beds',
    nameZh: '医院床位数',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['3.8'],
    sourced: SECONDARY_NAME,
    points: [per100k(['In-patient hospital beds', '住院病床数', 'beds'], PER_100K)],
  },
  {
    id: 'SC.EH.H.5A',
    nameEn: 'Health Insurance/Public Health Coverage',
    nameZh: '健康保险/公共健康保险',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['3.8.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Inhabitants covered by health insurance', '参加健康保险的人口', 'inhabitants'],
        'population',
        variant('INSURANCE', 'Health insurance coverage', '健康保险覆盖率'),
      ),
      share(
        ['Inhabitants covered by the public health system', '公共卫生体系覆盖的人口', 'inhabitants'],
        'population',
        variant('PUBLIC', 'Public health system coverage', '公共卫生体系覆盖率'),
      ),
    ],
  },
  {
    id: 'SC.EH.C.1C',
    nameEn: 'Cultural Expenditure',
    nameZh: '文化支出',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['11.4.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Municipal expenditure on cultural heritage', '文化遗产市政支出', 'local currency per year'],
        'municipalExpenditure',
      ),
    ],
  },
  {
    id: 'SC.EH.C.2A',
    nameEn: 'Cultural Infrastructure',
    nameZh: '文化基础设施',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['11.4'],
    sourced: SECONDARY_NAME,
    points: (
      [
        ['LIBRARIES', 'Public libraries', '公共图书馆'],
        ['MUSEUMS', 'Museums and galleries', '博物馆和美术馆'],
        ['VENUES', 'Theatres and performing-arts venues', '剧院和表演艺术场馆'],
      ] as const
    ).map(([suffix, en, zh]) =>
      per100k([en, `${zh}数量`, 'institutions'], PER_100K, variant(suffix, en, zh)),
    ),
  },
  {
    id: 'SC.SH.HO.1C',
    nameEn: 'Informal Settlements',
    nameZh: '临时居住区',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.1.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        [
          'Inhabitants living in slums, informal settlements or inadequate housing',
          '居住在贫民窟、非正规住区或不适当住房中的人口',
          'inhabitants',
        ],
        'population',
      ),
    ],
  },
  {
    id: 'SC.SH.HO.2A',
    nameEn: 'Housing Expenditure',
    nameZh: '住房支出',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Average household spending on housing', '家庭平均住房支出', 'local currency per year'],
        ['Average household disposable income', '家庭平均可支配收入', 'local currency per year'],
      ),
    ],
  },
  {
    id: 'SC.SH.SI.1C',
    nameEn: 'Gender Income Equity',
    nameZh: '性别收入公平',
    type: 'sustainable',
    direction: 'target',
    sdgTargets: ['8.5.1', '5.1'],
    unit: 'ratio female : male',
    sourced: { ...SECONDARY_NAME, unit: 'official' },
    points: [
      ratio(
        ['Average hourly earnings of women', '女性平均小时收入', 'local currency per hour'],
        ['Average hourly earnings of men', '男性平均小时收入', 'local currency per hour'],
        1,
        'ratio female : male',
      ),
    ],
  },
  {
    id: 'SC.SH.SI.2C',
    nameEn: 'Gini Coefficient',
    nameZh: '基尼系数',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['10.1'],
    sourced: SECONDARY_NAME,
    points: [value(['Gini coefficient of income (0 to 1)', '收入基尼系数（0 至 1）', 'index 0–1'])],
  },
  {
    id: 'SC.SH.SI.3C',
    nameEn: 'Poverty',
    nameZh: '贫穷',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['1.2.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Inhabitants living below the poverty line', '生活在贫困线以下的人口', 'inhabitants'],
        'population',
      ),
    ],
  },
  {
    id: 'SC.SH.SI.4C',
    nameEn: 'Voter Participation',
    nameZh: '选民参与',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['16.7'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Votes cast in the last municipal election', '上次市级选举投票人数', 'voters'],
        ['Eligible voters in that election', '该次选举合资格选民人数', 'voters'],
      ),
    ],
  },
  {
    id: 'SC.SH.SI.5A',
    nameEn: 'Child Care Availability',
    nameZh: '提供托儿服务',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['4.2', '5.4'],
    sourced: SECONDARY_NAME,
    points: (
      [
        ['PUBLIC', 'public', '公办'],
        ['PRIVATE', 'private', '民办'],
      ] as const
    ).map(([suffix, en, zh]) =>
      share(
        [`Children aged 0–3 in ${en} day-care centres`, `${zh}托育机构中的 0–3 岁儿童数`, 'children'],
        ['Children aged 0–3', '0–3 岁儿童总数', 'children'],
        variant(suffix, `Child care places, ${en}`, `${zh}托育覆盖率`),
      ),
    ),
  },
  {
    id: 'SC.SH.SA.1C',
    nameEn: 'Natural Disaster Related Deaths',
    nameZh: '与自然灾害有关的死亡人数',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.5.1', '13.1.1'],
    unit: PER_100K,
    sourced: { ...SECONDARY_NAME, unit: 'official' },
    points: [
      per100k(['Deaths caused by natural disasters in the year', '当年自然灾害致死人数', 'deaths'], PER_100K),
    ],
  },
  {
    id: 'SC.SH.SA.2C',
    nameEn: 'Disaster Related Economic Losses',
    nameZh: '灾害造成的经济损失',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.5.2'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Economic losses from natural disasters', '自然灾害造成的经济损失', 'local currency per year'],
        'gdp',
      ),
    ],
  },
  {
    id: 'SC.SH.SA.3A',
    nameEn: 'Resilience Plans',
    nameZh: '灾难恢复计划',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['11.b.2', '13.1.3'],
    sourced: SECONDARY_NAME,
    points: [
      yesNo(
        'Are risk and vulnerability assessments implemented?',
        '是否已实施风险与脆弱性评估？',
        variant('RISK', 'Risk and vulnerability assessment', '风险与脆弱性评估'),
      ),
      yesNo(
        'Are capital and operating plans for disaster mitigation funded?',
        '是否有获资助的减灾资本与运营计划？',
        variant('FINANCE', 'Financial plans for disaster mitigation', '减灾财务计划'),
      ),
      yesNo(
        'Are technical systems for disaster mitigation in place?',
        '是否已部署减灾技术系统？',
        variant('SYSTEMS', 'Technical systems for disaster mitigation', '减灾技术系统'),
      ),
    ],
  },
  {
    id: 'SC.SH.SA.4A',
    nameEn: 'Population Living in Disaster Prone Areas',
    nameZh: '生活在灾害易发地区的人口',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.5', '1.5'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Inhabitants living in disaster-prone areas', '生活在灾害易发地区的人口', 'inhabitants'],
        'population',
      ),
    ],
  },
  {
    id: 'SC.SH.SA.5A',
    nameEn: 'Emergency Services Response Time',
    nameZh: '应急服务响应时间',
    type: 'structural',
    direction: 'lower',
    sdgTargets: ['11.5', '3.d'],
    sourced: SECONDARY_NAME,
    points: (
      [
        ['POLICE', 'police', '警务'],
        ['FIRE', 'fire', '消防'],
        ['MEDICAL', 'medical', '医疗急救'],
      ] as const
    ).map(([suffix, en, zh]) =>
      value(
        [`Average ${en} response time from first call to arrival`, `${zh}从接警到抵达的平均时间`, 'minutes'],
        variant(suffix, `Response time, ${en}`, `响应时间：${zh}`),
      ),
    ),
  },
  {
    id: 'SC.SH.SA.6C',
    nameEn: 'Police Service',
    nameZh: '警务服务',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['16.1'],
    sourced: SECONDARY_NAME,
    points: [per100k(['Police officers', '警察人数', 'officers'], PER_100K)],
  },
  {
    id: 'SC.SH.SA.7C',
    nameEn: 'Fire Service',
    nameZh: '消防服务',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['11.5'],
    unit: 'FTE per 100 000 inhabitants',
    sourced: { ...SECONDARY_NAME, unit: 'official' },
    points: [
      per100k(
        ['Firefighters (full-time equivalent)', '消防员（全职当量）', 'FTE'],
        'FTE per 100 000 inhabitants',
      ),
    ],
  },
  {
    id: 'SC.SH.SA.8C',
    nameEn: 'Violent Crime Rate',
    nameZh: '暴力犯罪率',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['16.1'],
    unit: PER_100K,
    sourced: { ...SECONDARY_NAME, unit: 'official' },
    points: [per100k(['Violent crimes recorded in the year', '当年记录的暴力犯罪数', 'crimes'], PER_100K)],
  },
  {
    id: 'SC.SH.SA.9C',
    nameEn: 'Traffic Fatalities',
    nameZh: '交通事故死亡率',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['3.6.1', '11.2'],
    unit: PER_100K,
    sourced: { ...SECONDARY_NAME, unit: 'official' },
    points: [
      per100k(
        ['Deaths from road traffic crashes in the year', '当年道路交通事故死亡人数', 'deaths'],
        PER_100K,
      ),
    ],
  },
  {
    id: 'SC.SH.FS.1A',
    nameEn: 'Local Food Production',
    nameZh: '本地食品生产',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['2.4', '11.a'],
    sourced: { nameEn: 'official', nameZh: 'official', type: 'official' },
    points: [
      share(
        [
          'Food supplied from within 100 km of the urban area',
          '来自城区 100 公里范围内的食品供应量',
          't per year',
        ],
        ['Total food supplied to the city', '城市食品供应总量', 't per year'],
      ),
    ],
  },
];
