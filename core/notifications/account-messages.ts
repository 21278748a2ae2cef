// The texts Cognito sends on AWS (invitation with the portal link, verification code), in English and Chinese; its
// placeholders are {username}, the temporary password {####} and, in the verification, the code {####}.

/** `portalUrl` is where the invitation sends people to sign in; the temporary password lasts `validDays`. */
export function invitationMessage(portalUrl: string, validDays: number) {
  return {
    subject: 'Your U4SSC pilot account / 您的 U4SSC 试点账户',
    body: [
      `You are invited to the U4SSC KPI pilot portal: <a href="${portalUrl}">${portalUrl}</a>`,
      `Sign in with {username} and the temporary password {####} within ${validDays} days. You will then choose your own password and set up an authenticator app.`,
      '',
      `您已受邀使用 U4SSC KPI 试点门户：<a href="${portalUrl}">${portalUrl}</a>`,
      `请在 ${validDays} 天内使用 {username} 和临时密码 {####} 登录，然后设置您自己的密码和身份验证器应用。`,
    ].join('<br>'),
  };
}

export const verificationMessage = {
  subject: 'Your U4SSC verification code / 您的 U4SSC 验证码',
  body: 'Your U4SSC verification code is {####}.<br>您的 U4SSC 验证码是 {####}。',
};
