// 试点页面上城市故事的中文文本：成熟度自评表、智慧举措与城市情况简介。
import type { storyEn } from './story.en.ts';

export const storyZh: typeof storyEn = {
  selfAssessment: {
    title: '成熟度自评',
    body: '依据中欧框架为智慧城市项目的每个特征评级，每个等级都需附佐证。答案与工作簿成熟度工作表相同；此处保存的自评将取代工作簿中的自评，直至您上传更新的工作簿。',
    level: (name) => `${name}：等级`,
    evidence: (name) => `${name}：佐证`,
    unanswered: '— 未作答 —',
    save: '保存自评',
    saved: '自评已保存，成熟度概况已更新。',
    warnings: '待完善',
  },
  initiatives: {
    title: '智慧举措',
    body: '城市情况简介中介绍的举措，每项都注明涉及的指标和服务的可持续发展目标具体目标。',
    name: '名称',
    description: '说明',
    kpis: '涉及的指标',
    kpisHint: '指标目录中的指标代码或编号，以逗号分隔，例如 EC: ICT: ICT: 1C',
    sdgs: '服务的可持续发展目标具体目标',
    sdgsHint: '以逗号分隔，例如 11.2, 9.5',
    add: '添加举措',
    remove: (name) => `删除${name}`,
    removeButton: '删除',
    none: '尚未填写举措。',
    kpiList: (kpis) => `指标：${kpis}`,
    sdgList: (sdgs) => `可持续发展目标具体目标：${sdgs || '无'}`,
  },
  factsheet: {
    title: '城市情况简介',
    body: '中英文城市情况简介，介绍已核查的结果、智慧举措和成熟度概况。获得认证后即可申请；只有在"发布"中选择发布后才会公开。',
    request: '申请城市情况简介',
    requested: (date) => `已于 ${date} 申请，由秘书处制作。`,
    produced: (date) => `已于 ${date} 制作，列于"文件"中。`,
    produce: '制作城市情况简介',
    produceBody: '城市已申请情况简介：将依据已核查的得分、城市的举措和成熟度概况生成。',
  },
};
