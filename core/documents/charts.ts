// Charts for the city snapshot, rendered server-side by ECharts in SVG mode (no canvas) and placed into the PDF.
import { BarChart, RadarChart } from 'echarts/charts';
import { GridComponent, RadarComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import SVGtoPDF from 'svg-to-pdfkit';
import { fonts } from './fonts.ts';
import { palette } from './layout.ts';
import type { Pdf } from './pdf.ts';
import { plainSubscripts } from './subscripts.ts';

echarts.use([RadarChart, BarChart, RadarComponent, GridComponent, SVGRenderer]);

type Size = { width: number; height: number };

function renderSvg(option: echarts.EChartsCoreOption, size: Size): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'sans-serif' }, ...option });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}

/** A 0-100 radar with one axis per entry; entries without a score are drawn at 0 and named with a dash. */
export function radarSvg(axes: { name: string; value: number | null }[], size: Size): string {
  return renderSvg(
    {
      radar: {
        radius: '62%',
        splitNumber: 4,
        // Chart text cannot be lowered like the documents' subscripts, so NO₂ is labelled NO2.
        indicator: axes.map((a) => ({
          name: plainSubscripts(a.value === null ? `${a.name} —` : a.name),
          max: 100,
          min: 0,
        })),
        axisName: { color: palette.text, fontSize: 10 },
        splitArea: { areaStyle: { color: ['#f7f9fb', '#eef2f6'] } },
      },
      series: [
        {
          type: 'radar',
          symbolSize: 4,
          lineStyle: { color: palette.accent, width: 2 },
          itemStyle: { color: palette.primary },
          areaStyle: { color: palette.accent, opacity: 0.25 },
          data: [{ value: axes.map((a) => a.value ?? 0) }],
        },
      ],
    },
    size,
  );
}

/** Horizontal 0-100 bars, one per entry, each in its own colour, with its printed value at the bar's end. */
/** Horizontal bars on a 0-100 % axis, or on another scale (maturity levels 0-4) when `axis` says so. */
export function barSvg(
  bars: { name: string; value: number; label: string; colour: string }[],
  size: Size,
  axis: { max: number; formatter: string } = { max: 100, formatter: '{value} %' },
): string {
  return renderSvg(
    {
      // The outer bounds hold the axis labels: the label column fits the longest name in either language.
      grid: {
        left: 8,
        right: 56,
        top: 8,
        bottom: 24,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: {
        type: 'value',
        min: 0,
        max: axis.max,
        interval: axis.max === 100 ? undefined : 1,
        axisLabel: { fontSize: 9, formatter: axis.formatter },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: bars.map((b) => plainSubscripts(b.name)),
        axisLabel: { fontSize: 11 },
      },
      series: [
        {
          type: 'bar',
          barWidth: '55%',
          data: bars.map((b) => ({ value: b.value, itemStyle: { color: b.colour } })),
          // The documents' own formatting, so a bar prints the same figure as the tables.
          label: {
            show: true,
            position: 'right',
            formatter: ({ dataIndex }: { dataIndex: number }) => bars[dataIndex]!.label,
            fontSize: 10,
            // ECharts outlines labels in white behind the fill (paint-order), which svg-to-pdfkit paints on top.
            textBorderColor: 'transparent',
          },
        },
      ],
    },
    size,
  );
}

/** Draws an SVG at (x, y) with the document's embedded fonts, so Chinese labels render as text, not boxes. */
export function placeSvg(doc: Pdf, svg: string, x: number, y: number, size: Size): void {
  SVGtoPDF(doc, svg, x, y, {
    ...size,
    assumePt: true,
    fontCallback: (_family: string, bold: boolean) => (bold ? fonts.bold : fonts.regular),
  });
}
