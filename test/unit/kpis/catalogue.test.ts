import { describe, expect, it } from 'vitest';
import {
  allDataPoints,
  catalogueChecksum,
  catalogueData,
  findDataPoint,
  findKpi,
  kpiCatalogue,
} from '../../../core/kpis/catalogue.ts';
import { catalogueDataSchema, operandsOf } from '../../../core/kpis/schema.ts';

const { kpis, cityProfile } = kpiCatalogue;
const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('KPI catalogue: counts from ITU-T Y.4903', () => {
  it('holds 91 KPIs, 55 core and 36 advanced', () => {
    expect(kpis).toHaveLength(91);
    expect(countBy(kpis, (kpi) => kpi.tier)).toEqual({ core: 55, advanced: 36 });
  });

  it('types 20 KPIs smart, 32 structural and 39 sustainable', () => {
    expect(countBy(kpis, (kpi) => kpi.type)).toEqual({ smart: 20, structural: 32, sustainable: 39 });
  });

  it('keeps the 22 officially typed KPIs marked official and the rest marked project', () => {
    const official = kpis.filter((kpi) => kpi.provenance.type === 'official');
    expect(official).toHaveLength(22);
    expect(kpis.filter((kpi) => kpi.provenance.type === 'project')).toHaveLength(69);
  });

  it('has 132 data collection points', () => {
    expect(allDataPoints()).toHaveLength(132);
  });

  it('spans 3 dimensions, 7 sub-dimensions and 22 categories', () => {
    expect(new Set(kpis.map((kpi) => kpi.dimension.code)).size).toBe(3);
    expect(new Set(kpis.map((kpi) => `${kpi.dimension.code}.${kpi.subDimension.code}`)).size).toBe(7);
    expect(new Set(kpis.map((kpi) => kpi.category.code)).size).toBe(22);
  });

  it('derives the tier from the C/A suffix of the code', () => {
    for (const kpi of kpis) expect(kpi.tier).toBe(kpi.code.endsWith('C') ? 'core' : 'advanced');
  });
});

describe('KPI catalogue: identifiers', () => {
  it('gives every KPI a unique id and code', () => {
    expect(new Set(kpis.map((kpi) => kpi.id)).size).toBe(91);
    expect(new Set(kpis.map((kpi) => kpi.code)).size).toBe(91);
  });

  it('gives every data point a unique id prefixed by its KPI id', () => {
    const ids = allDataPoints().map((point) => point.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const point of allDataPoints()) expect(point.id.startsWith(point.kpiId)).toBe(true);
  });

  it('uses the KPI id for single-point KPIs and a suffix for sub-series', () => {
    expect(findKpi('EC.ICT.ICT.1C')?.dataPoints.map((point) => point.id)).toEqual(['EC.ICT.ICT.1C']);
    expect(findKpi('EC.ICT.ICT.4C')?.dataPoints.map((point) => point.id)).toContain('EC.ICT.ICT.4C.4G');
  });

  it('finds a KPI by dotted id, by official code and by code without spaces', () => {
    const byId = findKpi('EN.EN.AQ.1C');
    expect(byId?.nameEn).toBe('Air Pollution');
    expect(findKpi('EN: EN: AQ: 1C')).toBe(byId);
    expect(findKpi('EN:EN:AQ:1C')).toBe(byId);
    expect(findKpi('XX.YY.ZZ.9C')).toBeUndefined();
  });

  it('finds data points by id', () => {
    expect(findDataPoint('EN.EN.AQ.1C.PM25')?.unit).toBe('µg/m³');
    expect(findDataPoint('EN.EN.AQ.1C')).toBeUndefined();
  });
});

describe('KPI catalogue: official sub-series', () => {
  const suffixes = (id: string) => findKpi(id)?.dataPoints.map((point) => point.id.slice(id.length + 1));

  it('splits air pollution into five pollutants', () => {
    expect(suffixes('EN.EN.AQ.1C')).toEqual(['PM25', 'PM10', 'NO2', 'SO2', 'O3']);
  });

  it('splits wastewater treatment into three levels and solid waste into six methods', () => {
    expect(suffixes('EN.EN.WS.4C')).toEqual(['PRIMARY', 'SECONDARY', 'TERTIARY']);
    expect(suffixes('EN.EN.WA.1C')).toHaveLength(6);
  });

  it('splits mode share into five modes and wireless coverage by technology', () => {
    expect(suffixes('EC.I.T.4A')).toEqual(['PRIVATE', 'PUBLIC', 'WALKING', 'CYCLING', 'PARA']);
    expect(suffixes('EC.ICT.ICT.4C')).toEqual(expect.arrayContaining(['3G', '4G']));
  });
});

