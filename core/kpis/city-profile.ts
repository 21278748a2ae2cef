// City profile: shared denominators a city enters once and every data point can reference.
import type { ProfileField } from './schema.ts';

export const cityProfileFields: ProfileField[] = [
  {
    id: 'referenceYear',
    labelEn: 'Reference year of the data',
    labelZh: '数据参考年份',
    unit: 'year',
    valueType: 'year',
  },
  {
    id: 'population',
    labelEn: 'Resident population',
    labelZh: '常住人口',
    unit: 'inhabitants',
    valueType: 'number',
  },
  {
    id: 'households',
    labelEn: 'Number of households',
    labelZh: '家庭户数',
    unit: 'households',
    valueType: 'number',
  },
  { id: 'landAreaKm2', labelEn: 'City land area', labelZh: '城市土地面积', unit: 'km²', valueType: 'number' },
  {
    id: 'gdp',
    labelEn: 'City gross domestic product (GDP)',
    labelZh: '城市地区生产总值',
    unit: 'local currency per year',
    valueType: 'number',
  },
  {
    id: 'municipalExpenditure',
    labelEn: 'Total municipal expenditure',
    labelZh: '市政总支出',
    unit: 'local currency per year',
    valueType: 'number',
  },
  {
    id: 'currency',
    labelEn: 'Currency of monetary amounts (ISO 4217 code)',
    labelZh: '货币单位（ISO 4217 代码）',
    unit: 'code',
    valueType: 'text',
  },
];
