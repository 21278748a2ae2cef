// Consistency between two data points, as data: one is normally at least the other. Each relation says where it comes from.
import type { Message } from '../findings.ts';

/**
 * `official`: stated in a U4SSC publication, as recorded in the project's researched reference
 * (`shared/reference/u4ssc-kpis.json`, the KPI's notes); `derived`: follows from the official definitions of both
 * KPIs; `project`: the project's own judgement. The KPI catalogue (`core/kpis`) records no such guidance, so this
 * table is where it lives.
 */
export interface ConsistencyRelation {
  /** The rule id of the warning. */
  id: string;
  /** What the check compares, as the secretariat's page names it. */
  title: Message;
  /** Data point normally at least as large as `lower`. */
  higher: string;
  lower: string;
  /** The data point the guidance is written about: the finding points at its input. */
  about: string;
  provenance: 'official' | 'derived' | 'project';
  /** The guidance as recorded, and where (for official and derived relations). */
  basis: string;
  source?: string;
  /** `{left}` is the result of `higher`, `{right}` that of `lower`. */
  message: Message;
}

const VERIFICATION_MANUAL =
  'https://www.itu.int/en/publications/Documents/tsb/2022-U4SSC-KPIs-Verification-Manual-A-guide-for-verifiers/files/basic-html';
const COLLECTION_METHODOLOGY =
  'https://www.itu.int/en/publications/Documents/tsb/2017-U4SSC-Collection-Methodology/files/basic-html';

export const consistencyRelations: readonly ConsistencyRelation[] = [
  {
    id: 'consistency.fixed-broadband-le-internet',
    title: { en: 'Fixed broadband at most household Internet access', zh: '固定宽带不高于家庭互联网接入' },
    higher: 'EC.ICT.ICT.1C',
    lower: 'EC.ICT.ICT.2C',
    about: 'EC.ICT.ICT.2C',
    provenance: 'derived',
    basis:
      'Household Internet Access counts "any household\'s access via a fixed or mobile network" (page 23); Fixed ' +
      'Broadband Subscriptions is the "percentage of households with fixed (wired) broadband" (page 24), a part of it.',
    source: `${COLLECTION_METHODOLOGY}/page23.html`,
    message: {
      en: 'Fixed broadband {right} % of households is above household Internet access {left} %, which includes fixed access; please check both.',
      zh: '固定宽带家庭占比 {right}% 高于家庭互联网接入率 {left}%，而后者已包含固定接入；请核对两者。',
    },
  },
  {
    id: 'consistency.smart-electricity-ge-water-meters',
    title: {
      en: 'Smart electricity meters normally above smart water meters',
      zh: '智能电表通常多于智能水表',
    },
    higher: 'EC.ICT.ES.1C',
    lower: 'EC.ICT.WS.1C',
    about: 'EC.ICT.ES.1C',
    provenance: 'official',
    basis: 'Verification manual on Smart Electricity Meters: "normally larger than Smart Water Meters".',
    source: `${VERIFICATION_MANUAL}/page44.html`,
    message: {
      en: 'Smart electricity meters {left} % are below smart water meters {right} %; the U4SSC verification manual says they are normally larger. Please check both, or explain in Notes.',
      zh: '智能电表占比 {left}% 低于智能水表占比 {right}%；U4SSC 核查手册指出前者通常更高。请核对两者，或在"备注"中说明。',
    },
  },
  {
    id: 'consistency.potable-le-basic-water',
    title: { en: 'Potable water supply below basic water supply', zh: '饮用水供应低于基本供水' },
    higher: 'EC.I.WS.1C',
    lower: 'EC.I.WS.2C',
    about: 'EC.I.WS.2C',
    provenance: 'official',
    basis:
      'Verification manual on Potable Water Supply: "potable water is a higher level of water quality than basic ' +
      'water; value reported should be less than Basic Water".',
    source: `${VERIFICATION_MANUAL}/page68.html`,
    message: {
      en: 'Potable water supply {right} % is above basic water supply {left} %; the U4SSC verification manual says it should be less. Please check both.',
      zh: '饮用水供应率 {right}% 高于基本供水率 {left}%；U4SSC 核查手册指出前者应低于后者。请核对两者。',
    },
  },
  {
    id: 'consistency.youth-unemployment',
    title: { en: 'Youth unemployment above overall unemployment', zh: '青年失业率高于总体失业率' },
    higher: 'EC.P.EM.2C',
    lower: 'EC.P.EM.1C',
    about: 'EC.P.EM.2C',
    provenance: 'project',
    basis: 'Youth unemployment is above overall unemployment in almost every labour market.',
    message: {
      en: 'Youth unemployment {left} % is below overall unemployment {right} %; this is rare, please check both.',
      zh: '青年失业率 {left}% 低于总体失业率 {right}%；这种情况少见，请核对两者。',
    },
  },
  {
    id: 'consistency.total-ge-residential',
    title: {
      en: 'Total consumption at least residential consumption (water, electricity)',
      zh: '总消耗量不低于居民消耗量（水、电）',
    },
    higher: 'EN.EN.WS.2C.TOTAL',
    lower: 'EN.EN.WS.2C.RESIDENTIAL',
    about: 'EN.EN.WS.2C.TOTAL',
    provenance: 'project',
    basis: 'Residential consumption is a part of the total.',
    message: {
      en: 'Total water consumption {left} is below residential water consumption {right}.',
      zh: '总用水量 {left} 低于居民用水量 {right}。',
    },
  },
  {
    id: 'consistency.total-ge-residential',
    title: {
      en: 'Total consumption at least residential consumption (water, electricity)',
      zh: '总消耗量不低于居民消耗量（水、电）',
    },
    higher: 'EN.E.E.2C.TOTAL',
    lower: 'EN.E.E.2C.RESIDENTIAL',
    about: 'EN.E.E.2C.TOTAL',
    provenance: 'project',
    basis: 'Residential consumption is a part of the total.',
    message: {
      en: 'Total electricity consumption {left} is below residential electricity consumption {right}.',
      zh: '总用电量 {left} 低于居民用电量 {right}。',
    },
  },
];
