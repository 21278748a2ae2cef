// The units of the catalogue and the city profile in Chinese, for the portal and the documents. A unit written the
// same in both languages (SI symbols, %) is listed in `internationalUnits`; any other unit needs its Chinese here.

/** Written the same in English and Chinese texts. */
export const internationalUnits: ReadonlySet<string> = new Set(['%', 'µg/m³', 'km²']);

export const unitsZh: Readonly<Record<string, string>> = {
  'per 100 000 inhabitants': '每 10 万居民',
  hotspots: '个热点',
  datasets: '个数据集',
  services: '项服务',
  'datasets; %': '个数据集；%',
  'services; %': '项服务；%',
  'interruptions per customer per year': '次/用户/年',
  minutes: '分钟',
  'km per 100 000 inhabitants': '公里/每 10 万居民',
  ratio: '比率',
  'yes/no': '是/否',
  't CO₂e per capita': '吨二氧化碳当量/人',
  'litres per capita per day': '升/人/日',
  'hectares per 100 000 inhabitants': '公顷/每 10 万居民',
  'm² per 100 000 inhabitants': '平方米/每 10 万居民',
  'kWh per capita per year': '千瓦时/人/年',
  'GJ per capita per year': '吉焦/人/年',
  'ekWh per m² per year': '等效千瓦时/平方米/年',
  years: '年',
  'per 100 000 live births': '每 10 万活产',
  'ratio female : male': '女性与男性之比',
  'index 0–1': '指数（0–1）',
  'FTE per 100 000 inhabitants': '全职当量/每 10 万居民',
  year: '年份',
  inhabitants: '居民',
  households: '户',
  'local currency per year': '本币/年',
  number: '数量',
  code: '代码',
};

/** A unit as the language writes it; a unit nobody translated (a target's free text) stays as given. */
export function unitIn(unit: string, language: 'en' | 'zh'): string {
  return language === 'zh' ? (unitsZh[unit] ?? unit) : unit;
}
