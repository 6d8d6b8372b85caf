import { Group, Loader, Stack, Table, Text as MText } from '@mantine/core';
import { useApplicationInformation, useCreditAssessment } from '../api/queries';
import type { ApplicationInformationView, LoanView } from '../api/views';
import type { Text } from '../context';
import type { MessageId } from '../i18n/messages';
import { Facts, Panel, ProblemNotice } from './parts';

/** The latest responsible credit assessment's decision figures (DOMAIN.md 3.5). */
export function CreditAssessmentPanel({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const assessment = useCreditAssessment(loan.loanId, loan.version);
  const body = () => {
    if (assessment.isPending) return <Loader size="sm" />;
    if (assessment.isError) return <ProblemNotice error={assessment.error} />;
    const a = assessment.data;
    if (!a) {
      return (
        <MText size="sm" c="dimmed">
          {t('assessment.none')}
        </MText>
      );
    }
    return (
      <Stack gap="xs" data-testid="credit-assessment">
        <Facts
          rows={[
            [
              t('assessment.assessed'),
              t('assessment.assessedValue', { date: text.date(a.assessedOn), by: a.assessedBy }),
            ],
            [t('assessment.requested'), text.money(a.requestedAmount)],
            [t('assessment.maximum'), text.money(a.maximumCredit)],
            [t('assessment.capacity'), text.money(a.monthlyCapacity)],
            [
              t('assessment.verdict'),
              <MText
                key="verdict"
                span
                size="sm"
                fw={600}
                c={a.withinMaximum && a.knockOuts.length === 0 ? undefined : 'red'}
              >
                {a.withinMaximum ? t('assessment.within') : t('assessment.above')}
              </MText>,
            ],
            ...(a.knockOuts.length > 0
              ? ([
                  [
                    t('assessment.knockOuts'),
                    <ul key="ko" style={{ margin: 0, paddingLeft: 18 }}>
                      {a.knockOuts.map((k) => (
                        <li key={k}>
                          <MText size="sm">{t(`knockOut.${k}` as MessageId)}</MText>
                        </li>
                      ))}
                    </ul>,
                  ],
                ] as [string, React.ReactNode][])
              : []),
            [t('assessment.rules'), a.rulesVersion],
          ]}
        />
        {a.details && a.details.result.incomes.length > 0 && (
          <Table verticalSpacing={2} fz="xs" layout="fixed" data-testid="assessed-incomes">
            <Table.Caption style={{ captionSide: 'top', textAlign: 'left' }}>
              {t('assessment.incomes')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('assessment.income')}</Table.Th>
                <Table.Th ta="right">{t('assessment.net')}</Table.Th>
                <Table.Th ta="right">{t('assessment.weight')}</Table.Th>
                <Table.Th ta="right">{t('assessment.counted')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {a.details.result.incomes.map((income, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    {t(`income.${income.kind}` as MessageId)}
                    {income.description ? ` · ${income.description}` : ''}
                  </Table.Td>
                  <Table.Td ta="right">{text.money(income.monthlyNet)}</Table.Td>
                  <Table.Td ta="right">{text.rate(income.weight)}</Table.Td>
                  <Table.Td ta="right">{text.money(income.counted)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {a.erased && (
          <MText size="xs" c="dimmed">
            {t('assessment.erased')}
          </MText>
        )}
      </Stack>
    );
  };
  return (
    <Panel titleGap="xs" title={t('assessment.title')}>
      {body()}
    </Panel>
  );
}

type Item = ApplicationInformationView['items'][number];

export function itemLabel(item: Item, text: Text): string {
  const id = `infoItem.${item.item}`;
  const label = text.has(id)
    ? text.t(id as MessageId)
    : text.language === 'nl'
      ? item.descriptionNl
      : item.description;
  return item.guaranteeId
    ? `${label} (${text.t('information.guarantee', { id: item.guaranteeId })})`
    : label;
}

/** The code of conduct's information (DOMAIN.md 4.1): what is still missing first, then all. */
export function ApplicationInformationPanel({ loan, text }: { loan: LoanView; text: Text }) {
  const { t } = text;
  const information = useApplicationInformation(loan.loanId, loan.version);
  const body = () => {
    if (information.isPending) return <Loader size="sm" />;
    if (information.isError) return <ProblemNotice error={information.error} />;
    const info = information.data;
    return (
      <Stack gap="xs" data-testid="application-information">
        {info.complete ? (
          <MText size="sm" fw={500}>
            {t('information.complete')}
          </MText>
        ) : (
          <>
            <MText size="sm" fw={600} c="red">
              {t('information.missing', { n: info.missing.length })}
            </MText>
            <ul style={{ margin: 0, paddingLeft: 18 }} data-testid="information-missing">
              {info.missing.map((item) => (
                <li key={`${item.item}:${item.guaranteeId ?? ''}`}>
                  <MText size="sm">{itemLabel(item, text)}</MText>
                </li>
              ))}
            </ul>
          </>
        )}
        <details>
          <summary style={{ cursor: 'pointer', fontSize: 'var(--mantine-font-size-sm)' }}>
            {t('information.all', { n: info.items.length })}
          </summary>
          <Table verticalSpacing={2} fz="sm" mt="xs">
            <Table.Tbody>
              {info.items.map((item) => (
                <Table.Tr key={`${item.item}:${item.guaranteeId ?? ''}`}>
                  <Table.Td>{itemLabel(item, text)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <MText size="xs" c={item.status === 'missing' ? 'red' : 'dimmed'}>
                        {t(`infoStatus.${item.status}` as MessageId)}
                      </MText>
                      {item.recordedOn && (
                        <MText size="xs" c="dimmed">
                          · {text.shortDate(item.recordedOn)}
                        </MText>
                      )}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </details>
      </Stack>
    );
  };
  return (
    <Panel titleGap="xs" title={t('information.title')}>
      {body()}
    </Panel>
  );
}
