import type { PortfolioReport, ReportColumn, ReportLanguage, ReportRow } from '../model';

/**
 * A portfolio report as the assembly would make it, written out by hand for the renderers'
 * tests: the figures add up (the totals are the sums of the rows, the ratios the quotients
 * rounded half up to 4 places), one ratio has no denominator (null), a product name carries
 * `<b>&"'` for escaping, and the defaults chart has nothing to draw.
 */
export function sampleReport(language: ReportLanguage = 'en'): PortfolioReport {
  return {
    language,
    title: 'Portfolio report – 31 May 2021',
    asOf: '2021-05-31',
    knownAt: '2021-06-01T06:00:00Z',
    period: { from: '2021-01-01', to: '2021-05-31' },
    generatedAt: '2021-06-01T08:15:42.123Z',
    position: 48213,
    summary: [
      'On 31 May 2021 the portfolio held 3,393 loans with EUR 63,679,942.23 outstanding.',
      'From 1 January to 31 May 2021, 361 win-win loans were registered for EUR 10,618,825.00 & 1,306 applications were filed; 60.17 % of those decided were approved.',
      'Arrears < 90 days & over: EUR 1,467,291.55, 2.30 % of the outstanding principal.',
    ],
    figures: [
      { id: 'outstanding', label: 'Outstanding principal', kind: 'money', value: '63679942.23' },
      { id: 'active-loans', label: 'Loans outstanding', kind: 'integer', value: 3393 },
      { id: 'approval-rate', label: 'Approval rate', kind: 'ratio', value: '0.6017' },
      { id: 'recovery-rate', label: 'Recovered after default', kind: 'ratio', value: null },
      {
        id: 'top-province',
        label: 'Province with the most loans',
        kind: 'text',
        value: 'Antwerpen',
      },
      { id: 'first-month', label: 'First month of the period', kind: 'month', value: '2021-01' },
      { id: 'as-of', label: 'Figures as of', kind: 'date', value: '2021-05-31' },
    ],
    headlines: [
      {
        id: 'outstanding',
        label: 'Outstanding principal',
        kind: 'money',
        value: '63679942.23',
        note: '3,393 loans, average EUR 18,768.03',
      },
      {
        id: 'winwin-registrations',
        label: 'Win-win loans registered',
        kind: 'integer',
        value: 361,
        note: 'EUR 10,618,825.00 from 1 January to 31 May 2021',
      },
      {
        id: 'approval-rate',
        label: 'Approval rate',
        kind: 'ratio',
        value: '0.6017',
        note: '642 approved, 425 refused',
      },
      {
        id: 'arrears-share',
        label: 'In arrears',
        kind: 'ratio',
        value: '0.0230',
        note: 'EUR 1,467,291.55 of the outstanding principal',
      },
      {
        id: 'recovery-rate',
        label: 'Recovered after default',
        kind: 'ratio',
        value: null,
        note: 'No loan defaulted in the period',
      },
      {
        id: 'as-of',
        label: 'As of',
        kind: 'date',
        value: '2021-05-31',
      },
    ],
    sections: [
      {
        id: 'winwin',
        title: 'Win-win loans registered',
        intro:
          'Win-win loans registered in the period, by month of registration and term. A registration counts in the month of its registration date.',
        charts: [
          {
            id: 'winwin-by-month',
            title: 'Win-win registrations by month and term',
            kind: 'stacked-bar',
            unit: 'count',
            axisTitle: 'Loans',
            categoryKind: 'month',
            noData: 'Nothing to draw.',
            categories: MONTHS,
            series: [
              { name: '5 years', values: ['28', '40', '60', '11', '43'] },
              { name: '8 years', values: ['4', '16', '10', '7', '9'] },
              { name: '10 years', values: ['14', '13', '11', '42', '53'] },
            ],
          },
        ],
        tables: [
          {
            id: 'winwin-by-month-term',
            title: 'Win-win registrations by month and term',
            description:
              'Registrations whose registration date falls in the period; the principal is the registered loan amount.',
            columns: [
              col('month', 'Month', 'month'),
              col('termYears', 'Term (years)', 'label-number'),
              col('registrations', 'Registrations', 'integer'),
              col('principal', 'Principal', 'money'),
              col('averagePrincipal', 'Average principal', 'money'),
            ],
            rows: [
              winwin('2021-01', 5, 28, '597157.00', '21327.04'),
              winwin('2021-01', 8, 4, '72152.00', '18038.00'),
              winwin('2021-01', 10, 14, '424733.00', '30338.07'),
              winwin('2021-02', 5, 40, '960203.50', '24005.09'),
              winwin('2021-02', 8, 16, '520630.50', '32539.41'),
              winwin('2021-02', 10, 13, '495463.00', '38112.54'),
              winwin('2021-03', 5, 60, '2323010.50', '38716.84'),
              winwin('2021-03', 8, 10, '414503.00', '41450.30'),
              winwin('2021-03', 10, 11, '431259.00', '39205.36'),
              winwin('2021-04', 5, 11, '267001.50', '24272.86'),
              winwin('2021-04', 8, 7, '190029.00', '27147.00'),
              winwin('2021-04', 10, 42, '837503.00', '19940.55'),
              winwin('2021-05', 5, 43, '1875026.50', '43605.27'),
              winwin('2021-05', 8, 9, '275575.50', '30619.50'),
              winwin('2021-05', 10, 53, '934578.00', '17633.55'),
            ],
            total: {
              month: 'Total',
              termYears: null,
              registrations: 361,
              principal: '10618825.00',
              averagePrincipal: '29415.03',
            },
          },
        ],
      },
      {
        id: 'funnel',
        title: 'Approval funnel',
        intro:
          'Applications filed in the period and what had become of them on 31 May 2021. The approval rate is approved / (approved + refused); applications still pending or withdrawn do not count.',
        charts: [
          {
            id: 'funnel-by-month',
            title: 'Applications, approvals and refusals by month filed',
            kind: 'bar',
            unit: 'count',
            axisTitle: 'Loans',
            categoryKind: 'month',
            noData: 'Nothing to draw.',
            categories: MONTHS,
            series: [
              { name: 'Applications', values: ['212', '240', '305', '261', '288'] },
              { name: 'Approved', values: ['98', '121', '150', '133', '140'] },
              { name: 'Refused', values: ['71', '80', '96', '77', '101'] },
            ],
          },
          {
            id: 'approval-rate-by-month',
            title: 'Approval rate by month filed',
            kind: 'line',
            unit: 'ratio',
            axisTitle: '%',
            categoryKind: 'month',
            noData: 'Nothing to draw.',
            categories: MONTHS,
            series: [
              { name: 'Impulskrediet', values: ['0.5900', '0.6150', '0.6212', '0.6400', '0.5875'] },
              {
                name: 'KMO-cofinanciering',
                values: ['0.5500', null, '0.6000', '0.6250', '0.5714'],
              },
              { name: 'Startlening', values: ['0.6000', '0.5833', '0.6087', '0.6190', '0.5600'] },
            ],
          },
        ],
        tables: [
          {
            id: 'funnel-by-month',
            title: 'Approval funnel by month filed',
            description:
              'Applications by the month of their application date; their outcome as recorded on 31 May 2021.',
            columns: [
              col('month', 'Month filed', 'month'),
              col('applications', 'Applications', 'integer'),
              col('approved', 'Approved', 'integer'),
              col('refused', 'Refused', 'integer'),
              col('approvalRate', 'Approval rate', 'ratio'),
            ],
            rows: [
              funnel('2021-01', 212, 98, 71, '0.5799'),
              funnel('2021-02', 240, 121, 80, '0.6020'),
              funnel('2021-03', 305, 150, 96, '0.6098'),
              funnel('2021-04', 261, 133, 77, '0.6333'),
              funnel('2021-05', 288, 140, 101, '0.5809'),
            ],
            total: funnel('Total', 1306, 642, 425, '0.6017'),
          },
          {
            id: 'funnel-by-product',
            title: 'Approval funnel by product',
            description:
              'Win-win loans are registered, not approved: they have no approval rate. Their registrations are in the section above.',
            columns: [
              col('product', 'Product', 'text'),
              col('applications', 'Applications', 'integer'),
              col('approved', 'Approved', 'integer'),
              col('refused', 'Refused', 'integer'),
              col('withdrawn', 'Withdrawn', 'integer'),
              col('pending', 'Pending', 'integer'),
              col('approvalRate', 'Approval rate', 'ratio'),
            ],
            rows: [
              product('Impulskrediet', 680, 330, 210, 40, 100, '0.6111'),
              product('KMO-cofinanciering', 290, 150, 105, 12, 23, '0.5882'),
              product('Startlening', 336, 162, 110, 20, 44, '0.5956'),
              product('Win-win loan', 0, 0, 0, 0, 0, null),
            ],
            total: product('Total', 1306, 642, 425, 72, 167, '0.6017'),
          },
        ],
      },
      {
        id: 'portfolio',
        title: 'Outstanding portfolio',
        intro:
          'Loans disbursed and not yet repaid or written off on 31 May 2021, by product. Arrears are instalments due and unpaid on that day; the change is over the period.',
        charts: [
          {
            id: 'outstanding-by-product',
            title: 'Outstanding principal and arrears by product',
            kind: 'stacked-bar',
            unit: 'EUR',
            axisTitle: 'EUR',
            categoryKind: 'text',
            noData: 'No loan is outstanding.',
            categories: ['Impulskrediet', 'Win-win loan', 'KMO-cofinanciering', 'Startlening'],
            series: [
              {
                name: 'Performing',
                values: ['20647197.67', '26897578.75', '9876543.21', '4791331.05'],
              },
              { name: 'In arrears', values: ['803114.20', '412877.35', '0.00', '251300.00'] },
            ],
          },
          {
            id: 'defaults-by-month',
            title: 'Defaulted and recovered principal by month',
            kind: 'stacked-bar',
            unit: 'EUR',
            axisTitle: 'EUR',
            categoryKind: 'month',
            noData: 'No loan defaulted from January to May 2021.',
            categories: MONTHS,
            series: [
              { name: 'Defaulted', values: ['0.00', '0.00', '0.00', '0.00', '0.00'] },
              { name: 'Recovered', values: ['0.00', '0.00', '0.00', '0.00', '0.00'] },
            ],
          },
        ],
        tables: [
          {
            id: 'portfolio-by-product',
            title: 'Outstanding portfolio by product',
            description:
              'Principal outstanding on 31 May 2021; the average rate is weighted by the outstanding principal.',
            columns: [
              col('product', 'Product', 'text'),
              col('loans', 'Loans', 'integer'),
              col('outstanding', 'Outstanding', 'money'),
              col('inArrears', 'In arrears', 'money'),
              col('arrearsShare', 'Share in arrears', 'ratio'),
              col('averageRate', 'Average rate', 'ratio'),
              col('change', 'Change in the period', 'money'),
            ],
            rows: [
              portfolio(
                'Impulskrediet',
                1450,
                '21450311.87',
                '803114.20',
                '0.0374',
                '0.0520',
                '1250400.00',
              ),
              portfolio(
                'Win-win loan',
                1288,
                '27310456.10',
                '412877.35',
                '0.0151',
                '0.0175',
                '3120877.65',
              ),
              portfolio(
                'KMO-cofinanciering',
                402,
                '9876543.21',
                '0.00',
                '0.0000',
                '0.0435',
                '-412300.18',
              ),
              portfolio(
                'Startlening',
                250,
                '5042631.05',
                '251300.00',
                '0.0498',
                '0.0310',
                '-88120.40',
              ),
              portfolio(`Other <b>&"' loans`, 3, '0.00', '0.00', null, null, '-15000.00'),
            ],
            total: portfolio(
              'Total',
              3393,
              '63679942.23',
              '1467291.55',
              '0.0230',
              '0.0342',
              '3855857.07',
            ),
          },
          {
            id: 'largest-loans',
            title: 'Largest outstanding loans',
            description: 'The five loans with the most principal outstanding on 31 May 2021.',
            columns: [
              col('reference', 'Loan', 'text'),
              col('product', 'Product', 'text'),
              col('disbursedOn', 'Disbursed on', 'date'),
              col('maturesOn', 'Matures on', 'date'),
              col('outstanding', 'Outstanding', 'money'),
              col('rate', 'Rate', 'ratio'),
            ],
            rows: [
              loan(
                'LB-2019-00412',
                'KMO-cofinanciering',
                '2019-03-15',
                '2029-03-15',
                '612400.00',
                '0.0385',
              ),
              loan(
                'LB-2020-01877',
                'Impulskrediet',
                '2020-11-02',
                '2027-11-02',
                '498750.25',
                '0.0545',
              ),
              loan(
                'LB-2018-00093',
                'KMO-cofinanciering',
                '2018-06-29',
                '2026-06-29',
                '455000.00',
                '0.0410',
              ),
              loan(
                'LB-2021-00230',
                'Startlening',
                '2021-02-26',
                '2031-02-28',
                '349999.99',
                '0.0300',
              ),
              loan(
                'LB-2020-00716',
                'Impulskrediet',
                '2020-04-30',
                '2025-04-30',
                '301234.56',
                '0.0495',
              ),
            ],
          },
          {
            id: 'defaults-by-month',
            title: 'Defaults and recoveries by month',
            description:
              'Loans declared in default in the month, and what was recovered on defaulted loans in the month.',
            columns: [
              col('month', 'Month', 'month'),
              col('defaults', 'Defaults', 'integer'),
              col('defaultedPrincipal', 'Defaulted principal', 'money'),
              col('recovered', 'Recovered', 'money'),
              col('recoveryRate', 'Recovery rate', 'ratio'),
            ],
            rows: MONTHS.map((month) => defaults(month)),
            total: defaults('Total'),
          },
        ],
      },
    ],
  };
}

