// 通知中心的中文文本：页眉的通知铃铛与通知页面。
import type { notificationsEn } from './notifications.en.ts';

export const notificationsZh: typeof notificationsEn = {
  notifications: {
    title: '通知',
    bell: (unread: number) => (unread === 0 ? '通知，无未读' : `通知，${unread} 条未读`),
    intro: '门户发送给您的所有电子邮件，并附有相关试点的链接。',
    none: '暂无通知。',
    unread: '未读',
    openPilot: (city: string) => `打开${city}的试点`,
    markRead: '标记为已读',
    markPageRead: '将显示的全部标记为已读',
    older: '显示更早的通知',
    unreadCount: (n: number) => `${n} 条未读通知`,
  },
};
