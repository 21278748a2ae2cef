// Dimension, sub-dimension and category names keyed by the code segments of a KPI id.
// English names are official; the Chinese names of sub-dimensions and categories are the project's translation.

type Names = { readonly nameEn: string; readonly nameZh: string };

export const dimensions: Record<string, Names> = {
  EC: { nameEn: 'Economy', nameZh: '经济' },
  EN: { nameEn: 'Environment', nameZh: '环境' },
  SC: { nameEn: 'Society and Culture', nameZh: '社会与文化' },
};

// Keyed by dimension and segment because the segment EN means Environment only under EN.
export const subDimensions: Record<string, Names> = {
  'EC.ICT': { nameEn: 'ICT', nameZh: '信息通信技术' },
  'EC.P': { nameEn: 'Productivity', nameZh: '生产力' },
  'EC.I': { nameEn: 'Infrastructure', nameZh: '基础设施' },
  'EN.EN': { nameEn: 'Environment', nameZh: '环境' },
  'EN.E': { nameEn: 'Energy', nameZh: '能源' },
  'SC.EH': { nameEn: 'Education, Health and Culture', nameZh: '教育、卫生与文化' },
  'SC.SH': { nameEn: 'Safety, Housing and Social Inclusion', nameZh: '安全、住房与社会包容' },
};

// A category code means the same thing under every sub-dimension (e.g. T is Transport under ICT and Infrastructure).
export const categories: Record<string, Names> = {
  ICT: { nameEn: 'ICT Infrastructure', nameZh: '信息通信技术基础设施' },
  WS: { nameEn: 'Water and Sanitation', nameZh: '供水与卫生' },
  D: { nameEn: 'Drainage', nameZh: '排水' },
  ES: { nameEn: 'Electricity Supply', nameZh: '电力供应' },
  T: { nameEn: 'Transport', nameZh: '交通' },
  PS: { nameEn: 'Public Sector', nameZh: '公共部门' },
  IN: { nameEn: 'Innovation', nameZh: '创新' },
  EM: { nameEn: 'Employment', nameZh: '就业' },
  WA: { nameEn: 'Waste', nameZh: '废弃物' },
  B: { nameEn: 'Buildings', nameZh: '建筑' },
  UP: { nameEn: 'Urban Planning', nameZh: '城市规划' },
  AQ: { nameEn: 'Air Quality', nameZh: '空气质量' },
  EQ: { nameEn: 'Environmental Quality', nameZh: '环境质量' },
  PSN: { nameEn: 'Public Space and Nature', nameZh: '公共空间与自然' },
  E: { nameEn: 'Energy', nameZh: '能源' },
  ED: { nameEn: 'Education', nameZh: '教育' },
  H: { nameEn: 'Health', nameZh: '卫生健康' },
  C: { nameEn: 'Culture', nameZh: '文化' },
  HO: { nameEn: 'Housing', nameZh: '住房' },
  SI: { nameEn: 'Social Inclusion', nameZh: '社会包容' },
  SA: { nameEn: 'Safety', nameZh: '安全' },
  FS: { nameEn: 'Food Security', nameZh: '粮食安全' },
};
