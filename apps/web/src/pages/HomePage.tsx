import { Button, Group, Paper, Stack, Text as MText, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { hasRole } from '../auth/session';
import { useSession, useText } from '../context';
import { LoanTable } from '../loan/LoanTable';

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
  const { t } = useText();
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
      {!officer && !clerk && (
        <Queue title={t('home.recent')} hint={t('home.analyst')}>
          <LoanTable filters={{ limit: 10 }} caption={t('home.recent')} />
        </Queue>
      )}
    </Stack>
  );
}
