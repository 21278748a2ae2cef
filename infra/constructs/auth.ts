// Cognito: invited users only, in one of three groups, with the city a city user acts for in custom:cityId.
import { Aws, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import {
  AccountRecovery,
  ClientAttributes,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  UserPoolEmail,
  VerificationEmailStyle,
} from 'aws-cdk-lib/aws-cognito';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { invitationMessage, verificationMessage } from '../../core/notifications/account-messages.ts';
import { cognitoAccountActions } from '../cognito-actions.ts';
import type { DeployConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';

/** The groups api/claims.ts maps to roles through the `cognito:groups` claim. */
export const userGroups = ['secretariat', 'verifier', 'city'] as const;

/** How long an invitation's temporary password can be used. */
const TEMPORARY_PASSWORD_DAYS = 7;

export interface AuthProps {
  config: DeployConfig;
  portalOrigin: string;
  /** The SES configuration set Cognito's messages are sent with, so their bounces are counted too. */
  configurationSetName: string;
}

export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly portalClient: UserPoolClient;

  /** The hosted sign-in pages (Cognito domain) the portal sends users to: password, TOTP set-up, recovery. */
  readonly domainUrl: string;

  constructor(scope: Construct, id: string, props: AuthProps) {
    super(scope, id);
    const { prefix, stage, fromAddress, senderIdentity } = props.config;
    const portalHome = `${props.portalOrigin}/`;
    const invitation = invitationMessage(portalHome, TEMPORARY_PASSWORD_DAYS);
    this.userPool = new UserPool(this, 'Users', {
      userPoolName: `${prefix}-users`,
      // The secretariat invites every city, verifier and colleague; nobody signs up alone.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: true, mutable: true },
      },
      customAttributes: { cityId: new StringAttribute({ minLen: 1, maxLen: 64, mutable: true }) },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(TEMPORARY_PASSWORD_DAYS),
      },
      // Cognito's own e-mail allows 50 messages a day per account, too few to invite 100+ focal points; through
      // SES it sends as the stage's sender, and the invitation links the portal.
      email: UserPoolEmail.withSES({
        fromEmail: fromAddress,
        fromName: 'U4SSC pilot',
        sesRegion: Aws.REGION,
        ...(senderIdentity.kind === 'domain' ? { sesVerifiedDomain: senderIdentity.name } : {}),
        configurationSetName: props.configurationSetName,
      }),
      userInvitation: {
        emailSubject: invitation.subject,
        emailBody: invitation.body,
      },
      userVerification: {
        emailStyle: VerificationEmailStyle.CODE,
        emailSubject: verificationMessage.subject,
        emailBody: verificationMessage.body,
      },
      // Certification decisions and city data deserve a second factor; TOTP needs no SMS spend or phone numbers.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.ESSENTIALS,
      deletionProtection: stage === 'prod',
      removalPolicy: stage === 'prod' ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY,
    });
    acknowledge(this.userPool, {
      'AwsSolutions-COG8':
        'Plus-tier threat protection is billed per active user with no free tier; invitation-only sign-in with mandatory TOTP covers the same risk here.',
    });
    for (const group of userGroups) {
      this.userPool.addGroup(group, { groupName: group, description: `U4SSC ${group} users` });
    }
    // The domain prefix must be unique in the region; the account id keeps two deployments apart.
    const domain = this.userPool.addDomain('SignIn', {
      cognitoDomain: { domainPrefix: `${prefix}-${Stack.of(this).account}` },
    });
    this.domainUrl = domain.baseUrl();
    this.portalClient = this.userPool.addClient('Portal', {
      userPoolClientName: `${prefix}-portal`,
      generateSecret: false,
      authFlows: { userSrp: true },
      // The portal signs in through the hosted pages with the authorization code grant and PKCE, and keeps only
      // the ID token; no implicit grant, so no token ever travels in a URL.
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [portalHome],
        logoutUrls: [portalHome],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(30),
      // Required attributes must stay writable; custom:cityId must not: a city user could then act for another city.
      writeAttributes: new ClientAttributes().withStandardAttributes({ fullname: true, email: true }),
    });
  }

  /** The secretariat's account management through the API: exactly the calls of the Cognito adapter, on this pool. */
  grantAccountManagement(fn: LambdaFunction): void {
    fn.addEnvironment('USER_POOL_ID', this.userPool.userPoolId);
    fn.addToRolePolicy(
      new PolicyStatement({ actions: [...cognitoAccountActions], resources: [this.userPool.userPoolArn] }),
    );
  }
}
