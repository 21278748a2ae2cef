// An edition's open data: CSV tables of what the public view shows, and the Frictionless Data Package describing
// them (table schemas, licence, sources), so that anyone can load an edition with standard tools.
import type { IndexEdition } from './edition.ts';
import { namedCities, type PublicEdition } from './public-view.ts';
import type { TreeLayout } from './tree.ts';

type FieldType = 'string' | 'integer' | 'number';
interface Field {
  name: string;
  type: FieldType;
  description: string;
  constraints?: { required: true };
}
type Cell = string | number | null | undefined;

interface Table {
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey: string[];
  rows: Cell[][];
}

export const openDataTables = ['cities.csv', 'kpis.csv', 'data-points.csv', 'distributions.csv'] as const;
export type OpenDataTable = (typeof openDataTables)[number];

export const OPEN_DATA_LICENCE = {
  name: 'CC-BY-4.0',
  path: 'https://creativecommons.org/licenses/by/4.0/',
  title: 'Creative Commons Attribution 4.0 International',
};

const field = (name: string, type: FieldType, description: string, required = false): Field => ({
  name,
  type,
  description,
  ...(required ? { constraints: { required: true as const } } : {}),
});

function tables(
  layout: TreeLayout,
  edition: IndexEdition,
  view: PublicEdition,
): Record<OpenDataTable, Table> {
  const named = namedCities(edition);
  const city = field('city_id', 'string', 'The city’s identifier in the programme', true);
  return {
    'cities.csv': {
      name: 'cities',
      title: 'Cities',
      description:
        'Cities that consented to be named: rank, index, rank interval, dimension scores and coverage.',
      primaryKey: ['city_id'],
      fields: [
        city,
        field('city', 'string', 'City name', true),
        field('country', 'string', 'Country', true),
        field('region', 'string', 'Region, as the city gave it'),
        field('status', 'string', 'ranked, or listed (under the coverage threshold in a dimension)', true),
        field('rank', 'integer', 'Rank among all ranked cities, named or not (1 is first)'),
        field('index', 'number', 'Index score, 0 to 100'),
        field('median_rank', 'integer', 'Median rank over the Monte Carlo draws'),
        field('rank_low', 'integer', '5th percentile rank over the draws'),
        field('rank_high', 'integer', '95th percentile rank over the draws'),
        ...layout.dimensions.flatMap((d) => [
          field(`score_${d.path}`, 'number', `${d.nameEn}: dimension score, 0 to 100`),
          field(`coverage_${d.path}`, 'number', `${d.nameEn}: share of its KPIs with a verified value`),
        ]),
      ],
      rows: view.cities.map((c) => [
        c.cityId,
        c.cityName,
        c.country,
        c.region,
        c.status,
        c.rank,
        c.index,
        c.uncertainty?.medianRank,
        c.uncertainty?.low,
        c.uncertainty?.high,
        ...layout.dimensions.flatMap((d) => [
          c.dimensions[d.path],
          c.coverage.find((v) => v.path === d.path)?.share,
        ]),
      ]),
    },
    'kpis.csv': {
      name: 'kpis',
      title: 'KPI scores',
      description: 'Normalised KPI scores (0 to 100) of the named cities, under the edition’s normalisation.',
      primaryKey: ['city_id', 'kpi_id'],
      fields: [
        city,
        field('kpi_id', 'string', 'KPI id of ITU-T Y.4903', true),
        field('score', 'number', 'KPI score, 0 to 100', true),
      ],
      rows: named.flatMap((c) => Object.entries(c.kpis).map(([kpiId, score]) => [c.cityId, kpiId, score])),
    },
    'data-points.csv': {
      name: 'data-points',
      title: 'Verified data points',
      description:
        'The verified values of the named cities the scores rest on, and their performance against the target.',
      primaryKey: ['city_id', 'data_point_id'],
      fields: [
        city,
        field('data_point_id', 'string', 'Data point id of the KPI catalogue', true),
        field('kpi_id', 'string', 'KPI id', true),
        field('value', 'number', 'Verified value, in the data point’s unit', true),
        field('performance_percent', 'number', 'Value as a percentage of the target, direction-aware', true),
      ],
      rows: named.flatMap((c) =>
        c.dataPoints.map((p) => [c.cityId, p.dataPointId, p.kpiId, p.value, p.percentage]),
      ),
    },
    'distributions.csv': {
      name: 'distributions',
      title: 'Distributions',
      description: `Quartiles over every contributing city, named or anonymous, published only over at least ${view.minCitiesPerDistribution} cities.`,
      primaryKey: ['level', 'path'],
      fields: [
        field('level', 'string', 'index, dimension, subDimension, category or kpi', true),
        field('path', 'string', 'Taxonomy path or KPI id', true),
        field('cities', 'integer', 'Cities with a score there', true),
        field('q1', 'number', 'First quartile', true),
        field('median', 'number', 'Median', true),
        field('q3', 'number', 'Third quartile', true),
      ],
      rows: view.distributions.map((d) => [d.level, d.path, d.cities, d.q1, d.median, d.q3]),
    },
  };
}

/** RFC 4180: a field with a comma, a quote or a line break is quoted, quotes doubled; an empty field is missing. */
function csvCell(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function openDataCsv(
  layout: TreeLayout,
  edition: IndexEdition,
  view: PublicEdition,
  name: OpenDataTable,
): string {
  const table = tables(layout, edition, view)[name];
  return [table.fields.map((f) => f.name), ...table.rows]
    .map((row) => `${row.map(csvCell).join(',')}\r\n`)
    .join('');
}

/** The descriptor (Data Package v1); its resources' paths are relative to where it is served. */
export function dataPackage(layout: TreeLayout, edition: IndexEdition, view: PublicEdition) {
  return {
    profile: 'tabular-data-package',
    name: `u4ssc-ssc-index-${edition.editionId.toLowerCase()}`,
    title: `Smart Sustainable Cities Index, edition ${edition.editionId}`,
    description: `Methodology version ${edition.methodologyVersion}, targets version ${edition.targetsVersion}, KPI catalogue ${edition.catalogueVersion}. Only cities that consented are named; the others count in ranks and distributions.`,
    version: `${edition.methodologyVersion}.${edition.targetsVersion}.0`,
    created: view.publishedAt,
    licenses: [OPEN_DATA_LICENCE],
    sources: [
      { title: 'U4SSC KPIs for Smart Sustainable Cities (ITU-T Y.4903), verified by the U4SSC programme' },
    ],
    resources: Object.entries(tables(layout, edition, view)).map(([path, t]) => ({
      name: t.name,
      path: `data/${path}`,
      profile: 'tabular-data-resource',
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', header: true },
      schema: { fields: t.fields, primaryKey: t.primaryKey, missingValues: [''] },
    })),
  };
}
export type DataPackage = ReturnType<typeof dataPackage>;
