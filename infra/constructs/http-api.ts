// The HTTP API: every /api route requires a Cognito JWT except the health check and the public certificate check.
import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpRoute,
  HttpRouteKey,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpUserPoolAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import type { UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Construct } from 'constructs';
import { publicGatewayPaths } from '../../api/public-routes.ts';
import type { DeployConfig } from '../config.ts';
import { acknowledge } from '../nag.ts';
import { stageLogGroup } from './log-group.ts';

/** Routes anyone may call: the health check and the public certificate verification, as the router declares them. */
export const publicRoutes = publicGatewayPaths.map((path) => ({ path, method: HttpMethod.GET }));

export interface ApiProps {
  config: DeployConfig;
  handler: IFunction;
  userPool: UserPool;
  client: UserPoolClient;
  portalOrigin: string;
}

export class Api extends Construct {
  readonly httpApi: HttpApi;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const { config } = props;
    this.httpApi = new HttpApi(this, 'Http', {
      apiName: `${config.prefix}-api`,
      createDefaultStage: false,
      // The portal is served from CloudFront, another origin; API Gateway answers preflights before any authorizer.
      corsPreflight: {
        allowOrigins: [props.portalOrigin],
        allowMethods: [CorsHttpMethod.ANY],
        allowHeaders: ['authorization', 'content-type'],
        maxAge: Duration.hours(1),
      },
    });
    const accessLogs = stageLogGroup(this, 'AccessLogs', config, `/aws/apigateway/${config.prefix}-api`);
    this.httpApi.addStage('Stage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: 50, burstLimit: 100 },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });

    const integration = new HttpLambdaIntegration('Handler', props.handler);
    // The portal sends the ID token: it carries cognito:groups, custom:cityId, email and name, and its aud is the client.
    const authorizer = new HttpUserPoolAuthorizer('Cognito', props.userPool, {
      userPoolClients: [props.client],
    });
    new HttpRoute(this, 'Authorized', {
      httpApi: this.httpApi,
      routeKey: HttpRouteKey.with('/api/{proxy+}', HttpMethod.ANY),
      integration,
      authorizer,
    });
    for (const [index, route] of publicRoutes.entries()) {
      const publicRoute = new HttpRoute(this, `Public${index}`, {
        httpApi: this.httpApi,
        routeKey: HttpRouteKey.with(route.path, route.method),
        integration,
        authorizer: new HttpNoneAuthorizer(),
      });
      acknowledge(publicRoute, {
        'AwsSolutions-APIG4': `${route.method} ${route.path} must answer without sign-in: it is a health probe or the public certificate check.`,
      });
    }
  }

  get url(): string {
    return this.httpApi.apiEndpoint;
  }
}