describe('KPI catalogue: computations', () => {
  const profileIds = new Set<string>(cityProfile.map((field) => field.id));

  it('only reads inputs the data point declares and profile fields that exist', () => {
    for (const point of allDataPoints()) {
      const declared = new Set<string>(point.inputs.map((input) => input.id));
      for (const operand of operandsOf(point.computation)) {
        if ('input' in operand) expect(declared, point.id).toContain(operand.input);
        else expect(profileIds, point.id).toContain(operand.profile);
      }
    }
  });

  it('declares no input that the computation ignores', () => {
    for (const point of allDataPoints()) {
      const used = operandsOf(point.computation).flatMap((operand) =>
        'input' in operand ? [operand.input] : [],
      );
      expect(point.inputs.map((input) => input.id).sort(), point.id).toEqual([...used].sort());
    }
  });

  it('passes its schema unchanged: nothing declared is dropped, defaulted or rewritten by parsing', () => {
    const declared = catalogueData();
    expect(catalogueDataSchema.parse(structuredClone(declared))).toStrictEqual(declared);
    expect(catalogueChecksum(catalogueDataSchema.parse(declared))).toBe(kpiCatalogue.checksum);
  });

  it('rejects a data point whose computation reads an undeclared input', () => {
    const broken = structuredClone({ version: kpiCatalogue.version, cityProfile, kpis });
    const point = broken.kpis[0]!.dataPoints[0]!;
    point.inputs = point.inputs.filter((input) => input.id !== 'numerator');
    expect(catalogueDataSchema.safeParse(broken).success).toBe(false);
  });

  it('rejects duplicate data point ids', () => {
    const broken = structuredClone({ version: kpiCatalogue.version, cityProfile, kpis });
    broken.kpis[1]!.dataPoints[0]!.id = broken.kpis[0]!.dataPoints[0]!.id;
    expect(catalogueDataSchema.safeParse(broken).success).toBe(false);
  });
});

describe('KPI catalogue: provenance and version', () => {
  it('records a provenance for every field of every KPI', () => {
    for (const kpi of kpis) {
      expect(Object.keys(kpi.provenance).sort()).toEqual([
        'dataPoints',
        'direction',
        'nameEn',
        'nameZh',
        'sdgTargets',
        'taxonomy',
        'taxonomyZh',
        'tier',
        'type',
        'unit',
      ]);
    }
  });

  it('marks the Chinese taxonomy names as the project translation', () => {
    expect(new Set(kpis.map((kpi) => kpi.provenance.taxonomyZh))).toEqual(new Set(['project']));
  });

  it('has a semver version and a sha256 checksum', () => {
    expect(kpiCatalogue.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(kpiCatalogue.checksum).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('catalogueChecksum', () => {
  const data = () => structuredClone({ version: kpiCatalogue.version, cityProfile, kpis });

  it('reproduces the published checksum for the same data', () => {
    expect(catalogueChecksum(data())).toBe(kpiCatalogue.checksum);
  });

  it('does not depend on the order of object keys', () => {
    const reordered = { kpis: data().kpis, cityProfile: data().cityProfile, version: data().version };
    expect(catalogueChecksum(reordered)).toBe(kpiCatalogue.checksum);
  });

  it('changes when a KPI unit changes', () => {
    const changed = data();
    changed.kpis[0]!.unit = 'per mille';
    expect(catalogueChecksum(changed)).not.toBe(kpiCatalogue.checksum);
  });

  it('changes when a ratio scale changes', () => {
    const changed = data();
    const computation = changed.kpis[0]!.dataPoints[0]!.computation;
    if (computation.kind !== 'ratio') throw new Error('first data point is expected to be a ratio');
    computation.scale = 1000;
    expect(catalogueChecksum(changed)).not.toBe(kpiCatalogue.checksum);
  });
});