const MONTHS = ['2021-01', '2021-02', '2021-03', '2021-04', '2021-05'];

function col(key: string, title: string, kind: ReportColumn['kind']): ReportColumn {
  return { key, title, kind };
}

function winwin(
  month: string,
  termYears: number,
  registrations: number,
  principal: string,
  averagePrincipal: string,
): ReportRow {
  return { month, termYears, registrations, principal, averagePrincipal };
}

function funnel(
  month: string,
  applications: number,
  approved: number,
  refused: number,
  approvalRate: string,
): ReportRow {
  return { month, applications, approved, refused, approvalRate };
}

function product(
  name: string,
  applications: number,
  approved: number,
  refused: number,
  withdrawn: number,
  pending: number,
  approvalRate: string | null,
): ReportRow {
  return { product: name, applications, approved, refused, withdrawn, pending, approvalRate };
}

function portfolio(
  name: string,
  loans: number,
  outstanding: string,
  inArrears: string,
  arrearsShare: string | null,
  averageRate: string | null,
  change: string,
): ReportRow {
  return { product: name, loans, outstanding, inArrears, arrearsShare, averageRate, change };
}

function loan(
  reference: string,
  productName: string,
  disbursedOn: string,
  maturesOn: string,
  outstanding: string,
  rate: string,
): ReportRow {
  return { reference, product: productName, disbursedOn, maturesOn, outstanding, rate };
}

function defaults(month: string): ReportRow {
  return {
    month,
    defaults: 0,
    defaultedPrincipal: '0.00',
    recovered: '0.00',
    recoveryRate: null,
  };
}
