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

/** The texts the SVG shows: axis labels and names, value labels, legend entries. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
}

function chart(overrides: Partial<ReportChart>): ReportChart {
  return {
    id: 'test-chart',
    title: 'A chart title that must not be drawn',
    kind: 'bar',
    unit: 'count',
    axisTitle: 'Applications',
    categoryKind: 'month',
    categories: ['2021-01', '2021-02', '2021-03'],
    series: [
      { name: 'Applications', values: ['212', '240', '305'] },
      { name: 'Approved', values: ['98', '121', '150'] },
    ],
    noData: 'No application from January to March 2021.',
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
      const svg = renderChartSvg(chart({ kind }), 'en');

      expectSelfContainedSvg(svg);
      expect(texts(svg)).toEqual(expect.arrayContaining(['Applications', 'Approved']));
      // Each series is drawn in its own colour: bars are filled, lines stroked.
      const paint = kind === 'line' ? 'stroke' : 'fill';
      expect(svg).toContain(`${paint}="${CHART_PALETTE[0]}"`);
      expect(svg).toContain(`${paint}="${CHART_PALETTE[1]}"`);
      expect(svg).not.toContain('A chart title that must not be drawn');
    },
  );

  it('given a stacked bar chart then the axis reaches the sum of a category, a grouped one only its largest value', () => {
    const values = chart({
      categoryKind: 'text',
      categories: ['A', 'B', 'C'],
      series: [
        { name: 'A', values: ['300', '10', '10'] },
        { name: 'B', values: ['300', '10', '10'] },
      ],
    });
    // The largest tick: the value axis reaches it, and no bar carries a higher label.
    const maxTick = (svg: string) =>
      Math.max(
        ...texts(svg)
          .filter((t) => /^[\d,]+$/.test(t))
          .map((t) => Number(t.replace(/,/g, ''))),
      );

    expect(
      maxTick(renderChartSvg({ ...values, kind: 'stacked-bar' }, 'en')),
    ).toBeGreaterThanOrEqual(600);
    expect(maxTick(renderChartSvg({ ...values, kind: 'bar' }, 'en'))).toBeLessThan(600);
  });

  it('given one series then there is no legend', () => {
    const svg = renderChartSvg(
      chart({ series: [{ name: 'Only series', values: ['1', '2', '3'] }] }),
      'en',
    );
    expectSelfContainedSvg(svg);
    expect(texts(svg)).not.toContain('Only series');
  });

  it.each([
    ['nl', /^\d{1,3}(\.\d{3})+$/, '21.450.312'],
    ['fr', /^\d{1,3}(\u202f\d{3})+$/, '21\u202f450\u202f312'],
    ['en', /^\d{1,3}(,\d{3})+$/, '21,450,312'],
  ] as const)(
    'given money in %s, then the axis is named EUR, its ticks and every stack total are grouped the language’s way, in whole euros',
    (language, grouped, firstTotal) => {
      const svg = renderChartSvg(
        chart({
          kind: 'stacked-bar',
          unit: 'EUR',
          axisTitle: 'EUR',
          series: [
            { name: 'Performing', values: ['20647197.67', '26897578.75', '9876543.21'] },
            { name: 'In arrears', values: ['803114.20', '412877.35', '0.00'] },
          ],
        }),
        language,
      );
      const labels = texts(svg);
      expect(labels).toContain('EUR');
      expect(labels.some((t) => grouped.test(t))).toBe(true);
      // 20,647,197.67 + 803,114.20 = 21,450,311.87: the total, rounded half up from the decimals.
      expect(labels).toContain(firstTotal);
    },
  );

  it('given ratios then the axis labels are percentages', () => {
    const svg = renderChartSvg(
      chart({
        kind: 'line',
        unit: 'ratio',
        axisTitle: '%',
        series: [{ name: 'Impulskrediet', values: ['0.5900', null, '0.6400'] }],
      }),
      'nl',
    );
    const percentages = texts(svg).filter((t) => /^\d+(,\d+)? %$/.test(t));
    expect(percentages.length).toBeGreaterThanOrEqual(3);
    expect(percentages).toContain('0 %');
    // Each point carries its value; the missing one is a gap without a label.
    expect(percentages).toEqual(expect.arrayContaining(['59,00 %', '64,00 %']));
    expect(texts(svg)).toContain('%');
  });

  it('given small counts then the loans axis has whole numbers only', () => {
    const svg = renderChartSvg(
      chart({ series: [{ name: 'Defaults', values: ['1', '3', '2'] }] }),
      'en',
    );
    const ticks = texts(svg).filter((t) => /^[\d.,]+$/.test(t));
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick).toMatch(/^\d+$/);
  });

  it('given all values zero, then it is empty; drawn anyway, it shows its axes and no made-up scale', () => {
    const zero = chart({
      unit: 'EUR',
      series: [
        { name: 'Defaulted', values: ['0.00', '0.00', '0.00'] },
        { name: 'Recovered', values: ['0.00', null, '0.00'] },
      ],
    });
    expect(chartIsEmpty(zero)).toBe(true);
    expect(chartIsEmpty(chart({}))).toBe(false);
    const svg = renderChartSvg(zero, 'en');
    expectSelfContainedSvg(svg);
    expect(texts(svg)).toEqual(expect.arrayContaining(['0', 'Jan', 'Mar', '2021']));
    expect(texts(svg)).not.toContain('1');
  });

  it.each(['stacked-bar', 'bar', 'horizontal-bar', 'line'] as const)(
    'given a %s chart without categories or series, then it draws without throwing',
    (kind) => {
      const svg = renderChartSvg(chart({ kind, categories: [], series: [] }), 'fr');
      expectSelfContainedSvg(svg);
    },
  );

  it.each([
    ['nl', ['jan', 'feb', 'mrt']],
    ['fr', ['janv.', 'févr.', 'mars']],
    ['en', ['Jan', 'Feb', 'Mar']],
  ] as const)(
    'given months in %s, then each bar has its month named under it, its year below',
    (language, months) => {
      const labels = texts(renderChartSvg(chart({}), language));
      // Two lines, a text each: the month, then its year.
      for (const month of months) expect(labels[labels.indexOf(month) + 1]).toBe('2021');
    },
  );

  it('given twelve long categories, then they lie down, each with its whole label and its value', () => {
    const reasons = [
      'insufficient information about the financial position',
      'insufficient information about the project',
      'insufficient information about the repayment capacity',
      'negative information in the credit register',
      'insufficient securities or equity',
      'known payment arrears',
      'formal notices for other credits',
      'unconvincing financial position or financial plan',
      "outside the lender's credit policy",
      'history of the enterprise or its representatives',
      'management and governance',
      'lack of training, experience or competence',
    ];
    const refusals = chart({
      kind: 'horizontal-bar',
      categoryKind: 'text',
      categories: reasons,
      series: [{ name: 'Refusals', values: reasons.map((_, i) => String(40 - i)) }],
    });
    const svg = renderChartSvg(refusals, 'en');
    const shown = texts(svg).join(' ').replace(/\s+/g, ' ').replace(/&#39;/g, "'");
    for (const reason of reasons) expect(shown).toContain(reason);
    for (let i = 0; i < reasons.length; i++) expect(texts(svg)).toContain(String(40 - i));
    // Tall enough for twelve bars with wrapped labels.
    const height = Number(/^<svg width="\d+" height="(\d+)"/.exec(svg)?.[1]);
    expect(height).toBeGreaterThanOrEqual(12 * 32);
    expect(texts(svg)).toContain('Applications');
  });

  it('given text categories too wide for upright bars, then the bars lie down rather than cut a word', () => {
    const products = ['Impulskrediet', 'Win-winlening', 'KMO-cofinanciering', 'Startlening'];
    const eight = chart({
      categoryKind: 'text',
      categories: [...products, ...products.map((p) => `${p} 2`)],
      series: [{ name: 'Aantal', values: ['1024', '300', '147', '120', '33', '0', '5', '6'] }],
    });
    const svg = renderChartSvg(eight, 'fr');
    // Lying down, the chart grows with its categories instead of keeping the upright height.
    expect(svg).not.toMatch(/^<svg width="720" height="320"/);
    expect(texts(svg)).toContain('KMO-cofinanciering');
    expect(texts(svg)).toContain('1\u202f024');
    // Four of them fit upright.
    const four = { categories: products, series: [{ name: 'x', values: ['1', '2', '3', '4'] }] };
    expect(renderChartSvg({ ...eight, ...four }, 'fr')).toMatch(/^<svg width="720" height="320"/);
  });

  it('given a stack of one part, then only its total is written, not the same figure twice', () => {
    const svg = renderChartSvg(
      chart({
        kind: 'stacked-bar',
        series: [
          { name: 'A', values: ['317', '0', '150'] },
          { name: 'B', values: ['0', '0', '160'] },
        ],
      }),
      'en',
    );
    const labels = texts(svg);
    expect(labels.filter((t) => t === '317')).toHaveLength(1);
    expect(labels).toEqual(expect.arrayContaining(['150', '160', '310']));
  });

  it('given the same chart twice then the SVG is the same text, with ids named after the chart', () => {
    const line = chart({
      id: 'approval-rate',
      kind: 'line',
      unit: 'ratio',
      series: [{ name: 'x', values: ['0.5', '0.6', '0.7'] }],
    });
    const first = renderChartSvg(line, 'nl');
    const second = renderChartSvg(line, 'nl');
    expect(second).toBe(first);
    const ids = [...first.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    for (const id of ids) expect(id.startsWith('chart-approval-rate-')).toBe(true);
    expect(first).not.toMatch(/zr\d+-/);
  });

  it('given two charts then their SVG ids do not collide in one page', () => {
    const idsOf = (svg: string) => [...svg.matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]);
    const a = idsOf(renderChartSvg(chart({ id: 'a', kind: 'line' }), 'en'));
    const b = idsOf(renderChartSvg(chart({ id: 'b', kind: 'line' }), 'en'));
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
      'en',
    );
    expect(svg).not.toContain('<b>');
    expect(texts(svg)).toContain('A &lt;b&gt;&amp;&quot;');
  });

  it('given a width and height then the SVG has that size', () => {
    const svg = renderChartSvg(chart({}), 'en', { width: 400, height: 200 });
    expect(svg).toMatch(/^<svg width="400" height="200"/);
  });

  it('given a value that is not a decimal, or a series of the wrong length, then it throws', () => {
    expect(() =>
      renderChartSvg(chart({ series: [{ name: 'x', values: ['1', 'NaN', '3'] }] }), 'en'),
    ).toThrow(/"NaN" is not a decimal/);
    expect(() =>
      renderChartSvg(chart({ series: [{ name: 'x', values: ['1', '2'] }] }), 'en'),
    ).toThrow(/2 values for 3 categories/);
  });

  it('given every chart of the sample report then each draws, and only the defaults chart is empty', () => {
    const charts = reportCharts(sampleReport());
    for (const c of charts) expectSelfContainedSvg(renderChartSvg(c, 'fr'));
    expect(charts.filter(chartIsEmpty).map((c) => c.id)).toEqual(['defaults-by-month']);
  });
});
