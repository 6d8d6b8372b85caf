import { Button, Group, Loader, Stack, Table, Text as MText, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { unwrap } from '../api/client';
import { openFile, query } from '../api/download';
import type { components } from '../api/schema';
import type { PortfolioReport, PortfolioRow } from '../api/views';
import { useApi, useServices, useText, type Text } from '../context';
import { todayInBrussels } from '../forms/forms';
import { amountCell, Panel, ProblemNotice } from '../loan/parts';
import { DateTimePicker } from '@mantine/dates';
import { DateField, MonthField } from '../forms/DateField';

type WinwinMonthly = components['schemas']['WinwinMonthlyDto'];
type WinwinByProvince = components['schemas']['WinwinByProvinceDto'];
type ApprovalRates = components['schemas']['ApprovalRatesDto'];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;

/** A datetime-local value (Brussels wall time in the browser) as the instant the API takes. */
function instant(local: string): string | undefined {
  if (!local) return undefined;
  const at = new Date(local);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/** The downloads of a report: fetched with the token, in the user's language. */
function useDownload() {
  const { sessions, language } = useServices();
  const [error, setError] = useState<unknown>();
  const download = (href: string, options: { accept?: string; filename?: string }) => {
    setError(undefined);
    openFile(href, sessions.get()?.token, language, options).catch(setError);
  };
  return { download, error };
}

/** The analysts' reports: the portfolio, the win-win tables and the Impulskrediet funnel. */
export function ReportsPage() {
  const text = useText();
  useEffect(() => {
    document.title = `${text.t('reports.title')} · Loanbook`;
  }, [text]);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {text.t('reports.title')}
      </Title>
      <Portfolio text={text} />
      <WinwinTables text={text} />
      <Funnel text={text} />
    </Stack>
  );
}

function Portfolio({ text }: { text: Text }) {
  const { t, language } = text;
  const api = useApi();
  const [asOf, setAsOf] = useState(todayInBrussels());
  const [knownAt, setKnownAt] = useState('');
  const [asked, setAsked] = useState<{ asOf: string; knownAt?: string }>({ asOf });
  const report = useQuery({
    queryKey: ['report', 'portfolio', asked, language],
    placeholderData: (previous) => previous,
    queryFn: () =>
      unwrap<PortfolioReport>(
        api.GET('/api/v1/reports/portfolio', {
          params: { query: { ...asked, lang: language } },
        }),
      ),
  });
  const { download, error } = useDownload();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (DAY.test(asOf)) setAsked({ asOf, knownAt: instant(knownAt) });
  };
  const params = query({ asOf: asked.asOf, knownAt: asked.knownAt, lang: language });
  const stem = `portefeuille-${asked.asOf}`;
  return (
    <Panel title={t('reports.portfolio')}>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="md" mb="md">
          <DateField label={t('reports.asOf')} value={asOf} onChange={setAsOf} required />
          {/* A local day and time (YYYY-MM-DDTHH:mm:ss), shown dd/mm/jjjj uu:mm. */}
          <DateTimePicker
            label={t('reports.knownAt')}
            description={t('reports.knownAtHint')}
            value={knownAt ? knownAt.replace('T', ' ') : null}
            onChange={(v) => setKnownAt(v ? v.replace(' ', 'T') : '')}
            valueFormat="DD/MM/YYYY HH:mm"
            clearable
            miw={200}
          />
          <Button type="submit">{t('reports.show')}</Button>
        </Group>
      </form>
      <Group gap="xs" mb="md">
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            download(`/api/v1/reports/portfolio${params}`, {
              accept: 'text/csv',
              filename: `${stem}.csv`,
            })
          }
        >
          {t('reports.csv')}
        </Button>
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            download(`/api/v1/reports/portfolio.xlsx${params}`, { filename: `${stem}.xlsx` })
          }
        >
          {t('reports.xlsx')}
        </Button>
        <Button
          variant="light"
          size="xs"
          onClick={() => download(`/api/v1/reports/portfolio.html${params}`, {})}
        >
          {t('reports.html')}
        </Button>
      </Group>
      {error !== undefined && <ProblemNotice error={error} />}
      {report.isPending ? (
        <Loader size="sm" />
      ) : report.isError ? (
        <ProblemNotice error={report.error} />
      ) : (
        <PortfolioTable report={report.data} text={text} />
      )}
    </Panel>
  );
}

