// The shipped version 1 of the targets table: each number either cites its source or is labelled illustrative.
// The manual does not publish numeric benchmarks, so most entries are placeholders the secretariat should replace.
import { findDataPoint } from '../kpis/catalogue.ts';
import { type TargetEntry, type TargetsTable, validateTargets } from './targets.ts';

function entry(dataPointId: string, target: number, source: string, illustrative: boolean): TargetEntry {
  const unit = findDataPoint(dataPointId)?.unit ?? 'unknown data point';
  return { dataPointId, target, unit, source, illustrative };
}
/** A number taken from the cited target or guideline. */
const sourced = (id: string, target: number, source: string) => entry(id, target, source, false);
/** A number the project chose; the text says what it is aligned with. */
const illustrative = (id: string, target: number, why: string) => entry(id, target, why, true);

const FULL = 'Full coverage; project placeholder';
const SDG_UNIVERSAL = (target: string) => `SDG ${target}: universal access by 2030 (100 %)`;
const WHO_AQG = (what: string) => `WHO global air quality guidelines 2021, ${what}`;
const YES = (target: string) => `SDG ${target}: plan or strategy in place ("yes")`;

const entries: TargetEntry[] = [
  sourced('EC.ICT.ICT.1C', 100, SDG_UNIVERSAL('9.c / 17.8 (Internet access)')),
  illustrative('EC.ICT.ICT.2C', 100, 'One fixed broadband subscription per household; project placeholder'),
  illustrative('EC.ICT.ICT.3C.MOBILE', 100_000, 'One subscription per inhabitant; project placeholder'),
  illustrative('EC.ICT.ICT.3C.FIXEDWL', 10_000, 'Project placeholder'),
  sourced('EC.ICT.ICT.4C.3G', 100, 'SDG 9.c: universal access to mobile networks (100 % covered)'),
  sourced('EC.ICT.ICT.4C.4G', 100, 'SDG 9.c: universal access to mobile networks (100 % covered)'),
  illustrative('EC.ICT.ICT.4C.5G', 100, FULL),
  illustrative('EC.ICT.WS.1C', 100, FULL),
  illustrative('EC.ICT.WS.2A', 100, FULL),
  illustrative('EC.ICT.D.1A', 100, FULL),
  illustrative('EC.ICT.ES.1C', 100, FULL),
  illustrative('EC.ICT.ES.2A', 100, FULL),
  illustrative('EC.ICT.ES.3A', 20, 'Project placeholder'),
  illustrative('EC.ICT.T.1C', 100, FULL),
  illustrative('EC.ICT.T.2C', 100, FULL),
  illustrative('EC.ICT.T.3A', 100, FULL),
  illustrative('EC.ICT.PS.1A.PERCENT', 100, FULL),
  illustrative('EC.ICT.PS.2A.PERCENT', 100, FULL),
  illustrative('EC.ICT.PS.3A', 100, FULL),
  sourced('EC.P.IN.1C', 3, 'European Commission target: R&D expenditure of 3 % of GDP'),
  illustrative('EC.P.IN.2C', 50, 'Project placeholder'),
  illustrative('EC.P.EM.1C', 5, 'Project placeholder'),
  illustrative('EC.P.EM.2C', 10, 'Project placeholder'),
  sourced('EC.I.WS.1C', 100, SDG_UNIVERSAL('6.1 (drinking water)')),
  sourced('EC.I.WS.2C', 100, SDG_UNIVERSAL('6.1 (safe drinking water)')),
  illustrative('EC.I.WS.3C', 15, 'Project placeholder'),
  illustrative('EC.I.WS.4C', 100, FULL),
  sourced('EC.I.WS.5C', 100, SDG_UNIVERSAL('6.2 (sanitation)')),
  illustrative('EC.I.WA.1C', 100, 'Aligned with SDG 11.6.1; project placeholder'),
  illustrative('EC.I.ES.1C', 1, 'Project placeholder'),
  illustrative('EC.I.ES.2C', 60, 'Project placeholder'),
  sourced('EC.I.ES.3C', 100, SDG_UNIVERSAL('7.1 (electricity)')),
  illustrative('EC.I.T.1C.HIGH', 10, 'Project placeholder'),
  illustrative('EC.I.T.1C.LIGHT', 50, 'Project placeholder'),
  sourced('EC.I.T.2A', 100, SDG_UNIVERSAL('11.2 (convenient public transport)')),
  illustrative('EC.I.T.3C.PATHS', 30, 'Project placeholder'),
  illustrative('EC.I.T.3C.LANES', 30, 'Project placeholder'),
  illustrative('EC.I.T.4A.PRIVATE', 30, 'Project placeholder'),
  illustrative('EC.I.T.4A.PUBLIC', 40, 'Project placeholder'),
  illustrative('EC.I.T.4A.WALKING', 20, 'Project placeholder'),
  illustrative('EC.I.T.4A.CYCLING', 10, 'Project placeholder'),
  illustrative('EC.I.T.5A', 1.2, 'Project placeholder'),
  illustrative('EC.I.T.6A', 500, 'Project placeholder'),
  illustrative('EC.I.T.7A', 100, 'Project placeholder'),
  illustrative('EC.I.T.8A.ZERO', 20, 'Project placeholder'),
  illustrative('EC.I.B.1A', 100, FULL),
  illustrative('EC.I.B.2A', 100, FULL),
  illustrative('EC.I.UP.1A', 100, FULL),
  ...['COMPACT', 'CONNECTED', 'INTEGRATED', 'INCLUSIVE', 'RESILIENT'].map((v) =>
    sourced(`EC.I.UP.2A.${v}`, 1, YES('11.3 / 11.a')),
  ),
  sourced('EN.EN.AQ.1C.PM25', 5, WHO_AQG('PM2.5 annual mean')),
  sourced('EN.EN.AQ.1C.PM10', 15, WHO_AQG('PM10 annual mean')),
  sourced('EN.EN.AQ.1C.NO2', 10, WHO_AQG('NO₂ annual mean')),
  sourced('EN.EN.AQ.1C.SO2', 40, WHO_AQG('SO₂ 24-hour mean')),
  sourced('EN.EN.AQ.1C.O3', 60, WHO_AQG('O₃ peak-season mean')),
  illustrative('EN.EN.AQ.2C', 2.3, 'Aligned with 1.5 °C pathways for 2030; project placeholder'),
  sourced('EN.EN.WS.1C', 100, SDG_UNIVERSAL('6.1 (safe drinking water)')),
  illustrative('EN.EN.WS.2C.TOTAL', 150, 'Project placeholder'),
  illustrative(
    'EN.EN.WS.2C.RESIDENTIAL',
    100,
    'Upper end of the WHO 50-100 litres per person per day; placeholder',
  ),
  illustrative('EN.EN.WS.3C', 20, 'Project placeholder'),
  illustrative('EN.EN.WS.4C.PRIMARY', 100, FULL),
  illustrative('EN.EN.WS.4C.SECONDARY', 100, FULL),
  illustrative('EN.EN.WS.4C.TERTIARY', 50, 'Project placeholder'),
  sourced(
    'EN.EN.WA.1C.LANDFILL',
    10,
    'EU Landfill Directive: at most 10 % of municipal waste landfilled by 2035',
  ),
  illustrative('EN.EN.WA.1C.BURNT', 1, 'Aim is none; a positive placeholder keeps the ratio defined'),
  illustrative('EN.EN.WA.1C.OPENDUMP', 1, 'Aim is none; a positive placeholder keeps the ratio defined'),
  sourced(
    'EN.EN.WA.1C.RECYCLED',
    65,
    'EU Waste Framework Directive: 65 % of municipal waste recycled by 2035',
  ),
  illustrative('EN.EN.EQ.1C', 100, FULL),
  illustrative('EN.EN.EQ.2A.LDEN', 10, 'Project placeholder'),
  illustrative('EN.EN.EQ.2A.LNIGHT', 10, 'Project placeholder'),
  illustrative('EN.EN.PSN.1C', 90, 'Often-quoted 9 m² of green space per inhabitant; project placeholder'),
  sourced('EN.EN.PSN.2A', 100, SDG_UNIVERSAL('11.7 (green and public spaces)')),
  sourced(
    'EN.EN.PSN.3A',
    30,
    'Kunming-Montreal Global Biodiversity Framework, target 3: 30 % protected by 2030',
  ),
  illustrative('EN.EN.PSN.4A.INDOOR', 20_000, 'Project placeholder'),
  illustrative('EN.EN.PSN.4A.OUTDOOR', 100_000, 'Project placeholder'),
  illustrative('EN.E.E.1C.ELECTRICITY', 50, 'Project placeholder'),
  illustrative('EN.E.E.1C.THERMAL', 30, 'Project placeholder'),
  illustrative('EN.E.E.4A', 100, 'Project placeholder'),
  illustrative('SC.EH.ED.1C', 100, FULL),
  sourced('SC.EH.ED.2C.PRIMARY', 100, 'SDG 4.1: all children complete primary education by 2030'),
  sourced('SC.EH.ED.2C.SECONDARY', 100, 'SDG 4.1: all children complete secondary education by 2030'),
  illustrative('SC.EH.ED.3C', 25_000, 'Project placeholder'),
  illustrative('SC.EH.ED.4C', 100, 'Aligned with SDG 4.6 (literacy); project placeholder'),
  illustrative('SC.EH.ED.5A', 100, FULL),
  illustrative('SC.EH.H.1C', 80, 'Project placeholder'),
  sourced('SC.EH.H.2C', 70, 'SDG 3.1: maternal mortality below 70 per 100 000 live births by 2030'),
  illustrative('SC.EH.H.3C', 300, 'Project placeholder'),
  illustrative('SC.EH.H.4A', 300, 'Project placeholder'),
  sourced('SC.EH.H.5A.INSURANCE', 100, 'SDG 3.8: universal health coverage (100 %)'),
  sourced('SC.EH.H.5A.PUBLIC', 100, 'SDG 3.8: universal health coverage (100 %)'),
  illustrative('SC.EH.C.1C', 3, 'Project placeholder'),
  illustrative('SC.EH.C.2A.LIBRARIES', 5, 'Project placeholder'),
  illustrative('SC.EH.C.2A.MUSEUMS', 5, 'Project placeholder'),
  illustrative('SC.EH.C.2A.VENUES', 3, 'Project placeholder'),
  illustrative('SC.SH.HO.1C', 1, 'Aim is none (SDG 11.1); a positive placeholder keeps the ratio defined'),
  illustrative('SC.SH.HO.2A', 30, 'Common 30 % housing affordability threshold; project placeholder'),
  sourced('SC.SH.SI.1C', 1, 'SDG 8.5: equal pay for work of equal value (ratio 1)'),
  illustrative('SC.SH.SI.2C', 0.3, 'Project placeholder'),
  illustrative('SC.SH.SI.3C', 5, 'Aim is none (SDG 1.1); project placeholder'),
  illustrative('SC.SH.SI.4C', 70, 'Project placeholder'),
  illustrative(
    'SC.SH.SI.5A.PUBLIC',
    45,
    'EU Barcelona target for children under 3 (45 %), applied to public places',
  ),
  illustrative('SC.SH.SA.1C', 0.1, 'Project placeholder'),
  illustrative('SC.SH.SA.2C', 0.1, 'Project placeholder'),
  ...['RISK', 'FINANCE', 'SYSTEMS'].map((v) => sourced(`SC.SH.SA.3A.${v}`, 1, YES('11.b / 13.1'))),
  illustrative('SC.SH.SA.4A', 5, 'Project placeholder'),
  illustrative('SC.SH.SA.5A.POLICE', 10, 'Project placeholder'),
  illustrative('SC.SH.SA.5A.FIRE', 8, 'Project placeholder'),
  illustrative('SC.SH.SA.5A.MEDICAL', 8, 'Project placeholder'),
  illustrative('SC.SH.SA.6C', 220, 'Project placeholder'),
  illustrative('SC.SH.SA.7C', 100, 'Project placeholder'),
  illustrative('SC.SH.SA.8C', 100, 'Project placeholder'),
  illustrative('SC.SH.SA.9C', 3, 'Project placeholder'),
  illustrative('SC.SH.FS.1A', 20, 'Project placeholder'),
];

function load(): TargetsTable {
  const checked = validateTargets({
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    createdBy: 'project defaults',
    note: 'Shipped defaults: sourced entries cite their target, the others are illustrative placeholders.',
    entries,
  });
  if (!checked.ok) throw new Error(`Default targets are invalid: ${checked.issues.join('; ')}`);
  return checked.table;
}

export const defaultTargets: TargetsTable = load();
