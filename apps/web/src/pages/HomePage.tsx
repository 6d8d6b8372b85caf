import { Button, Group, Paper, SegmentedControl, Stack, Text as MText, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ARREARS_BUCKETS, useReminderList, type ArrearsBucket } from '../api/queries';
import { hasRole } from '../auth/session';
import { todayInBrussels } from '../forms/forms';
import { useSession, useText, type Text } from '../context';
import { LoanTable } from '../loan/LoanTable';
import { DateField } from '../forms/DateField';
import { addDays } from '../forms/dates';

function Queue({
  title,
  hint,
  children,
}: {
  title: string;
  hint?: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Title order={2} size="h4">
        {title}
      </Title>
      {hint && (
        <MText size="sm" c="dimmed" mb="sm">
          {hint}
        </MText>
      )}
      {children}
    </Paper>
  );
}

/** The work queues of the user's roles. */
export function HomePage() {
  const text = useText();
  const { t } = text;
  const session = useSession()!;
  useEffect(() => {
    document.title = `${t('home.title')} · Loanbook`;
  }, [t]);
  const officer = hasRole(session, 'credit-officer');
  const clerk = hasRole(session, 'clerk');
  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('home.greeting', { name: session.sub })}
        </Title>
        {clerk && (
          <Button component={Link} to="/loans/new">
            {t('nav.newApplication')}
          </Button>
        )}
      </Group>
      {officer && (
        <>
          <Queue title={t('home.secondApproval')} hint={t('home.secondApprovalHint')}>
            <LoanTable
              filters={{ awaiting: 'second-approval', limit: 10 }}
              caption={t('home.secondApproval')}
              showProposal
            />
          </Queue>
          <Queue title={t('home.toDecide')} hint={t('home.toDecideHint')}>
            <LoanTable filters={{ status: 'applied', limit: 10 }} caption={t('home.toDecide')} />
          </Queue>
        </>
      )}
      {clerk && (
        <>
          <Queue title={t('home.toDisburse')}>
            <LoanTable filters={{ status: 'approved', limit: 10 }} caption={t('home.toDisburse')} />
          </Queue>
          <Queue title={t('home.recent')}>
            <LoanTable filters={{ limit: 10 }} caption={t('home.recent')} />
          </Queue>
        </>
      )}
      {(officer || clerk) && <ArrearsQueue text={text} />}
      {(officer || clerk) && <RemindersQueue text={text} />}
      {!officer && !clerk && (
        <Queue title={t('home.recent')} hint={t('home.analyst')}>
          <LoanTable filters={{ limit: 10 }} caption={t('home.recent')} />
        </Queue>
      )}
    </Stack>
  );
}

/** Loans in arrears at the end of a day, one bucket of days past due at a time. */
function ArrearsQueue({ text }: { text: Text }) {
  const { t } = text;
  const [bucket, setBucket] = useState<ArrearsBucket>('1-30');
  const [asOf, setAsOf] = useState(todayInBrussels());
  const day = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : todayInBrussels();
  return (
    <Queue title={t('home.arrears')} hint={t('home.arrearsHint', { date: text.date(day) })}>
      <Group mb="sm" align="flex-end">
        <SegmentedControl
          aria-label={t('list.arrears')}
          value={bucket}
          onChange={(v) => setBucket(v as ArrearsBucket)}
          data={ARREARS_BUCKETS.map((b) => ({ value: b, label: t(`arrears.${b}`) }))}
        />
        <DateField size="xs" label={t('loan.scheduleAsOfField')} value={asOf} onChange={setAsOf} />
      </Group>
      <LoanTable
        filters={{ arrears: bucket, arrearsAsOf: day, limit: 10 }}
        caption={`${t('home.arrears')}: ${t(`arrears.${bucket}`)}`}
      />
    </Queue>
  );
}

/** How many reminder letters went out in the last seven days, and the way to the work queue. */
function RemindersQueue({ text }: { text: Text }) {
  const { t } = text;
  const today = todayInBrussels();
  const from = addDays(today, -6);
  // One page of the largest size the API gives: more than that is shown as "more than 200".
  const list = useReminderList({ from, to: today, limit: 200 });
  const page = list.data?.pages[0];
  return (
    <Queue title={t('home.reminders')}>
      <Group justify="space-between">
        <MText size="sm" data-testid="reminder-count">
          {page
            ? page.nextCursor
              ? t('home.remindersMore', { n: page.items.length })
              : t('home.remindersCount', { n: page.items.length })
            : list.isError
              ? '—'
              : '…'}
        </MText>
        <Button
          component={Link}
          to={`/reminders?from=${from}&to=${today}`}
          variant="light"
          size="xs"
        >
          {t('home.remindersLink')}
        </Button>
      </Group>
    </Queue>
  );
}
