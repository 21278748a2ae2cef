// English texts of the secretariat's accounts page: the list, the invitation form, deactivation and reactivation.

export const accountsEn = {
  accounts: {
    nav: 'Accounts',
    title: 'User accounts',
    intro:
      'Invite city focal points, verifiers and staff, and deactivate or reactivate them. Every change is recorded with who made it, when and why.',
    list: 'Accounts',
    none: 'No account was invited or deactivated yet; the demo accounts are not listed until one is deactivated.',
    userId: 'User id',
    userIdHint: 'Letters, digits, hyphens and underscores; it cannot be changed later.',
    name: 'Name',
    email: 'E-mail',
    role: 'Role',
    organisation: 'Organisation',
    status: 'Status',
    lastChange: 'Last change',
    actions: 'Actions',
    active: 'Active',
    deactivated: 'Deactivated',
    staffOrganisation: 'Secretariat',
    cityHint: 'For a city focal point only: the id of their city.',
    cityId: 'City id',
    invite: 'Invite',
    invited: (userId: string) =>
      `${userId} was invited; the sign-in provider e-mailed them a temporary password.`,
    invitedBy: (by: string, at: string) => `Invited by ${by} on ${at}`,
    deactivatedBy: (by: string, at: string, reason: string) => `Deactivated by ${by} on ${at}: ${reason}`,
    reactivatedBy: (by: string, at: string, reason: string) => `Reactivated by ${by} on ${at}: ${reason}`,
    deactivate: 'Deactivate',
    deactivateTitle: (userId: string) => `Deactivate ${userId}`,
    deactivateOther: 'Deactivate an account not listed',
    deactivateOtherHint: 'The demo accounts are listed once deactivated.',
    reactivate: 'Reactivate',
    reactivateTitle: (userId: string) => `Reactivate ${userId}`,
    reason: 'Reason',
    confirmDeactivate: (userId: string) =>
      `Deactivate ${userId}? They can no longer sign in, and the tokens they hold are refused.`,
    confirmDeactivateOther:
      'Deactivate this account? They can no longer sign in, and the tokens they hold are refused.',
    reversible: 'A reactivation with a reason undoes it.',
    changed: 'The accounts were updated.',
  },
};
