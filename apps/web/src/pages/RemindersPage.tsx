import {
  Anchor,
  Button,
  Center,
  Group,
  Loader,
  Paper,
  Select,
  Stack,
  Table,
  Text as MText,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { Link, useSearchParams } from 'react-router';
import { openFile } from '../api/download';
import { ApiProblem } from '../api/problems';
import { useReminderList, type ReminderFilters } from '../api/queries';
import { REMINDER_LEVELS, type ReminderItem, type ReminderLevel } from '../api/views';
import { useServices, useText } from '../context';
import { DateField } from '../forms/DateField';
import { amountCell, ProblemNotice } from '../loan/parts';

const nowrap = { whiteSpace: 'nowrap' } as const;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The filters in the address (shareable, kept on reload); a day only once it is a whole date. */
function filtersOf(params: URLSearchParams): ReminderFilters {
  const level = params.get('level');
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    ...(REMINDER_LEVELS.includes(level as ReminderLevel) ? { level: level as ReminderLevel } : {}),
    ...(DAY.test(from) ? { from } : {}),
    ...(DAY.test(to) ? { to } : {}),
  };
}

/** GET /reminders: the reminder letters issued, newest first, by level and issue date. */
export function RemindersPage() {
  const { t } = useText();
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next);
  };
  useEffect(() => {
    document.title = `${t('reminders.title')} · Loanbook`;
  }, [t]);
  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('reminders.title')}
        </Title>
        <MText size="sm" c="dimmed">
          {t('reminders.intro')}
        </MText>
      </div>
      <Paper withBorder p="md">
        <Group gap="lg" align="flex-end">
          <Select
            label={t('reminders.level')}
            placeholder={t('list.any')}
            clearable
            value={filters.level ?? null}
            onChange={(v) => set('level', v)}
            data={REMINDER_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
            w={220}
          />
          <DateField
            label={t('reminders.from')}
            value={filters.from ?? ''}
            onChange={(v) => set('from', v || null)}
            w={200}
          />
          <DateField
            label={t('reminders.to')}
            value={filters.to ?? ''}
            onChange={(v) => set('to', v || null)}
            w={200}
          />
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <ReminderTable filters={filters} caption={t('reminders.title')} />
      </Paper>
    </Stack>
  );
}

function ReminderTable({ filters, caption }: { filters: ReminderFilters; caption: string }) {
  const text = useText();
  const { t } = text;
  const list = useReminderList(filters);
  if (list.isPending) {
    return (
      <Center p="md" aria-label={t('list.loading')}>
        <Loader size="sm" />
      </Center>
    );
  }
  if (list.isError) return <ProblemNotice error={list.error} />;
  const items = list.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return (
      <MText c="dimmed" size="sm" p="sm">
        {t('reminders.empty')}
      </MText>
    );
  }
  return (
    <Stack gap="sm">
      <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover verticalSpacing="xs" data-testid="reminder-table">
          <caption className="visually-hidden">{caption}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('col.fileNumber')}</Table.Th>
              <Table.Th>{t('col.borrower')}</Table.Th>
              <Table.Th>{t('col.level')}</Table.Th>
              <Table.Th style={nowrap}>{t('col.issuedOn')}</Table.Th>
              <Table.Th style={amountCell}>{t('col.daysPastDue')}</Table.Th>
              <Table.Th style={amountCell}>{t('col.totalDue')}</Table.Th>
              <Table.Th>{t('col.communication')}</Table.Th>
              <Table.Th>{t('col.letter')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.eventId} data-loan-id={item.loanId} data-level={item.level}>
                <Table.Td style={nowrap}>
                  <Anchor component={Link} to={`/loans/${item.loanId}`} fw={500}>
                    {item.fileNumber ?? item.loanId.slice(0, 8)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {item.borrower.name}
                  <MText size="xs" c="dimmed" style={nowrap}>
                    {item.borrower.enterpriseNumber}
                  </MText>
                </Table.Td>
                <Table.Td style={nowrap}>{t(`level.${item.level}`)}</Table.Td>
                <Table.Td style={nowrap}>{text.shortDate(item.issuedOn)}</Table.Td>
                <Table.Td style={amountCell}>{item.daysPastDue}</Table.Td>
                <Table.Td style={{ ...amountCell, ...nowrap }}>
                  {text.money(item.totalDue)}
                </Table.Td>
                <Table.Td style={{ ...nowrap, fontVariantNumeric: 'tabular-nums' }}>
                  {item.structuredCommunication ?? '—'}
                </Table.Td>
                <Table.Td>
                  <Letter item={item} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {list.hasNextPage && (
        <Button
          variant="default"
          size="xs"
          onClick={() => void list.fetchNextPage()}
          loading={list.isFetchingNextPage}
          style={{ alignSelf: 'center' }}
        >
          {t('list.more')}
        </Button>
      )}
    </Stack>
  );
}

/**
 * The letter in each language: HTML in a new tab, the PDF saved. The renditions need the token,
 * so they are fetched and handed over from memory (openFile); a letter the documents processor
 * has not made yet answers a problem, shown as a notification.
 */
function Letter({ item }: { item: ReminderItem }) {
  const { t } = useText();
  const { sessions, language } = useServices();
  const open = (rendition: ReminderItem['document']['renditions'][number]) => {
    const lang = rendition.language.toUpperCase();
    openFile(rendition.href, sessions.get()?.token, language, {
      ...(rendition.format === 'pdf'
        ? {
            filename: `${item.document.kind}-${item.fileNumber ?? item.loanId.slice(0, 8)}-${rendition.language}.pdf`,
          }
        : {}),
    }).catch((error: unknown) =>
      notifications.show({
        color: 'red',
        title: `${t('reminders.letterFailed')} (${lang})`,
        message: error instanceof ApiProblem ? (error.problem.detail ?? error.problem.title) : '',
      }),
    );
  };
  const renditions = [...item.document.renditions].sort(
    (a, b) => LANGUAGE_ORDER.indexOf(a.language) - LANGUAGE_ORDER.indexOf(b.language),
  );
  const buttons = (format: 'html' | 'pdf') =>
    renditions
      .filter((r) => r.format === format)
      .map((r) => (
        <Button
          key={r.href}
          size="compact-xs"
          variant={format === 'html' ? 'light' : 'default'}
          onClick={() => open(r)}
          aria-label={t(format === 'html' ? 'reminders.letter' : 'reminders.letterPdf', {
            lang: r.language.toUpperCase(),
          })}
        >
          {format === 'html' ? r.language.toUpperCase() : `PDF ${r.language.toUpperCase()}`}
        </Button>
      ));
  return (
    <Stack gap={4}>
      <Group gap={4} wrap="nowrap">
        {buttons('html')}
      </Group>
      <Group gap={4} wrap="nowrap">
        {buttons('pdf')}
      </Group>
    </Stack>
  );
}

const LANGUAGE_ORDER = ['nl', 'fr', 'en'];
