// 试点页面导向（阶段进度、当前等待方、页面分区）与看板工具（导出、截止计数、漏斗图）的中文文本。
import type { orientationEn } from './orientation.en.ts';

export const orientationZh: typeof orientationEn = {
  orientation: {
    progress: '试点进度',
    phases: {
      letter: '意向书',
      template: '模板',
      collection: '数据收集',
      validation: '校验',
      verification: '核查',
      report: '报告',
      certificate: '证书',
    },
    done: '已完成',
    current: '当前步骤',
    attention: '需要更正',
    ended: { declined: '意向书已被拒绝。', withdrawn: '该城市已退出试点。' },
    waitingOn: '等待方',
    nobody: '无：试点已结束。',
    youAct: '您',
    dueFor: {
      submission: '数据提交截止',
      verification: '核查截止',
      query: '未结问询答复截止',
      draft_review: '报告草稿意见截止',
    },
    onThisPage: '本页内容',
    sections: {
      overview: '概览',
      queries: '问询与访谈',
      submissions: '提交与校验结果',
      review: '审核表',
      documents: '文件与评分',
    },
  },
  boardTools: {
    dueSoon: (count: number, days: number) => `${count} 个试点将在 ${days} 天内到期`,
    counters: '截止日期',
    export: '导出符合条件的试点',
    exportCsv: '下载 CSV',
    exportXlsx: '下载 Excel',
    exporting: '正在准备文件…',
    funnelTitle: '到达各步骤的试点数',
    funnelSummary: (parts: string) => `到达各步骤的试点数：${parts}`,
    funnelNote: '每一栏统计处于或已越过该步骤的进行中及已完成试点；已拒绝和已退出的试点不计入。',
  },
};