function PortfolioTable({ report, text }: { report: PortfolioReport; text: Text }) {
  const { t } = text;
  const ratio = (r: string | null) => (r === null ? '—' : text.rate(r));
  const row = (r: PortfolioRow, total: boolean) => (
    <Table.Tr key={r.product} fw={total ? 700 : undefined}>
      <Table.Td>{r.product}</Table.Td>
      <Table.Td style={amountCell}>{r.activeLoans}</Table.Td>
      <Table.Td style={amountCell}>{text.money(r.outstanding)}</Table.Td>
      <Table.Td style={amountCell}>{text.money(r.disbursed)}</Table.Td>
      <Table.Td style={amountCell}>{text.money(r.overdue)}</Table.Td>
      <Table.Td style={amountCell}>{ratio(r.par30Ratio)}</Table.Td>
      <Table.Td style={amountCell}>{ratio(r.par90Ratio)}</Table.Td>
    </Table.Tr>
  );
  return (
    <Stack gap="xs">
      <MText size="sm" c="dimmed" data-testid="portfolio-as-of">
        {t('loan.scheduleAsOf', { date: text.date(report.asOf) })} ·{' '}
        {t('reports.period', {
          from: text.date(report.period.from),
          to: text.date(report.period.to),
        })}
      </MText>
      <Table striped verticalSpacing={4} fz="sm" data-testid="portfolio">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('reports.product')}</Table.Th>
            <Table.Th style={amountCell}>{t('reports.activeLoans')}</Table.Th>
            <Table.Th style={amountCell}>{t('reports.outstanding')}</Table.Th>
            <Table.Th style={amountCell}>{t('reports.disbursed')}</Table.Th>
            <Table.Th style={amountCell}>{t('reports.overdue')}</Table.Th>
            <Table.Th style={amountCell}>{t('reports.par30')}</Table.Th>
            <Table.Th style={amountCell}>{t('reports.par90')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>{report.products.map((r) => row(r, false))}</Table.Tbody>
        <Table.Tfoot>{row(report.total, true)}</Table.Tfoot>
      </Table>
    </Stack>
  );
}

