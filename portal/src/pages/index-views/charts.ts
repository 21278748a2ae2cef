// The index pages' charts, each its own chunk so the chart library loads only when a chart is drawn.
import { lazy } from 'react';

export const IndexChart = lazy(() => import('../public/index/IndexChart.tsx'));
export const QuartileChart = lazy(() => import('./QuartileChart.tsx'));
export const TrendChart = lazy(() => import('./TrendChart.tsx'));
export const DistributionChart = lazy(() => import('./DistributionChart.tsx'));
