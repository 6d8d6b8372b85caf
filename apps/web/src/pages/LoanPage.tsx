import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Tabs,
  Text as MText,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiProblem } from '../api/problems';
import { useDocuments, useEvents, useLoan, useSchedule } from '../api/queries';
import type { CommandReply, DocumentView, LoanView, ScheduleView } from '../api/views';
import { useServices, useSession, useText, type Text } from '../context';
import type { MessageId } from '../i18n/messages';
import {
  ApproveAction,
  availableActions,
  DisburseAction,
  EarlyRepaymentAction,
  RefuseAction,
  RepayAction,
  ReplySummary,
  WithdrawAction,
  WrittenRefusalAction,
} from '../loan/actions';
import {
  CallGuaranteeAction,
  ClaimGovernmentGuaranteeAction,
  DeclareDefaultAction,
  RecordRecoveryAction,
  RefuseReleaseAction,
  ReleaseGuaranteeAction,
  WriteOffAction,
} from '../loan/default-actions';
import { ApplicationInformationPanel, CreditAssessmentPanel } from '../loan/assessment';
import { RecordAssessmentAction, RecordInformationAction } from '../loan/record-actions';
import { amountCell, Facts, Panel, ProblemNotice, StatusBadge } from '../loan/parts';
import { DateField } from '../forms/DateField';

