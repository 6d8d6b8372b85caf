import type { ReportChart } from '../model';
import { reportCharts } from '../model';
import { sampleReport } from '../testing/sample-report';
import { CHART_PALETTE, chartIsEmpty, renderChartSvg } from './charts';

const SVG_NAMESPACES = [
  'xmlns="http://www.w3.org/2000/svg"',
  'xmlns:xlink="http://www.w3.org/1999/xlink"',
];

function withoutNamespaces(svg: string): string {
  return SVG_NAMESPACES.reduce((text, ns) => text.split(ns).join(''), svg);
}

/** The texts the SVG shows: axis labels, legend entries, the "no data" note. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

function chart(overrides: Partial<ReportChart>): ReportChart {
  return {
    id: 'test-chart',
    title: 'A chart title that must not be drawn',
    kind: 'bar',
    unit: 'loans',
    categories: ['2021-01', '2021-02', '2021-03'],
    series: [
      { name: 'Applications', values: ['212', '240', '305'] },
      { name: 'Approved', values: ['98', '121', '150'] },
    ],
    ...overrides,
  };
}

function expectSelfContainedSvg(svg: string): void {
  expect(svg.startsWith('<svg')).toBe(true);
  expect(svg.endsWith('</svg>')).toBe(true);
  expect(svg.match(/<svg\b/g)).toHaveLength(1);
  expect(svg).not.toMatch(/<script/i);
  expect(svg).not.toMatch(/<style/i);
  expect(withoutNamespaces(svg)).not.toMatch(/https?:\/\//);
}

describe('renderChartSvg', () => {
  it.each(['stacked-bar', 'bar', 'line'] as const)(
    'given a %s chart with two series then it draws both, with a legend, and no title',
    (kind) => {
      const svg = renderChartSvg(chart({ kind }));

      expectSelfContainedSvg(svg);
      expect(texts(svg)).toEqual(expect.arrayContaining(['Applications', 'Approved']));
      // Each series is drawn in its own colour: bars are filled, lines stroked.
      const paint = kind === 'line' ? 'stroke' : 'fill';
      expect(svg).toContain(`${paint}="${CHART_PALETTE[0]}"`);
      expect(svg).toContain(`${paint}="${CHART_PALETTE[1]}"`);
      expect(svg).not.toContain('A chart title that must not be drawn');
      expect(texts(svg)).not.toContain('No data');
    },
  );

  it('given a stacked bar chart then the axis reaches the sum of a category, a grouped one only its largest value', () => {
    const values = chart({
      series: [
        { name: 'A', values: ['300', '10', '10'] },
        { name: 'B', values: ['300', '10', '10'] },
      ],
    });
    const maxTick = (svg: string) =>
      Math.max(
        ...texts(svg)
          .filter((t) => /^[\d,]+$/.test(t))
          .map((t) => Number(t.replace(/,/g, ''))),
      );

    expect(maxTick(renderChartSvg({ ...values, kind: 'stacked-bar' }))).toBeGreaterThanOrEqual(600);
    expect(maxTick(renderChartSvg({ ...values, kind: 'bar' }))).toBeLessThan(600);
  });

  it('given one series then there is no legend', () => {
    const svg = renderChartSvg(
      chart({ series: [{ name: 'Only series', values: ['1', '2', '3'] }] }),
    );
    expectSelfContainedSvg(svg);
    expect(texts(svg)).not.toContain('Only series');
  });

  it('given money then the axis labels group thousands and the axis is named EUR', () => {
    const svg = renderChartSvg(
      chart({
        kind: 'stacked-bar',
        unit: 'EUR',
        series: [
          { name: 'Performing', values: ['20647197.67', '26897578.75', '9876543.21'] },
          { name: 'In arrears', values: ['803114.20', '412877.35', '0.00'] },
        ],
      }),
    );
    const labels = texts(svg);
    expect(labels).toContain('EUR');
    expect(labels.some((t) => /^\d{1,3}(,\d{3})+$/.test(t))).toBe(true);
  });

  it('given ratios then the axis labels are percentages', () => {
    const svg = renderChartSvg(
      chart({
        kind: 'line',
        unit: 'ratio',
        series: [{ name: 'Impulskrediet', values: ['0.5900', null, '0.6400'] }],
      }),
    );
    const percentages = texts(svg).filter((t) => /^\d+(\.\d+)? %$/.test(t));
    expect(percentages.length).toBeGreaterThanOrEqual(3);
    expect(percentages).toContain('0 %');
    expect(texts(svg)).toContain('%');
  });

  it('given small counts then the loans axis has whole numbers only', () => {
    const svg = renderChartSvg(chart({ series: [{ name: 'Defaults', values: ['1', '3', '2'] }] }));
    const ticks = texts(svg).filter((t) => /^[\d.,]+$/.test(t));
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
  });

  it('given all values zero then it still draws the axes, with a "no data" note', () => {
    const svg = renderChartSvg(
      chart({
        unit: 'EUR',
        series: [
          { name: 'Defaulted', values: ['0.00', '0.00', '0.00'] },
          { name: 'Recovered', values: ['0.00', null, '0.00'] },
        ],
      }),
    );
    expectSelfContainedSvg(svg);
    expect(texts(svg)).toEqual(expect.arrayContaining(['No data', '0', '2021-01', '2021-03']));
  });

  it.each(['stacked-bar', 'bar', 'line'] as const)(
    'given a %s chart without categories or series then it draws without throwing',
    (kind) => {
      const svg = renderChartSvg(chart({ kind, categories: [], series: [] }));
      expectSelfContainedSvg(svg);
      expect(texts(svg)).toContain('No data');
    },
  );

  it('given the same chart twice then the SVG is the same text, with ids named after the chart', () => {
    const line = chart({
      id: 'approval-rate',
      kind: 'line',
      unit: 'ratio',
      series: [{ name: 'x', values: ['0.5', '0.6', '0.7'] }],
    });
    const first = renderChartSvg(line);
    const second = renderChartSvg(line);
    expect(second).toBe(first);
    const ids = [...first.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(id.startsWith('chart-approval-rate-')).toBe(true);
    expect(first).not.toMatch(/zr\d+-/);
  });

  it('given two charts then their SVG ids do not collide in one page', () => {
    const idsOf = (svg: string) => [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    const a = idsOf(renderChartSvg(chart({ id: 'a', kind: 'line' })));
    const b = idsOf(renderChartSvg(chart({ id: 'b', kind: 'line' })));
    expect(a.length).toBeGreaterThan(0);
    expect(a.filter((id) => b.includes(id))).toEqual([]);
  });

  it('given a series name with markup then it is escaped in the SVG', () => {
    const svg = renderChartSvg(
      chart({
        series: [
          { name: 'A <b>&"', values: ['1', '2', '3'] },
          { name: 'B', values: ['1', '2', '3'] },
        ],
      }),
    );
    expect(svg).not.toContain('<b>');
    expect(texts(svg)).toContain('A &lt;b&gt;&amp;&quot;');
  });

  it('given a width and height then the SVG has that size', () => {
    const svg = renderChartSvg(chart({}), { width: 400, height: 200 });
    expect(svg).toMatch(/^<svg width="400" height="200"/);
  });

  it('given a value that is not a decimal, or a series of the wrong length, then it throws', () => {
    expect(() =>
      renderChartSvg(chart({ series: [{ name: 'x', values: ['1', 'NaN', '3'] }] })),
    ).toThrow(/"NaN" is not a decimal/);
    expect(() => renderChartSvg(chart({ series: [{ name: 'x', values: ['1', '2'] }] }))).toThrow(
      /2 values for 3 categories/,
    );
  });

  it('given every chart of the sample report then each draws, and only the defaults chart is empty', () => {
    const charts = reportCharts(sampleReport());
    for (const c of charts) expectSelfContainedSvg(renderChartSvg(c));
    expect(charts.filter(chartIsEmpty).map((c) => c.id)).toEqual(['defaults-by-month']);
  });
});