/** The win-win tables by month of registration and by province, over a range of months. */
function WinwinTables({ text }: { text: Text }) {
  const { t } = text;
  const api = useApi();
  const thisMonth = todayInBrussels().slice(0, 7);
  const [from, setFrom] = useState(`${thisMonth.slice(0, 4)}-01`);
  const [to, setTo] = useState(thisMonth);
  const [asked, setAsked] = useState({ from, to });
  const monthly = useQuery({
    queryKey: ['report', 'winwin-monthly', asked],
    queryFn: () =>
      unwrap<WinwinMonthly>(
        api.GET('/api/v1/reports/winwin-monthly', { params: { query: asked } }),
      ),
  });
  const provinces = useQuery({
    queryKey: ['report', 'winwin-by-province', asked],
    queryFn: () =>
      unwrap<WinwinByProvince>(
        api.GET('/api/v1/reports/winwin-by-province', { params: { query: asked } }),
      ),
  });
  const { download, error } = useDownload();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (MONTH.test(from) && MONTH.test(to)) setAsked({ from, to });
  };
  const csv = (path: string, name: string) =>
    download(`${path}${query(asked)}`, {
      accept: 'text/csv',
      filename: `${name}-${asked.from}-${asked.to}.csv`,
    });
  return (
    <>
      <Panel title={t('reports.winwin')}>
        <form onSubmit={submit}>
          <Group align="flex-end" gap="md" mb="md">
            <MonthField label={t('reports.fromMonth')} value={from} onChange={setFrom} w={180} />
            <MonthField label={t('reports.toMonth')} value={to} onChange={setTo} w={180} />
            <Button type="submit">{t('reports.show')}</Button>
            <Button
              variant="default"
              size="xs"
              onClick={() => csv('/api/v1/reports/winwin-monthly', 'winwin-per-maand')}
            >
              {t('reports.csv')}
            </Button>
          </Group>
        </form>
        {error !== undefined && <ProblemNotice error={error} />}
        {monthly.isPending ? (
          <Loader size="sm" />
        ) : monthly.isError ? (
          <ProblemNotice error={monthly.error} />
        ) : monthly.data.rows.length === 0 ? (
          <MText size="sm" c="dimmed">
            {t('reports.empty')}
          </MText>
        ) : (
          <Table striped verticalSpacing={2} fz="sm" data-testid="winwin-monthly">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.month')}</Table.Th>
                <Table.Th style={amountCell}>{t('reports.term')}</Table.Th>
                <Table.Th style={amountCell}>{t('reports.count')}</Table.Th>
                <Table.Th style={amountCell}>{t('reports.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {monthly.data.rows.map((r) => (
                <Table.Tr key={`${r.month}-${r.termYears}`}>
                  <Table.Td>{monthName(r.month, text)}</Table.Td>
                  <Table.Td style={amountCell}>{r.termYears}</Table.Td>
                  <Table.Td style={amountCell}>{r.loans}</Table.Td>
                  <Table.Td style={amountCell}>{text.money(r.principal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td>{t('reports.total')}</Table.Td>
                <Table.Td />
                <Table.Td style={amountCell}>{monthly.data.total.loans}</Table.Td>
                <Table.Td style={amountCell}>{text.money(monthly.data.total.principal)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Panel>
      <Panel title={t('reports.province')}>
        <Group mb="md">
          <Button
            variant="default"
            size="xs"
            onClick={() => csv('/api/v1/reports/winwin-by-province', 'winwin-per-provincie')}
          >
            {t('reports.csv')}
          </Button>
        </Group>
        {provinces.isPending ? (
          <Loader size="sm" />
        ) : provinces.isError ? (
          <ProblemNotice error={provinces.error} />
        ) : (
          <Table striped verticalSpacing={2} fz="sm" data-testid="winwin-provinces">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.provinceCol')}</Table.Th>
                <Table.Th style={amountCell}>{t('reports.count')}</Table.Th>
                <Table.Th style={amountCell}>{t('reports.amount')}</Table.Th>
                <Table.Th style={amountCell}>{t('reports.average')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {provinces.data.rows.map((r) => (
                <Table.Tr key={r.province}>
                  <Table.Td>{r.province}</Table.Td>
                  <Table.Td style={amountCell}>{r.loans}</Table.Td>
                  <Table.Td style={amountCell}>{text.money(r.principal)}</Table.Td>
                  <Table.Td style={amountCell}>{text.money(r.averagePrincipal)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr fw={700}>
                <Table.Td>{t('reports.total')}</Table.Td>
                <Table.Td style={amountCell}>{provinces.data.total.loans}</Table.Td>
                <Table.Td style={amountCell}>{text.money(provinces.data.total.principal)}</Table.Td>
                <Table.Td style={amountCell}>
                  {text.money(provinces.data.total.averagePrincipal)}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        )}
      </Panel>
    </>
  );
}

/** `2021-05` as `mei 2021`. */
function monthName(month: string, text: Text): string {
  return text.date(`${month}-01`).replace(/^1\s+/, '');
}

/** The Impulskrediet funnel: inquiries, applications and what became of them, this year. */
function Funnel({ text }: { text: Text }) {
  const { t } = text;
  const api = useApi();
  const year = todayInBrussels().slice(0, 4);
  const range = { productCode: 'impulskrediet' as const, from: `${year}-01-01` };
  const funnel = useQuery({
    queryKey: ['report', 'funnel', range],
    queryFn: () =>
      unwrap<ApprovalRates>(
        api.GET('/api/v1/reports/approval-rates', { params: { query: range } }),
      ),
  });
  const { download, error } = useDownload();
  return (
    <Panel title={t('reports.funnel')}>
      <Group mb="md">
        <Button
          variant="default"
          size="xs"
          onClick={() =>
            download(`/api/v1/reports/approval-rates${query(range)}`, {
              accept: 'text/csv',
              filename: `trechter-impulskrediet-${year}.csv`,
            })
          }
        >
          {t('reports.csv')}
        </Button>
      </Group>
      {error !== undefined && <ProblemNotice error={error} />}
      {funnel.isPending ? (
        <Loader size="sm" />
      ) : funnel.isError ? (
        <ProblemNotice error={funnel.error} />
      ) : (
        <Table verticalSpacing={2} fz="sm" w={420} data-testid="funnel">
          <Table.Tbody>
            {(
              [
                [t('reports.year'), year],
                [t('reports.applied'), funnel.data.applications],
                [t('reports.approved'), funnel.data.approved],
                [t('reports.refused'), funnel.data.refused],
                [t('status.withdrawn'), funnel.data.withdrawn],
                [t('reports.pending'), funnel.data.pending],
                [
                  t('reports.rate'),
                  funnel.data.approvalRate === null ? '—' : text.rate(funnel.data.approvalRate),
                ],
              ] as [string, string | number][]
            ).map(([label, value], index) => (
              <Table.Tr key={index}>
                <Table.Th fw={500}>{label}</Table.Th>
                <Table.Td style={amountCell}>{value}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}