/** The loan file: what it is, what happened, and what the user may do now. */
export function LoanPage() {
  const { loanId = '' } = useParams();
  const text = useText();
  const { t } = text;
  const session = useSession()!;
  const loan = useLoan(loanId);
  const events = useEvents(loanId, loan.data?.version);
  const [reply, setReply] = useState<CommandReply | undefined>();
  useEffect(() => setReply(undefined), [loanId]);
  const name = loan.data?.borrower.name;
  useEffect(() => {
    document.title = `${name ?? t('loan.title', { id: loanId.slice(0, 8) })} · Loanbook`;
  }, [name, loanId, t]);

  if (loan.isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('list.loading')} />
      </Center>
    );
  }
  if (loan.isError) {
    if (loan.error instanceof ApiProblem && loan.error.status === 404) {
      return <Alert color="gray">{t('loan.notFound')}</Alert>;
    }
    return <ProblemNotice error={loan.error} />;
  }
  const view = loan.data;
  const writtenRefusalRequested = (events.data ?? []).some(
    (e) => e.type === 'WrittenRefusalRequested',
  );
  const { actions, blocked } = availableActions(session, view, writtenRefusalRequested);
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Group gap="sm">
            <Title order={1} size="h2">
              {view.borrower.name}
            </Title>
            <StatusBadge status={view.status} awaiting={view.awaiting} />
          </Group>
          <MText c="dimmed" size="sm">
            {t(`product.${view.productCode}` as MessageId)} · {view.borrower.enterpriseNumber} ·{' '}
            {view.fileNumber && (
              <>
                <span data-testid="file-number" title={t('loan.fileNumber')}>
                  {view.fileNumber}
                </span>{' '}
                ·{' '}
              </>
            )}
            <span data-testid="loan-id">{view.loanId}</span> ·{' '}
            <span data-testid="loan-version">{t('loan.version', { version: view.version })}</span>
          </MText>
        </div>
      </Group>
      {view.warnings.length > 0 && (
        <Alert color="yellow" title={t('loan.warnings')} data-testid="warnings">
          <Stack gap={4}>
            {view.warnings.map((w) => (
              <MText size="sm" key={w.code + (w.loanIds ?? []).join()}>
                {text.has(`warning.${w.code}`)
                  ? t(`warning.${w.code}` as MessageId, { n: (w.loanIds ?? []).length })
                  : w.message}{' '}
                {(w.loanIds ?? []).map((id) => (
                  <Anchor key={id} component={Link} to={`/loans/${id}`} size="sm" mr={6}>
                    {id.slice(0, 8)}
                  </Anchor>
                ))}
              </MText>
            ))}
          </Stack>
        </Alert>
      )}
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="md">
            <Grid gap="md">
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <Terms loan={view} text={text} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <Stack gap="md">
                  <Borrower loan={view} text={text} />
                  <Offer loan={view} text={text} />
                  <Outcome loan={view} text={text} />
                  <Default loan={view} text={text} />
                </Stack>
              </Grid.Col>
            </Grid>
            <Guarantees loan={view} text={text} />
            <Grid gap="md">
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <ApplicationInformationPanel loan={view} text={text} />
              </Grid.Col>
              <Grid.Col span={{ base: 12, lg: 6 }}>
                <CreditAssessmentPanel loan={view} text={text} />
              </Grid.Col>
            </Grid>
            {actions.includes('record-information') && (
              <RecordInformationAction key={`i${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('record-assessment') && (
              <RecordAssessmentAction key={`b${view.version}`} loan={view} onReply={setReply} />
            )}
            <History loan={view} text={text} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            {reply && <ReplySummary reply={reply} text={text} />}
            {view.proposedApproval && (
              <Alert color="yellow" title={t('loan.proposal')} data-testid="proposal">
                {t('loan.proposalText', {
                  by: view.proposedApproval.proposedBy,
                  amount: text.money(view.proposedApproval.amount),
                  date: text.date(view.proposedApproval.approvedOn),
                  limit: text.money(view.proposedApproval.approvalLimit),
                })}
              </Alert>
            )}
            {blocked && (
              <Alert color="gray" data-testid="blocked">
                {blocked === 'registrar' ? t('action.registrar') : t('action.ownProposal')}
              </Alert>
            )}
            {actions.includes('approve') && (
              <ApproveAction
                key={`a${view.version}`}
                loan={view}
                onReply={setReply}
                second={false}
              />
            )}
            {actions.includes('second') && (
              <ApproveAction key={`s${view.version}`} loan={view} onReply={setReply} second />
            )}
            {actions.includes('refuse') && (
              <RefuseAction key={`f${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('written-refusal') && (
              <WrittenRefusalAction key={`w${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('disburse') && (
              <DisburseAction key={`d${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('repay') && (
              <RepayAction key={`r${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('early-repayment') && (
              <EarlyRepaymentAction key={`e${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('withdraw') && (
              <WithdrawAction key={`x${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('declare-default') && (
              <DeclareDefaultAction key={`n${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('call-guarantee') && (
              <CallGuaranteeAction key={`c${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('claim-government-guarantee') && (
              <ClaimGovernmentGuaranteeAction
                key={`g${view.version}`}
                loan={view}
                onReply={setReply}
              />
            )}
            {actions.includes('record-recovery') && (
              <RecordRecoveryAction key={`v${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('write-off') && (
              <WriteOffAction key={`o${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('release-guarantee') && (
              <ReleaseGuaranteeAction key={`l${view.version}`} loan={view} onReply={setReply} />
            )}
            {actions.includes('refuse-release') && (
              <RefuseReleaseAction key={`u${view.version}`} loan={view} onReply={setReply} />
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Terms({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const rows: [string, React.ReactNode][] = [
    [t('loan.amount'), text.money(loan.amount)],
    ...(loan.amountApplied !== loan.amount
      ? ([[t('loan.amountApplied'), text.money(loan.amountApplied)]] as [string, string][])
      : []),
    [t('loan.rate'), loan.annualRate ? text.rate(loan.annualRate) : '—'],
    [t('loan.term'), t('term.months', { n: loan.termMonths })],
    ...(loan.repayment
      ? ([
          [
            t('loan.repayment'),
            `${t(`method.${loan.repayment.method}` as MessageId)}, ${text.has(`frequency.${loan.repayment.frequency}`) ? t(`frequency.${loan.repayment.frequency}` as MessageId) : loan.repayment.frequency}`,
          ],
        ] as [string, string][])
      : []),
    [t('loan.purpose'), loan.purpose],
    [t('loan.appliedOn'), text.date(loan.appliedOn)],
    [t('loan.registeredBy'), loan.registeredBy ?? '—'],
  ];
  if (loan.disbursedOn) {
    if (loan.structuredCommunication)
      rows.push([
        t('loan.structuredCommunication'),
        <span data-testid="structured-communication">{loan.structuredCommunication}</span>,
      ]);
    rows.push([t('loan.outstanding'), text.money(loan.outstandingPrincipal)]);
    rows.push([
      t('loan.nextDue'),
      loan.nextDue
        ? t('loan.nextDueValue', {
            amount: text.money(loan.nextDue.unpaid),
            date: text.date(loan.nextDue.dueOn),
          })
        : '—',
    ]);
    rows.push([
      t('loan.arrears'),
      loan.arrears && loan.arrears.total !== '0.00' ? (
        <MText span c="red" fw={600} size="sm">
          {t('loan.arrearsValue', {
            amount: text.money(loan.arrears.total),
            days: loan.arrears.daysPastDue,
          })}
        </MText>
      ) : (
        t('loan.noArrears')
      ),
    ]);
  }
  return (
    <Panel titleGap="xs" title={t('loan.terms')}>
      <Facts rows={rows} />
    </Panel>
  );
}

function Borrower({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  return (
    <Panel titleGap="xs" title={t('loan.borrower')}>
      <Facts
        rows={[
          [t('loan.name'), loan.borrower.name],
          [t('loan.enterpriseNumber'), loan.borrower.enterpriseNumber],
          [t('loan.province'), loan.borrower.province],
          ...(loan.borrower.naturalPerson
            ? ([[t('loan.soleTrader'), '✓']] as [string, string][])
            : []),
          // Win-win: the private lender and the deed.
          ...(loan.lender
            ? ([
                [
                  t('loan.lender'),
                  `${loan.lender.name} (${loan.lender.id}), ${t(`relation.${loan.lender.relationToBorrower}` as MessageId)}`,
                ],
                ...(loan.signedOn ? [[t('field.signedOn'), text.date(loan.signedOn)]] : []),
              ] as [string, string][])
            : []),
        ]}
      />
    </Panel>
  );
}

function Offer({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  return (
    <Panel titleGap="xs" title={t('loan.offer')}>
      {loan.approvedOn ? (
        <Facts
          rows={[
            [t('loan.approvedOn'), text.date(loan.approvedOn)],
            [t('loan.approvedBy'), (loan.approvedBy ?? []).join(', ')],
            [
              t('loan.offerValidUntil'),
              loan.offerValidUntil ? text.date(loan.offerValidUntil) : '—',
            ],
            [t('loan.disbursedOn'), loan.disbursedOn ? text.date(loan.disbursedOn) : '—'],
          ]}
        />
      ) : (
        <MText size="sm" c="dimmed">
          {t('loan.noOffer')}
        </MText>
      )}
    </Panel>
  );
}

/** Why an application ended without a loan: the refusal's reasons as sentences, a withdrawal. */
function Outcome({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  if (loan.refusal) {
    const r = loan.refusal;
    return (
      <Panel titleGap="xs" title={t('loan.refusal')}>
        <Facts
          rows={[
            [t('loan.refusedOn'), text.date(r.refusedOn)],
            [
              t('loan.reasons'),
              <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="refusal-reasons">
                {r.reasons.map((reason) => (
                  <li key={reason}>
                    <MText size="sm">{t(`refusalReason.${reason}` as MessageId)}</MText>
                  </li>
                ))}
              </ul>,
            ],
            ...(r.explanation
              ? ([[t('loan.explanation'), r.explanation]] as [string, string][])
              : []),
          ]}
        />
      </Panel>
    );
  }
  if (loan.withdrawal) {
    return (
      <Panel titleGap="xs" title={t('loan.withdrawal')}>
        <Facts
          rows={[
            [t('loan.withdrawnOn'), text.date(loan.withdrawal.withdrawnOn)],
            [t('loan.withdrawReason'), loan.withdrawal.reason || '—'],
          ]}
        />
      </Panel>
    );
  }
  return null;
}

/** A loan gone bad: the default's day and cause, recoveries, the government claim, the write-off. */
function Default({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const d = loan.default;
  if (!d) return null;
  const rows: [string, React.ReactNode][] = [
    [t('loan.defaultedOn'), text.date(d.defaultedOn)],
    [t('loan.cause'), t(`defaultCause.${d.cause}` as MessageId)],
    [t('loan.outstandingAtDefault'), text.money(d.outstandingPrincipal)],
    [t('loan.recovered'), text.money(loan.recovered)],
  ];
  if (loan.governmentClaim) {
    const c = loan.governmentClaim;
    rows.push([
      t('loan.governmentClaim'),
      t('loan.governmentClaimValue', {
        claim: text.money(c.claim),
        date: text.date(c.claimedOn),
        lost: text.money(c.principalLost),
      }),
    ]);
  }
  if (loan.writeOff) {
    rows.push([
      t('loan.writtenOff'),
      t('loan.writtenOffValue', {
        amount: text.money(loan.writeOff.amount),
        date: text.date(loan.writeOff.writtenOffOn),
      }),
    ]);
  }
  return (
    <Panel titleGap="xs" title={t('loan.default')}>
      <div data-testid="default">
        <Facts rows={rows} />
      </div>
    </Panel>
  );
}

function Guarantees({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  return (
    <Panel titleGap="xs" title={t('loan.guarantees')}>
      {loan.guarantees.length === 0 ? (
        <MText size="sm" c="dimmed">
          {t('loan.noGuarantees')}
        </MText>
      ) : (
        <Table verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('loan.guarantee.kind')}</Table.Th>
              <Table.Th>{t('loan.guarantee.guarantor')}</Table.Th>
              <Table.Th style={amountCell}>{t('loan.guarantee.amount')}</Table.Th>
              <Table.Th style={amountCell}>{t('loan.guarantee.released')}</Table.Th>
              <Table.Th style={amountCell}>{t('loan.guarantee.called')}</Table.Th>
              <Table.Th style={amountCell}>{t('loan.guarantee.remaining')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {loan.guarantees.map((g) => (
              <Table.Tr key={g.guaranteeId} data-guarantee={g.guaranteeId}>
                <Table.Td>
                  {g.guaranteeId} · {t(`guarantee.${g.kind}` as MessageId)}
                  {g.releaseRefusals > 0 && (
                    <MText size="xs" c="dimmed">
                      {t('loan.guarantee.refusals', { n: g.releaseRefusals })}
                    </MText>
                  )}
                </Table.Td>
                <Table.Td>{g.guarantor}</Table.Td>
                <Table.Td style={amountCell}>{text.money(g.amount)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(g.released)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(g.called)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(g.remaining)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Panel>
  );
}

function History({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const disbursed = loan.disbursedOn !== null;
  const [tab, setTab] = useState<string | null>(disbursed ? 'schedule' : 'events');
  // Paid out while on screen: the schedule is what the clerk looks at next.
  useEffect(() => {
    if (disbursed) setTab('schedule');
  }, [disbursed]);
  return (
    <Paper withBorder p="md">
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="schedule">{t('loan.schedule')}</Tabs.Tab>
          <Tabs.Tab value="payments">{t('loan.payments')}</Tabs.Tab>
          <Tabs.Tab value="documents">{t('loan.documents')}</Tabs.Tab>
          <Tabs.Tab value="events">{t('loan.events')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="schedule">
          <Schedule loan={loan} text={text} payments={false} />
        </Tabs.Panel>
        <Tabs.Panel value="payments">
          <Schedule loan={loan} text={text} payments />
        </Tabs.Panel>
        <Tabs.Panel value="documents">
          <Documents loan={loan} text={text} />
        </Tabs.Panel>
        <Tabs.Panel value="events">
          <Events loan={loan} text={text} />
        </Tabs.Panel>
      </Tabs>
    </Paper>
  );
}

function Schedule({ loan, text, payments }: { loan: LoanView; text: Text; payments: boolean }) {
  const { t } = text;
  const disbursed = loan.disbursedOn !== null;
  // The schedule and its arrears as of a business day the user picks (empty: today).
  const [asOf, setAsOf] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? asOf : undefined;
  const schedule = useSchedule(loan.loanId, disbursed, loan.version, valid);
  if (!disbursed) {
    return (
      <MText size="sm" c="dimmed">
        {payments ? t('loan.noPayments') : t('loan.noSchedule')}
      </MText>
    );
  }
  if (schedule.isPending) return <Loader size="sm" />;
  if (schedule.isError) return <ProblemNotice error={schedule.error} />;
  const s = schedule.data;
  if (payments) {
    return (
      <Stack gap="md">
        <Payments schedule={s} text={text} />
        <EarlyRepayments loan={loan} text={text} />
      </Stack>
    );
  }
  return <ScheduleTable schedule={s} text={text} asOf={asOf} setAsOf={setAsOf} />;
}

function Payments({ schedule: s, text }: { schedule: ScheduleView; text: Text }) {
  const { t } = text;
  return s.payments.length === 0 ? (
    <MText size="sm" c="dimmed">
      {t('loan.noPayments')}
    </MText>
  ) : (
    <Table striped verticalSpacing={4} data-testid="payments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('payment.paidOn')}</Table.Th>
          <Table.Th style={amountCell}>{t('payment.amount')}</Table.Th>
          <Table.Th style={amountCell}>{t('payment.interest')}</Table.Th>
          <Table.Th style={amountCell}>{t('payment.principal')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {s.payments.map((p) => (
          <Table.Tr key={p.paymentId}>
            <Table.Td>{text.date(p.paidOn)}</Table.Td>
            <Table.Td style={amountCell}>{text.money(p.amount)}</Table.Td>
            <Table.Td style={amountCell}>{text.money(p.interestPaid)}</Table.Td>
            <Table.Td style={amountCell}>{text.money(p.principalPaid)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The early repayments of the audit trail, each with its fee's computation line by line. */
function EarlyRepayments({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const events = useEvents(loan.loanId, loan.version);
  const made = (events.data ?? []).filter((e) => e.type === 'EarlyRepaymentMade');
  if (made.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="early-repayments">
      <Title order={3} size="h5">
        {t('loan.earlyRepayments')}
      </Title>
      {made.map((e) => {
        const d = e.data as {
          repaidOn: string;
          capitalRepaid: string;
          accruedInterest: string;
          fee: string;
          total: string;
          lines: { label: string; value: string }[];
        };
        return (
          <Paper key={e.eventId} withBorder p="sm">
            <MText size="sm" fw={600}>
              {text.date(d.repaidOn)}: {text.money(d.total)}
            </MText>
            <Table verticalSpacing={2} fz="sm">
              <Table.Tbody>
                <Table.Tr>
                  <Table.Td>{t('quote.capital')}</Table.Td>
                  <Table.Td style={amountCell}>{text.money(d.capitalRepaid)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>{t('payment.interest')}</Table.Td>
                  <Table.Td style={amountCell}>{text.money(d.accruedInterest)}</Table.Td>
                </Table.Tr>
                <Table.Tr>
                  <Table.Td>{t('quote.fee')}</Table.Td>
                  <Table.Td style={amountCell}>{text.money(d.fee)}</Table.Td>
                </Table.Tr>
                {/* Labels repeat (one line per term of the calculation): the position is the key. */}
                {d.lines.map((line, i) => (
                  <Table.Tr key={`${i}-${line.label}`}>
                    <Table.Td pl="lg" c="dimmed" fz="xs">
                      {line.label}
                    </Table.Td>
                    <Table.Td style={amountCell} c="dimmed" fz="xs">
                      {line.value}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        );
      })}
    </Stack>
  );
}

function ScheduleTable({
  schedule: s,
  text,
  asOf,
  setAsOf,
}: {
  schedule: ScheduleView;
  text: Text;
  asOf: string;
  setAsOf(value: string): void;
}) {
  const { t } = text;
  const statusColour = {
    paid: 'green',
    'partly-paid': 'yellow',
    due: 'blue',
    overdue: 'red',
    future: 'gray',
    'written-off': 'dark',
  };
  // A write-off gave up what the schedule asked: the API then counts no arrears.
  const writtenOff = s.instalments.some((i) => i.status === 'written-off');
  return (
    <Stack gap="xs">
      <Group gap="lg" align="flex-end">
        <DateField size="xs" label={t('loan.scheduleAsOfField')} value={asOf} onChange={setAsOf} />
        <MText size="sm" c="dimmed" data-testid="schedule-as-of">
          {t('loan.scheduleAsOf', { date: text.date(s.asOf) })}
        </MText>
        <MText size="sm">
          {t('loan.arrears')}:{' '}
          {writtenOff
            ? t('loan.arrearsWrittenOff')
            : s.arrears.total === '0.00'
              ? t('loan.noArrears')
              : t('loan.arrearsValue', {
                  amount: text.money(s.arrears.total),
                  days: s.arrears.daysPastDue,
                })}
        </MText>
      </Group>
      {/* Scrolls on its own: focusable, so that a keyboard can scroll it too. */}
      <div
        tabIndex={0}
        role="region"
        aria-label={t('loan.schedule')}
        style={{ maxHeight: 420, overflow: 'auto' }}
      >
        <Table striped stickyHeader verticalSpacing={2} fz="sm" miw={720} data-testid="schedule">
          <Table.Thead>
            <Table.Tr>
              <Table.Th style={amountCell}>{t('schedule.number')}</Table.Th>
              <Table.Th>{t('schedule.dueOn')}</Table.Th>
              <Table.Th style={amountCell}>{t('schedule.principal')}</Table.Th>
              <Table.Th style={amountCell}>{t('schedule.interest')}</Table.Th>
              <Table.Th style={amountCell}>{t('schedule.total')}</Table.Th>
              <Table.Th style={amountCell}>{t('schedule.paid')}</Table.Th>
              <Table.Th style={amountCell}>{t('schedule.unpaid')}</Table.Th>
              <Table.Th>{t('schedule.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {s.instalments.map((i) => (
              <Table.Tr key={i.number} data-instalment={i.number} data-status={i.status}>
                <Table.Td style={amountCell}>{i.number}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{text.shortDate(i.dueOn)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(i.principal)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(i.interest)}</Table.Td>
                <Table.Td style={amountCell}>{text.money(i.total)}</Table.Td>
                <Table.Td style={amountCell}>
                  {text.money(sumCents(i.paidInterest, i.paidPrincipal))}
                </Table.Td>
                <Table.Td style={amountCell}>{text.money(i.unpaid)}</Table.Td>
                <Table.Td>
                  <Badge
                    size="sm"
                    variant="dot"
                    color={statusColour[i.status]}
                    // Shown whole ("Achterstallig"), never cut to an ellipsis.
                    styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
                  >
                    {t(`instalment.${i.status}` as MessageId)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('schedule.totals')}</Table.Th>
              <Table.Th style={amountCell}>{text.money(s.totals.principal)}</Table.Th>
              <Table.Th style={amountCell}>{text.money(s.totals.interest)}</Table.Th>
              <Table.Th style={amountCell}>{text.money(s.totals.total)}</Table.Th>
              <Table.Th style={amountCell}>{text.money(s.paid.total)}</Table.Th>
              <Table.Th />
              <Table.Th />
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </div>
    </Stack>
  );
}

/** Two amounts with two decimals added as whole cents (BigInt): no binary fractions. */
export function sumCents(a: string, b: string): string {
  const cents = (x: string) => {
    const [whole = '0', fraction = ''] = x.replace('-', '').split('.');
    const value = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0').slice(0, 2));
    return x.startsWith('-') ? -value : value;
  };
  const total = cents(a) + cents(b);
  const negative = total < 0n;
  const abs = negative ? -total : total;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

function Documents({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const documents = useDocuments(loan.loanId, loan.position, loan.approvedOn !== null);
  const { sessions } = useServices();
  if (documents.isPending) return <Loader size="sm" />;
  if (documents.isError) return <ProblemNotice error={documents.error} />;
  if (documents.data.length === 0) {
    return (
      <MText size="sm" c="dimmed">
        {loan.approvedOn ? t('loan.documentsPending') : t('loan.noDocuments')}
      </MText>
    );
  }
  /** The renditions need the bearer token: fetched, then opened from memory. */
  const open = async (document: DocumentView, rendition: DocumentView['renditions'][number]) => {
    const token = sessions.get()?.token;
    const response = await fetch(rendition.href, {
      headers: token ? { Authorization: `Bearer ${token}` } : {},
    });
    if (!response.ok) return;
    const url = URL.createObjectURL(await response.blob());
    if (rendition.format === 'pdf') {
      const a = window.document.createElement('a');
      a.href = url;
      a.download = `${document.kind}-${loan.loanId.slice(0, 8)}-${rendition.language}.pdf`;
      a.click();
    } else {
      window.open(url, '_blank', 'noopener');
    }
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  };
  return (
    <Table verticalSpacing={4} data-testid="documents">
      <Table.Tbody>
        {documents.data.map((d) => (
          <Table.Tr key={d.documentId}>
            <Table.Td>
              <MText size="sm" fw={500}>
                {d.title}
              </MText>
              <MText size="xs" c="dimmed">
                {text.date(d.effectiveOn)}
              </MText>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end">
                {d.renditions.map((r) => (
                  <Button
                    key={r.href}
                    size="compact-xs"
                    variant={r.format === 'html' ? 'light' : 'default'}
                    onClick={() => void open(d, r)}
                  >
                    {r.format === 'html'
                      ? t('document.open', { lang: r.language.toUpperCase() })
                      : t('document.pdf', { lang: r.language.toUpperCase() })}
                  </Button>
                ))}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function Events({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const events = useEvents(loan.loanId, loan.version);
  if (events.isPending) return <Loader size="sm" />;
  if (events.isError) return <ProblemNotice error={events.error} />;
  return (
    <Table striped verticalSpacing={4} fz="sm" data-testid="events">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('event.type')}</Table.Th>
          <Table.Th>{t('event.effectiveOn')}</Table.Th>
          <Table.Th>{t('event.actor')}</Table.Th>
          <Table.Th>{t('event.recordedAt')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {events.data.map((e) => (
          <Table.Tr key={e.eventId} data-event-type={e.type}>
            <Table.Td>
              {text.has(`eventType.${e.type}`) ? t(`eventType.${e.type}` as MessageId) : e.type}
            </Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {e.metadata.effectiveOn ? text.date(e.metadata.effectiveOn) : '—'}
            </Table.Td>
            <Table.Td>{e.metadata.actor ?? '—'}</Table.Td>
            <Table.Td style={{ whiteSpace: 'nowrap' }}>
              {text.instant(e.metadata.recordedAt)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
