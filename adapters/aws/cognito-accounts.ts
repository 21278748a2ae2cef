// The sign-in accounts on Cognito: an invitation creates the user (Cognito e-mails the temporary password) and adds
// it to its role's group; deactivation disables the user and signs it out everywhere, so no refresh token works;
// reactivation enables the user again.
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminUserGlobalSignOutCommand,
  type CognitoIdentityProviderClient,
  UserNotFoundException,
  UsernameExistsException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { Invitation } from '../../core/accounts/account-registry.ts';
import type { SignInAccounts } from '../../core/use-cases/ports.ts';

export class CognitoAccounts implements SignInAccounts {
  constructor(
    private readonly client: CognitoIdentityProviderClient,
    /** Only the API function is given the pool; any other function that tried would be told so. */
    private readonly userPoolId: string | undefined,
  ) {}

  private pool(): string {
    if (!this.userPoolId) throw new Error('USER_POOL_ID is not set for this function');
    return this.userPoolId;
  }

  async invite(invitation: Invitation): Promise<boolean> {
    const UserPoolId = this.pool();
    const attributes = [
      { Name: 'email', Value: invitation.email },
      { Name: 'email_verified', Value: 'true' },
      { Name: 'name', Value: invitation.name },
      ...(invitation.cityId ? [{ Name: 'custom:cityId', Value: invitation.cityId }] : []),
    ];
    try {
      await this.client.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: invitation.userId,
          UserAttributes: attributes,
          DesiredDeliveryMediums: ['EMAIL'],
        }),
      );
    } catch (error) {
      if (error instanceof UsernameExistsException) return false;
      throw error;
    }
    // The group is added after the user exists; a retry after a failure here finds the user and answers false, so
    // the registry is not written and the secretariat sees that the invitation must be looked at.
    await this.client.send(
      new AdminAddUserToGroupCommand({ UserPoolId, Username: invitation.userId, GroupName: invitation.role }),
    );
    return true;
  }

  async disable(userId: string): Promise<boolean> {
    const UserPoolId = this.pool();
    try {
      await this.client.send(new AdminDisableUserCommand({ UserPoolId, Username: userId }));
      await this.client.send(new AdminUserGlobalSignOutCommand({ UserPoolId, Username: userId }));
      return true;
    } catch (error) {
      if (error instanceof UserNotFoundException) return false;
      throw error;
    }
  }

  async enable(userId: string): Promise<boolean> {
    try {
      await this.client.send(new AdminEnableUserCommand({ UserPoolId: this.pool(), Username: userId }));
      return true;
    } catch (error) {
      if (error instanceof UserNotFoundException) return false;
      throw error;
    }
  }
}
