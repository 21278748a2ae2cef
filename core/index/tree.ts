// The index's tree: dimension → sub-dimension → category → KPI, built from the catalogue, and laid out flat so
// that the aggregation and the Monte Carlo draws run over arrays.
import { kpiCatalogue } from '../kpis/catalogue.ts';

export interface IndexNodeName {
  /** The taxonomy path: `EC`, `EC.ICT`, `EC.ICT.WS` (a category code recurs under several sub-dimensions). */
  path: string;
  nameEn: string;
  nameZh: string;
}
export interface IndexKpi {
  kpiId: string;
  dataPointIds: readonly string[];
}
export interface IndexCategory extends IndexNodeName {
  kpis: readonly IndexKpi[];
}
export interface IndexSubDimension extends IndexNodeName {
  categories: readonly IndexCategory[];
}
export interface IndexDimension extends IndexNodeName {
  subDimensions: readonly IndexSubDimension[];
}
export interface IndexTree {
  dimensions: readonly IndexDimension[];
}

export const indexLevels = ['dimension', 'subDimension', 'category'] as const;
export type IndexLevel = (typeof indexLevels)[number];

/** The tree of the KPI catalogue, in catalogue order. */
export function catalogueTree(): IndexTree {
  const dimensions: (IndexDimension & { subDimensions: IndexSubDimension[] })[] = [];
  for (const kpi of kpiCatalogue.kpis) {
    const dPath = kpi.dimension.code;
    const sPath = `${dPath}.${kpi.subDimension.code}`;
    const cPath = `${sPath}.${kpi.category.code}`;
    let dimension = dimensions.find((d) => d.path === dPath);
    if (!dimension) {
      dimension = {
        path: dPath,
        nameEn: kpi.dimension.nameEn,
        nameZh: kpi.dimension.nameZh,
        subDimensions: [],
      };
      dimensions.push(dimension);
    }
    let sub = dimension.subDimensions.find((s) => s.path === sPath) as
      | (IndexSubDimension & { categories: IndexCategory[] })
      | undefined;
    if (!sub) {
      sub = { path: sPath, nameEn: kpi.subDimension.nameEn, nameZh: kpi.subDimension.nameZh, categories: [] };
      dimension.subDimensions.push(sub);
    }
    let category = sub.categories.find((c) => c.path === cPath) as
      | (IndexCategory & { kpis: IndexKpi[] })
      | undefined;
    if (!category) {
      category = { path: cPath, nameEn: kpi.category.nameEn, nameZh: kpi.category.nameZh, kpis: [] };
      sub.categories.push(category);
    }
    category.kpis.push({ kpiId: kpi.id, dataPointIds: kpi.dataPoints.map((p) => p.id) });
  }
  return { dimensions };
}

/** The tree as parallel arrays: each node knows its parent's position one level up. */
export interface TreeLayout {
  tree: IndexTree;
  dimensions: readonly IndexNodeName[];
  subDimensions: readonly (IndexNodeName & { parent: number })[];
  categories: readonly (IndexNodeName & { parent: number })[];
  kpis: readonly (IndexKpi & { parent: number; dimension: number })[];
  /** How many KPIs each dimension holds: the denominator of its coverage. */
  kpisPerDimension: readonly number[];
  /** The parents' positions as typed arrays, for the Monte Carlo's inner loop. */
  categoryParents: Int32Array;
  subDimensionParents: Int32Array;
}

export function layOut(tree: IndexTree): TreeLayout {
  const name = ({ path, nameEn, nameZh }: IndexNodeName) => ({ path, nameEn, nameZh });
  const layout = {
    tree,
    dimensions: [] as IndexNodeName[],
    subDimensions: [] as (IndexNodeName & { parent: number })[],
    categories: [] as (IndexNodeName & { parent: number })[],
    kpis: [] as (IndexKpi & { parent: number; dimension: number })[],
    kpisPerDimension: [] as number[],
  };
  tree.dimensions.forEach((d, di) => {
    layout.dimensions.push(name(d));
    layout.kpisPerDimension.push(0);
    for (const s of d.subDimensions) {
      layout.subDimensions.push({ ...name(s), parent: di });
      for (const c of s.categories) {
        layout.categories.push({ ...name(c), parent: layout.subDimensions.length - 1 });
        for (const k of c.kpis) {
          layout.kpis.push({ ...k, parent: layout.categories.length - 1, dimension: di });
          layout.kpisPerDimension[di]! += 1;
        }
      }
    }
  });
  return {
    ...layout,
    categoryParents: Int32Array.from(layout.categories, (c) => c.parent),
    subDimensionParents: Int32Array.from(layout.subDimensions, (s) => s.parent),
  };
}

/** The nodes of one level, in tree order. */
export function nodesOf(layout: TreeLayout, level: IndexLevel): readonly IndexNodeName[] {
  return level === 'dimension'
    ? layout.dimensions
    : level === 'subDimension'
      ? layout.subDimensions
      : layout.categories;
}
