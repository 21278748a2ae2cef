// English texts of the notification centre: the header's bell and the notifications page.

export const notificationsEn = {
  notifications: {
    title: 'Notifications',
    bell: (unread: number) =>
      unread === 0 ? 'Notifications, none unread' : `Notifications, ${unread} unread`,
    intro: 'Everything the portal e-mailed you, with a link to the pilot it is about.',
    none: 'No notifications yet.',
    unread: 'Unread',
    openPilot: (city: string) => `Open the pilot of ${city}`,
    markRead: 'Mark as read',
    markPageRead: 'Mark all shown as read',
    older: 'Show older notifications',
    unreadCount: (n: number) => (n === 1 ? '1 unread notification' : `${n} unread notifications`),
  },
};
