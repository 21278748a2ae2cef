// Short names of the 17 Sustainable Development Goals, to title the SDG targets a city's KPIs relate to.
import type { Bilingual } from './locale.ts';

export const sdgGoals: Record<number, Bilingual> = {
  1: { en: 'No poverty', zh: '无贫穷' },
  2: { en: 'Zero hunger', zh: '零饥饿' },
  3: { en: 'Good health and well-being', zh: '良好健康与福祉' },
  4: { en: 'Quality education', zh: '优质教育' },
  5: { en: 'Gender equality', zh: '性别平等' },
  6: { en: 'Clean water and sanitation', zh: '清洁饮水和卫生设施' },
  7: { en: 'Affordable and clean energy', zh: '经济适用的清洁能源' },
  8: { en: 'Decent work and economic growth', zh: '体面工作和经济增长' },
  9: { en: 'Industry, innovation and infrastructure', zh: '产业、创新和基础设施' },
  10: { en: 'Reduced inequalities', zh: '减少不平等' },
  11: { en: 'Sustainable cities and communities', zh: '可持续城市和社区' },
  12: { en: 'Responsible consumption and production', zh: '负责任消费和生产' },
  13: { en: 'Climate action', zh: '气候行动' },
  14: { en: 'Life below water', zh: '水下生物' },
  15: { en: 'Life on land', zh: '陆地生物' },
  16: { en: 'Peace, justice and strong institutions', zh: '和平、正义与强大机构' },
  17: { en: 'Partnerships for the goals', zh: '促进目标实现的伙伴关系' },
};
