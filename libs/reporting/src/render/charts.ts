import * as echarts from 'echarts';
import { Dec } from '@loanbook/domain';
import type { ChartUnit, ReportChart } from '../model';

export interface ChartSvgOptions {
  readonly width?: number;
  readonly height?: number;
}

export const DEFAULT_CHART_WIDTH = 720;
export const DEFAULT_CHART_HEIGHT = 320;

/**
 * Colours that stay apart on a greyscale laser print and for colour-blind readers (Okabe–Ito,
 * darkened where a light tone would vanish on paper).
 */
export const CHART_PALETTE = [
  '#0b5394',
  '#e69f00',
  '#009e73',
  '#cc3d3d',
  '#6a3d9a',
  '#56b4e9',
  '#8c6d1f',
  '#666666',
] as const;

/** The system font stack of the HTML page, unquoted: it goes into SVG style attributes. */
const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

const NO_DATA_TEXT = 'No data';

/**
 * A chart of the report as one standalone SVG element, drawn by ECharts on the server. The title
 * is left to the page (the HTML has the heading). The SVG refers to nothing outside itself and
 * is the same text for the same chart: ECharts' instance-numbered ids are replaced by ones
 * derived from the chart id, and its hover stylesheet (useless on a static page) is dropped.
 * A chart without data still draws its axes with a "no data" note rather than failing.
 */
export function renderChartSvg(chart: ReportChart, opts: ChartSvgOptions = {}): string {
  const width = opts.width ?? DEFAULT_CHART_WIDTH;
  const height = opts.height ?? DEFAULT_CHART_HEIGHT;
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption(chartOption(chart));
    return tidySvg(instance.renderToSVGString(), svgIdPrefix(chart.id));
  } finally {
    instance.dispose();
  }
}

/** True when there is nothing to draw: no categories, or every value zero or missing. */
export function chartIsEmpty(chart: ReportChart): boolean {
  if (chart.categories.length === 0) return true;
  return chart.series.every((s) =>
    s.values.every((v) => v === null || chartValue(chart, s.name, v).isZero()),
  );
}

function chartOption(chart: ReportChart): echarts.EChartsOption {
  for (const s of chart.series) {
    if (s.values.length !== chart.categories.length) {
      throw new RangeError(
        `chart ${chart.id}, series ${JSON.stringify(s.name)}: ${s.values.length} values for ${chart.categories.length} categories`,
      );
    }
  }
  const empty = chartIsEmpty(chart);
  const withLegend = chart.series.length > 1;
  const series = chart.series.map((s, index): echarts.SeriesOption => {
    // A decimal string becomes a number here, and only to be drawn.
    const data = s.values.map((v) => (v === null ? null : chartValue(chart, s.name, v).toNumber()));
    const color = CHART_PALETTE[index % CHART_PALETTE.length];
    if (chart.kind === 'line') {
      return {
        type: 'line',
        name: s.name,
        data,
        color,
        symbol: 'circle',
        symbolSize: 5,
        lineStyle: { width: 2 },
        // A missing value (no denominator) is a gap, not a fall to zero.
        connectNulls: false,
      };
    }
    return {
      type: 'bar',
      name: s.name,
      data,
      color,
      stack: chart.kind === 'stacked-bar' ? 'total' : undefined,
      barMaxWidth: 48,
    };
  });
  return {
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: '#222222' },
    grid: {
      left: 16,
      right: 24,
      top: 36,
      bottom: withLegend ? 44 : 16,
      containLabel: true,
    },
    legend: withLegend
      ? {
          show: true,
          bottom: 0,
          itemWidth: 14,
          itemHeight: 10,
          // Text widths are estimated on the server; real fonts run wider, so leave room.
          itemGap: 28,
          textStyle: { fontFamily: FONT_FAMILY, color: '#222222' },
        }
      : { show: false },
    xAxis: {
      type: 'category',
      data: [...chart.categories],
      axisLabel: { color: '#333333', hideOverlap: true },
      axisLine: { lineStyle: { color: '#555555' } },
      axisTick: { alignWithLabel: true },
    },
    yAxis: {
      type: 'value',
      name: AXIS_NAME[chart.unit],
      nameTextStyle: { color: '#333333', align: 'left' },
      minInterval: chart.unit === 'loans' ? 1 : undefined,
      // Without data ECharts would invent a 0–1 scale with fractional ticks.
      max: empty ? 1 : undefined,
      axisLabel: {
        color: '#333333',
        formatter: (value: number) => axisLabel(chart.unit, value),
        // An empty chart shows its zero line only, not a made-up scale.
        showMaxLabel: !empty,
      },
      interval: empty ? 1 : undefined,
      splitLine: { lineStyle: { color: '#dddddd' } },
    },
    series,
    graphic: empty
      ? [
          {
            type: 'text',
            left: 'center',
            top: 'middle',
            silent: true,
            style: { text: NO_DATA_TEXT, fill: '#666666', fontSize: 14, fontFamily: FONT_FAMILY },
          },
        ]
      : [],
  };
}

const AXIS_NAME: Readonly<Record<ChartUnit, string>> = {
  EUR: 'EUR',
  loans: 'loans',
  ratio: '%',
};

function chartValue(chart: ReportChart, series: string, value: string): Dec {
  // Dec alone would also take "NaN", "Infinity" and "1e3".
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) {
    throw new RangeError(
      `chart ${chart.id}, series ${JSON.stringify(series)}: ${JSON.stringify(value)} is not a decimal`,
    );
  }
  return new Dec(value);
}

/**
 * Tick values come from ECharts as floats (0.30000000000000004); they are labels, not amounts,
 * so they are cut to a few decimals before being grouped.
 */
function axisLabel(unit: ChartUnit, value: number): string {
  if (!Number.isFinite(value)) return '';
  const decimal = new Dec(value);
  switch (unit) {
    case 'EUR':
      return group(decimal.toDecimalPlaces(2));
    case 'loans':
      return group(decimal.toDecimalPlaces(0));
    case 'ratio':
      return `${group(decimal.times(100).toDecimalPlaces(2))} %`;
  }
}

function group(value: Dec): string {
  const text = value.isZero() ? '0' : value.toFixed();
  const negative = text.startsWith('-');
  const [whole, fraction] = (negative ? text.slice(1) : text).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function svgIdPrefix(chartId: string): string {
  return `chart-${chartId.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

/**
 * ECharts numbers its instances (zr0, zr1, …) process-wide and uses the number in ids
 * (clip paths) and hover classes. Several SVGs inline in one page need ids of their own, and the
 * same chart should give the same text, so the ids are renamed after the chart, and the classes
 * and their hover stylesheet are dropped.
 */
function tidySvg(svg: string, prefix: string): string {
  return svg
    .replace(/<style\b[^>]*>[\s\S]*?<\/style>\s*/g, '')
    .replace(/ class="zr\d+-cls-\d+"/g, '')
    .replace(/(id="|url\(#|href="#)zr\d+-/g, `$1${prefix}-`)
    .trim();
}
