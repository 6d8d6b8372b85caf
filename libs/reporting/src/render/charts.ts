import * as echarts from 'echarts';
import { Dec } from '@loanbook/domain';
import { formatCount, formatDecimal, formatMonth, formatPercent } from '@loanbook/locale';
import type { ChartUnit, ReportChart, ReportLanguage } from '../model';

export interface ChartSvgOptions {
  readonly width?: number;
  /** Default: DEFAULT_CHART_HEIGHT, or what a horizontal chart's bars need. */
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

/** The text on a bar of each palette colour: dark on the two light ones, white on the rest. */
const LABEL_ON = [
  '#ffffff',
  '#111111',
  '#ffffff',
  '#ffffff',
  '#ffffff',
  '#111111',
  '#ffffff',
  '#ffffff',
];

/** The system font stack of the HTML page, unquoted: it goes into SVG style attributes. */
const FONT_FAMILY = 'system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif';

/** More categories than this do not fit side by side: the bars lie down. */
const MAX_UPRIGHT_CATEGORIES = 12;
/** The width of a horizontal chart's category labels; longer ones wrap. */
const SIDE_LABEL_WIDTH = 200;
/** ECharts measures text on the server by estimate (about 6 px a letter at 12 px); fonts run wider. */
const LETTER_WIDTH = 6.5;
/** Room beside the plot for the value axis, its name and the labels past the bars. */
const PLOT_MARGIN = 110;

/**
 * A chart of the report as one standalone SVG element, drawn by ECharts on the server, its texts
 * and figures in the report's language. The title is left to the page (the HTML has the
 * caption). Every bar and point carries its value (amounts in whole euros, from the exact
 * decimal; the tables have the cents), every category its label: long or many categories lie
 * down as horizontal bars with wrapped labels. The value axis is named with its unit. The SVG
 * refers to nothing outside itself and is the same text for the same chart: ECharts'
 * instance-numbered ids are replaced by ones derived from the chart id, and its hover
 * stylesheet (useless on a static page) is dropped. A chart with nothing to draw (chartIsEmpty)
 * is not drawn by the page; drawn anyway, it shows its axes only.
 */
export function renderChartSvg(
  chart: ReportChart,
  language: ReportLanguage,
  opts: ChartSvgOptions = {},
): string {
  checkSeries(chart);
  const width = opts.width ?? DEFAULT_CHART_WIDTH;
  const horizontal = isHorizontal(chart, width);
  const height = opts.height ?? (horizontal ? horizontalHeight(chart) : DEFAULT_CHART_HEIGHT);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption(chartOption(chart, language, width, horizontal));
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

function checkSeries(chart: ReportChart): void {
  for (const s of chart.series) {
    if (s.values.length !== chart.categories.length) {
      throw new RangeError(
        `chart ${chart.id}, series ${JSON.stringify(s.name)}: ${s.values.length} values for ${chart.categories.length} categories`,
      );
    }
  }
}

/**
 * Bars lie down when asked to, or when their labels would not fit under them: too many
 * categories, or a word wider than a category's room (it would be cut in two).
 */
function isHorizontal(chart: ReportChart, width: number): boolean {
  if (chart.kind === 'horizontal-bar') return true;
  if (chart.kind === 'line' || chart.categoryKind === 'month') return false;
  const room = uprightLabelWidth(width, chart.categories.length);
  return (
    chart.categories.length > MAX_UPRIGHT_CATEGORIES ||
    chart.categories.some((c) => c.split(/\s+/).some((word) => word.length * LETTER_WIDTH > room))
  );
}

function uprightLabelWidth(width: number, categories: number): number {
  return Math.floor((width - PLOT_MARGIN) / Math.max(1, categories)) - 4;
}

/** The room for a horizontal chart's labels: what its longest needs, up to SIDE_LABEL_WIDTH. */
function sideLabelWidth(chart: ReportChart): number {
  const longest = Math.max(0, ...chart.categories.map((c) => c.length));
  return Math.min(SIDE_LABEL_WIDTH, Math.ceil(longest * LETTER_WIDTH));
}

/** Lines a side label wraps to. */
function sideLabelLines(label: string, width: number): number {
  return Math.max(1, Math.ceil((label.length * LETTER_WIDTH) / width));
}

function horizontalHeight(chart: ReportChart): number {
  const width = sideLabelWidth(chart);
  // A bar and its gap: at least 32 px, more for a label of several lines.
  const rows = chart.categories.reduce((h, c) => h + 16 + 16 * sideLabelLines(c, width), 0);
  return Math.max(DEFAULT_CHART_HEIGHT / 2, rows + 84 + (chart.series.length > 1 ? 36 : 0));
}

function chartOption(
  chart: ReportChart,
  language: ReportLanguage,
  width: number,
  horizontal: boolean,
): echarts.EChartsOption {
  const empty = chartIsEmpty(chart);
  const stacked = chart.kind === 'stacked-bar';
  // A stack's parts are told apart by the legend, even when there is one part.
  const withLegend = chart.series.length > 1 || stacked;
  const decimals = chart.series.map((s) =>
    s.values.map((v) => (v === null ? null : chartValue(chart, s.name, v))),
  );
  const labelOf = (value: Dec | null) =>
    value === null ? '' : valueLabel(chart.unit, value, language);
  /** Whether a category has one part above zero only. */
  const alone = (category: number) =>
    decimals.filter((values) => values[category] !== null && !values[category]!.isZero()).length ===
    1;
  const series: echarts.SeriesOption[] = chart.series.map((s, index) => {
    // A decimal string becomes a number here, and only to be drawn; its label is written from the decimal.
    const values = decimals[index];
    const data = values.map((v) => (v === null ? null : v.toNumber()));
    const labels = values.map(labelOf);
    const color = CHART_PALETTE[index % CHART_PALETTE.length];
    if (chart.kind === 'line') {
      return {
        type: 'line',
        name: s.name,
        data,
        color,
        symbol: 'circle',
        symbolSize: 6,
        lineStyle: { width: 2 },
        // A missing value (no denominator) is a gap, not a fall to zero.
        connectNulls: false,
        label: {
          show: true,
          position: 'top',
          color: '#222222',
          formatter: (p: { dataIndex: number }) => labels[p.dataIndex],
        },
        labelLayout: { hideOverlap: true },
      };
    }
    return {
      type: 'bar',
      name: s.name,
      data,
      color,
      stack: stacked ? 'total' : undefined,
      barMaxWidth: 48,
      label: stacked
        ? {
            // A part of a stack: inside it when there is room, hidden where labels would collide.
            show: true,
            position: 'inside',
            color: LABEL_ON[index % LABEL_ON.length],
            fontSize: 11,
            // Nothing on a part of zero, nor on one that is the whole stack: its total says it.
            formatter: (p: { dataIndex: number }) =>
              values[p.dataIndex]?.isZero() || alone(p.dataIndex) ? '' : labels[p.dataIndex],
          }
        : {
            show: true,
            position: horizontal ? 'right' : 'top',
            color: '#222222',
            formatter: (p: { dataIndex: number }) => labels[p.dataIndex],
          },
      labelLayout: stacked ? { hideOverlap: true } : undefined,
    };
  });
  if (stacked && !empty) {
    // The stack's total at its end: a bar of height zero on top that carries only a label.
    const totals = chart.categories.map((_, c) =>
      decimals.reduce((sum, values) => sum.plus(values[c] ?? 0), new Dec(0)),
    );
    series.push({
      type: 'bar',
      name: '',
      stack: 'total',
      data: totals.map(() => 0),
      silent: true,
      itemStyle: { color: 'transparent' },
      label: {
        show: true,
        position: horizontal ? 'right' : 'top',
        color: '#111111',
        fontWeight: 'bold',
        formatter: (p: { dataIndex: number }) => labelOf(totals[p.dataIndex]),
      },
    });
  }

  const categories = chart.categories.map((c) =>
    chart.categoryKind === 'month' ? monthLabel(c, language, horizontal) : c,
  );
  const categoryAxis: echarts.EChartsOption['xAxis'] = {
    type: 'category',
    data: categories,
    inverse: horizontal, // the first category on top, as a table reads
    axisLabel: {
      color: '#333333',
      // Every category keeps its label: wrapped, never dropped for want of room.
      interval: 0,
      width: horizontal ? sideLabelWidth(chart) : uprightLabelWidth(width, categories.length),
      overflow: 'break',
      lineHeight: 14,
    },
    axisLine: { lineStyle: { color: '#555555' } },
    axisTick: { alignWithLabel: true },
  };
  const valueAxis: echarts.EChartsOption['yAxis'] = {
    type: 'value',
    name: chart.axisTitle,
    nameLocation: horizontal ? 'middle' : 'end',
    nameGap: horizontal ? 28 : 14,
    nameTextStyle: { color: '#333333', align: horizontal ? 'center' : 'left', fontWeight: 'bold' },
    minInterval: chart.unit === 'count' ? 1 : undefined,
    // Without data ECharts would invent a 0–1 scale with fractional ticks.
    max: empty ? 1 : undefined,
    interval: empty ? 1 : undefined,
    axisLabel: {
      color: '#333333',
      formatter: (value: number) => axisLabel(chart.unit, value, language),
      // An empty chart shows its zero line only, not a made-up scale.
      showMaxLabel: !empty,
    },
    splitLine: { lineStyle: { color: '#dddddd' } },
  };
  return {
    animation: false,
    textStyle: { fontFamily: FONT_FAMILY, fontSize: 12, color: '#222222' },
    grid: {
      // Beyond what ECharts estimates for the labels: real fonts run wider.
      left: horizontal ? 40 : 16,
      // Room for the labels at the end of the longest bar.
      right: horizontal ? 72 : 24,
      top: 40,
      bottom: (withLegend ? 44 : 16) + (horizontal ? 28 : 0),
      containLabel: true,
    },
    legend: withLegend
      ? {
          show: true,
          bottom: 0,
          data: chart.series.map((s) => s.name),
          itemWidth: 14,
          itemHeight: 10,
          // Text widths are estimated on the server; real fonts run wider, so leave room.
          itemGap: 28,
          textStyle: { fontFamily: FONT_FAMILY, color: '#222222' },
        }
      : { show: false },
    xAxis: horizontal ? (valueAxis as echarts.EChartsOption['xAxis']) : categoryAxis,
    yAxis: horizontal ? (categoryAxis as echarts.EChartsOption['yAxis']) : valueAxis,
    series,
  };
}

/** "mei 2021" under an upright bar as two lines ("mei", "2021"); beside a lying one as one. */
function monthLabel(month: string, language: ReportLanguage, horizontal: boolean): string {
  const label = formatMonth(month, language, { short: true });
  return horizontal ? label : label.replace(/ (\d{4})$/, '\n$1');
}

function chartValue(chart: ReportChart, series: string, value: string): Dec {
  // Dec alone would also take "NaN", "Infinity" and "1e3".
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value)) {
    throw new RangeError(
      `chart ${chart.id}, series ${JSON.stringify(series)}: ${JSON.stringify(value)} is not a decimal`,
    );
  }
  return new Dec(value);
}

/** The figure on a bar or point: whole euros, counts, percentages with two decimals. */
function valueLabel(unit: ChartUnit, value: Dec, language: ReportLanguage): string {
  switch (unit) {
    case 'EUR':
      return formatDecimal(value.toDecimalPlaces(0, Dec.ROUND_HALF_UP).toFixed(0), language);
    case 'count':
      return formatDecimal(value.toFixed(0), language);
    case 'ratio':
      return formatPercent(value.toFixed(), language);
  }
}

/**
 * Tick values come from ECharts as floats (0.30000000000000004); they are labels, not amounts,
 * so they are cut to a few decimals before being written.
 */
function axisLabel(unit: ChartUnit, value: number, language: ReportLanguage): string {
  if (!Number.isFinite(value)) return '';
  const decimal = new Dec(value);
  switch (unit) {
    case 'EUR':
      return formatDecimal(decimal.toDecimalPlaces(2).toFixed(), language);
    case 'count':
      return formatCount(decimal.toDecimalPlaces(0).toNumber(), language);
    case 'ratio':
      return formatPercent(decimal.toDecimalPlaces(4).toFixed(), language, 0);
  }
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
