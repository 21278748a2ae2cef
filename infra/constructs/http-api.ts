// The HTTP API: every /api route requires a Cognito JWT except the health check and the public certificate check.
import { Duration } from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  type CfnStage,
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

/**
 * One JSON line per request in HTTP API's own $context variables (the REST API's, such as $context.identity.caller,
 * do not exist here and would log "-"): who, which route, how it ended, and why when it failed.
 */
export const accessLogFormat = JSON.stringify({
  requestId: '$context.requestId',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  requestTime: '$context.requestTime',
  httpMethod: '$context.httpMethod',
  routeKey: '$context.routeKey',
  path: '$context.path',
  status: '$context.status',
  protocol: '$context.protocol',
  responseLength: '$context.responseLength',
  responseLatency: '$context.responseLatency',
  integrationStatus: '$context.integrationStatus',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  user: '$context.authorizer.claims.sub',
  error: '$context.error.message',
});

/** The whole API's limits, and the tighter ones of each public route: nobody signs in to call those. */
export const API_THROTTLE = { rateLimit: 50, burstLimit: 100 };
export const PUBLIC_ROUTE_THROTTLE = { rateLimit: 5, burstLimit: 10 };

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
    const stage = this.httpApi.addStage('Stage', {
      stageName: '$default',
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(accessLogFormat),
      },
    });
    // HTTP APIs cannot be put behind AWS WAF; per-route throttling is the rate rule for the routes anyone may call.
    // RouteSettings is free-form JSON in the CloudFormation schema: CDK passes its keys on as written.
    (stage.node.defaultChild as CfnStage).routeSettings = Object.fromEntries(
      publicRoutes.map((route) => [
        `${route.method} ${route.path}`,
        {
          ThrottlingRateLimit: PUBLIC_ROUTE_THROTTLE.rateLimit,
          ThrottlingBurstLimit: PUBLIC_ROUTE_THROTTLE.burstLimit,
        },
      ]),
    );

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
