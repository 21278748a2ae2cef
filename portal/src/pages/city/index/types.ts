// The shapes the city's index page reads from the API.
export type { PeerGroup } from '../../../../../core/index/peers.ts';
export type { CycleTrend, Movement } from '../../../../../core/scoring/trends.ts';
