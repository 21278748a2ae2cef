// Every route of the API, in one list: the router mounts it and the OpenAPI document describes it.
import type { Route } from '../route.ts';
import { accountRoutes } from './accounts.ts';
import { decisionRoutes } from './decisions.ts';
import { indexRoutes } from './index-editions.ts';
import { notificationRoutes } from './notifications.ts';
import { pilotRoutes } from './pilots.ts';
import { programmeRoutes } from './programme.ts';
import { publicRoutes } from './public.ts';
import { uploadRoutes } from './uploads.ts';

export const apiRoutes: Route[] = [
  ...publicRoutes,
  ...programmeRoutes,
  ...accountRoutes,
  ...pilotRoutes,
  ...uploadRoutes,
  ...decisionRoutes,
  ...indexRoutes,
  ...notificationRoutes,
];
