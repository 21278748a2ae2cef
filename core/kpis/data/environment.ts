// Environment dimension: Environment and Energy KPIs (17 of the 91).
import { per100k, perCapita, type RawKpi, ratio, SECONDARY_NAME, share, value, variant } from './builders.ts';

export const environmentKpis: RawKpi[] = [
  {
    id: 'EN.EN.AQ.1C',
    nameEn: 'Air Pollution',
    nameZh: '空气污染',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.6.2'],
    sourced: { nameEn: 'official', nameZh: 'official', type: 'official', dataPoints: 'secondary' },
    points: (
      [
        ['PM25', 'PM2.5', 'PM2.5'],
        ['PM10', 'PM10', 'PM10'],
        ['NO2', 'NO₂ (nitrogen dioxide)', 'NO₂（二氧化氮）'],
        ['SO2', 'SO₂ (sulphur dioxide)', 'SO₂（二氧化硫）'],
        ['O3', 'O₃ (ozone)', 'O₃（臭氧）'],
      ] as const
    ).map(([suffix, en, zh]) =>
      value(
        [`Annual mean concentration of ${en}`, `${zh}年均浓度`, 'µg/m³'],
        variant(suffix, `Air pollution: ${en}`, `空气污染：${zh}`),
      ),
    ),
  },
  {
    id: 'EN.EN.AQ.2C',
    nameEn: 'GHG Emissions',
    nameZh: '温室气体排放',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['13.2'],
    sourced: SECONDARY_NAME,
    points: [
      perCapita(
        ['Greenhouse gas emissions of the city', '城市温室气体排放总量', 't CO₂e per year'],
        't CO₂e per capita',
      ),
    ],
  },
  {
    id: 'EN.EN.WS.1C',
    nameEn: 'Drinking Water Quality',
    nameZh: '饮用水质量',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['6.1.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Households covered by an audited water safety plan', '经审核水安全计划覆盖的家庭数', 'households'],
        'households',
      ),
    ],
  },
  {
    id: 'EN.EN.WS.2C',
    nameEn: 'Water Consumption',
    nameZh: '用水量',
    type: 'sustainable',
    direction: 'target',
    sdgTargets: ['6.4'],
    sourced: SECONDARY_NAME,
    points: [
      perCapita(
        ['Total water consumed per day', '日用水总量', 'litres per day'],
        'litres per capita per day',
        variant('TOTAL', 'Total water consumption', '总用水量'),
      ),
      perCapita(
        ['Water consumed by households per day', '居民日用水量', 'litres per day'],
        'litres per capita per day',
        variant('RESIDENTIAL', 'Residential water consumption', '居民用水量'),
      ),
    ],
  },
  {
    id: 'EN.EN.WS.3C',
    nameEn: 'Freshwater Consumption',
    nameZh: '淡水消耗量',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['6.4.2'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Water consumed from freshwater sources', '取自淡水水源的用水量', 'm³ per year'],
        ['Total water consumed', '用水总量', 'm³ per year'],
      ),
    ],
  },
  {
    id: 'EN.EN.WS.4C',
    nameEn: 'Wastewater Treatment',
    nameZh: '废水处理',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['6.3.1'],
    sourced: { ...SECONDARY_NAME, dataPoints: 'secondary' },
    points: (
      [
        ['PRIMARY', 'primary', '一级'],
        ['SECONDARY', 'secondary', '二级'],
        ['TERTIARY', 'tertiary', '三级'],
      ] as const
    ).map(([suffix, en, zh]) =>
      share(
        [`Wastewater receiving ${en} treatment`, `经${zh}处理的废水量`, 'm³ per year'],
        ['Total wastewater generated', '废水产生总量', 'm³ per year'],
        variant(suffix, `Wastewater receiving ${en} treatment`, `${zh}处理废水比例`),
      ),
    ),
  },
  {
    id: 'EN.EN.WA.1C',
    nameEn: 'Solid Waste Treatment',
    nameZh: '固体废弃物处理',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.6.1', '12.5.1'],
    sourced: { ...SECONDARY_NAME, dataPoints: 'secondary' },
    points: (
      [
        ['LANDFILL', 'sanitary landfill', '卫生填埋', 'lower'],
        ['BURNT', 'open burning', '露天焚烧', 'lower'],
        ['INCINERATED', 'incineration', '焚烧厂焚烧', 'target'],
        ['OPENDUMP', 'open dumping', '露天倾倒', 'lower'],
        ['RECYCLED', 'recycling', '回收利用', 'higher'],
        ['OTHER', 'other methods', '其他方式', 'target'],
      ] as const
    ).map(([suffix, en, zh, direction]) =>
      share(
        [`Solid waste disposed of by ${en}`, `以${zh}处理的固体废弃物量`, 't per year'],
        ['Total solid waste', '固体废弃物总量', 't per year'],
        variant(suffix, `Solid waste: ${en}`, `固体废弃物：${zh}`, direction),
      ),
    ),
  },
  {
    id: 'EN.EN.EQ.1C',
    nameEn: 'EMF Exposure',
    nameZh: '人体暴露于电磁场',
    type: 'smart',
    direction: 'higher',
    sdgTargets: ['16.b'],
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
        [
          'Antenna sites complying with WHO-endorsed EMF guidelines',
          '符合世卫组织认可电磁场导则的天线站点数',
          'sites',
        ],
        ['Total mobile network antenna sites', '移动网络天线站点总数', 'sites'],
      ),
    ],
  },
  {
    id: 'EN.EN.EQ.2A',
    nameEn: 'Noise Exposure',
    nameZh: '噪音影响',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['11.6', '3.9'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        [
          'Inhabitants exposed to Lden above 55 dB',
          '暴露于全天等效声级（Lden）55 分贝以上的人口',
          'inhabitants',
        ],
        'population',
        variant(
          'LDEN',
          'Noise exposure, day-evening-night (Lden > 55 dB)',
          '噪音暴露：全天（Lden > 55 分贝）',
        ),
      ),
      share(
        [
          'Inhabitants exposed to Lnight above 50 dB',
          '暴露于夜间等效声级（Lnight）50 分贝以上的人口',
          'inhabitants',
        ],
        'population',
        variant('LNIGHT', 'Noise exposure, night (Lnight > 50 dB)', '噪音暴露：夜间（Lnight > 50 分贝）'),
      ),
    ],
  },
  {
    id: 'EN.EN.PSN.1C',
    nameEn: 'Green Areas',
    nameZh: '绿地',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['11.7.1'],
    sourced: SECONDARY_NAME,
    points: [per100k(['Area of green space', '绿地面积', 'hectares'], 'hectares per 100 000 inhabitants')],
  },
  {
    id: 'EN.EN.PSN.2A',
    nameEn: 'Green Area Accessibility',
    nameZh: '无障碍绿地',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['11.7.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        [
          'Inhabitants within walking distance of a public green area',
          '步行可达公共绿地的人口',
          'inhabitants',
        ],
        'population',
      ),
    ],
  },
  {
    id: 'EN.EN.PSN.3A',
    nameEn: 'Protected Natural Areas',
    nameZh: '自然保护区',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['15.1.2'],
    sourced: SECONDARY_NAME,
    points: [share(['Area protected as natural sites', '受保护自然区域面积', 'km²'], 'landAreaKm2')],
  },
  {
    id: 'EN.EN.PSN.4A',
    nameEn: 'Recreational Facilities',
    nameZh: '娱乐设施',
    type: 'structural',
    direction: 'higher',
    sdgTargets: ['11.7'],
    sourced: SECONDARY_NAME,
    points: [
      per100k(
        ['Area of public indoor recreational facilities', '公共室内娱乐设施面积', 'm²'],
        'm² per 100 000 inhabitants',
        variant('INDOOR', 'Indoor recreational facilities', '室内娱乐设施'),
      ),
      per100k(
        ['Area of public outdoor recreational facilities', '公共室外娱乐设施面积', 'm²'],
        'm² per 100 000 inhabitants',
        variant('OUTDOOR', 'Outdoor recreational facilities', '室外娱乐设施'),
      ),
    ],
  },
  {
    id: 'EN.E.E.1C',
    nameEn: 'Renewable Energy Consumption',
    nameZh: '可再生能源',
    type: 'sustainable',
    direction: 'higher',
    sdgTargets: ['7.2.1'],
    sourced: SECONDARY_NAME,
    points: [
      share(
        ['Electricity consumed from renewable sources', '来自可再生能源的用电量', 'MWh per year'],
        ['Total electricity consumed', '用电总量', 'MWh per year'],
        variant('ELECTRICITY', 'Renewable share of electricity', '可再生电力比例'),
      ),
      share(
        [
          'Heating and cooling energy from renewable sources',
          '来自可再生能源的供热制冷能源量',
          'GJ per year',
        ],
        ['Total heating and cooling energy consumed', '供热制冷能源消耗总量', 'GJ per year'],
        variant('THERMAL', 'Renewable share of heating and cooling', '可再生供热制冷比例'),
      ),
    ],
  },
  {
    id: 'EN.E.E.2C',
    nameEn: 'Electricity Consumption',
    nameZh: '用电量',
    type: 'sustainable',
    direction: 'target',
    sdgTargets: ['7.3'],
    sourced: SECONDARY_NAME,
    points: [
      perCapita(
        ['Total electricity consumed', '用电总量', 'kWh per year'],
        'kWh per capita per year',
        variant('TOTAL', 'Total electricity consumption', '总用电量'),
      ),
      perCapita(
        ['Electricity consumed by households', '居民用电量', 'kWh per year'],
        'kWh per capita per year',
        variant('RESIDENTIAL', 'Residential electricity consumption', '居民用电量'),
      ),
    ],
  },
  {
    id: 'EN.E.E.3C',
    nameEn: 'Residential Thermal Energy Consumption',
    nameZh: '居民热能消耗',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['7.3'],
    sourced: SECONDARY_NAME,
    points: [
      perCapita(
        ['Thermal energy consumed by households', '居民热能消耗量', 'GJ per year'],
        'GJ per capita per year',
      ),
    ],
  },
  {
    id: 'EN.E.E.4A',
    nameEn: 'Public Building Energy Consumption',
    nameZh: '公共建筑能耗',
    type: 'sustainable',
    direction: 'lower',
    sdgTargets: ['7.3'],
    sourced: SECONDARY_NAME,
    points: [
      ratio(
        ['Energy consumed by public buildings', '公共建筑能源消耗量', 'ekWh per year'],
        ['Floor area of public buildings', '公共建筑面积', 'm²'],
        1,
        'ekWh per m² per year',
      ),
    ],
  },
];
