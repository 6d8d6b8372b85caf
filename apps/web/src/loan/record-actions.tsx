import {
  Button,
  Checkbox,
  CloseButton,
  Fieldset,
  Group,
  Loader,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text as MText,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useRef } from 'react';
import { useApplicationInformation } from '../api/queries';
import type {
  ApplicationInformationView,
  RecordAssessmentBody,
  RecordInformationBody,
} from '../api/views';
import { useText } from '../context';
import { DateField } from '../forms/DateField';
import { todayInBrussels } from '../forms/forms';
import {
  assessmentBody,
  assessmentFields,
  HOUSEHOLD_TYPES,
  INCOME_GROUPS,
  incomeFields,
  INFORMATION_STATUSES,
  informationBody,
  informationField,
  isEmployment,
  isOptionalIncomeField,
  newIncome,
  newObligation,
  OBLIGATION_FIELDS,
  OBLIGATION_KINDS,
  obligationAmountField,
  PHASES,
  STUDENT_DEBT_SYSTEMS,
  TENURES,
  type AssessmentValues,
  type IncomeField,
  type IncomeRow,
  type InformationValues,
  type ObligationRow,
} from '../forms/record-forms';
import type { MessageId } from '../i18n/messages';
import { useAction, type ActionProps } from './actions';
import { itemLabel } from './assessment';
import { Panel, ProblemNotice } from './parts';

type Item = ApplicationInformationView['items'][number];

/** DOMAIN.md 4.1: per item what came in (received, already known, not applicable) and a note. */
export function RecordInformationAction({ loan, onReply }: ActionProps) {
  const information = useApplicationInformation(loan.loanId, loan.version);
  if (information.isPending) return <Loader size="sm" />;
  if (information.isError) return <ProblemNotice error={information.error} />;
  return <InformationForm loan={loan} onReply={onReply} items={information.data.items} />;
}

function InformationForm({ loan, onReply, items }: ActionProps & { items: Item[] }) {
  // The rows the last body sent, to put the API's items.<i> errors on their row.
  const sent = useRef<number[]>([]);
  const fields = [
    'recordedOn',
    'items',
    ...items.flatMap((_, i) => [`items.${i}`, `items.${i}.status`, `items.${i}.note`]),
  ];
  const { command, notice, run, text } = useAction<RecordInformationBody>(loan, fields, onReply);
  const { t } = text;
  const form = useForm<InformationValues>({
    initialValues: {
      recordedOn: todayInBrussels(),
      rows: items.map((i) => ({
        item: i.item,
        ...(i.guaranteeId ? { guaranteeId: i.guaranteeId } : {}),
        status: '',
        note: '',
      })),
    },
  });
  const setErrors = (errors: Record<string, string>) =>
    form.setErrors(
      Object.fromEntries(
        Object.entries(errors).map(([field, message]) => [
          informationField(field, sent.current),
          message,
        ]),
      ),
    );
  const submit = form.onSubmit((values) => {
    const { built, sentRows } = informationBody(values);
    sent.current = sentRows;
    run(built, setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/application-information', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    );
  });
  const statusOptions = [
    { value: '', label: t('record.unchanged') },
    ...INFORMATION_STATUSES.map((s) => ({ value: s, label: t(`infoStatus.${s}` as MessageId) })),
  ];
  return (
    <Panel title={t('record.informationTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice}
          <MText size="sm" c="dimmed">
            {t('record.informationHint')}
          </MText>
          <DateField
            label={t('record.recordedOn')}
            required
            w={200}
            {...form.getInputProps('recordedOn')}
          />
          <Table verticalSpacing={4} fz="sm" data-testid="information-form">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('record.item')}</Table.Th>
                <Table.Th w={190}>{t('record.status')}</Table.Th>
                <Table.Th w={260}>{t('record.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item, i) => {
                const label = itemLabel(item, text);
                return (
                  <Table.Tr key={`${item.item}:${item.guaranteeId ?? ''}`}>
                    <Table.Td>
                      {label}
                      <MText span size="xs" c={item.status === 'missing' ? 'red' : 'dimmed'}>
                        {' '}
                        ({t(`infoStatus.${item.status}` as MessageId)})
                      </MText>
                    </Table.Td>
                    <Table.Td>
                      <NativeSelect
                        size="xs"
                        aria-label={`${t('record.status')}: ${label}`}
                        data={statusOptions}
                        {...form.getInputProps(`rows.${i}.status`)}
                      />
                    </Table.Td>
                    <Table.Td>
                      <TextInput
                        size="xs"
                        aria-label={`${t('record.note')}: ${label}`}
                        {...form.getInputProps(`rows.${i}.note`)}
                      />
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          {form.errors.items && (
            <MText size="sm" c="red" role="alert">
              {form.errors.items}
            </MText>
          )}
          <Button type="submit" loading={command.isPending}>
            {t('record.informationSubmit')}
          </Button>
        </Stack>
      </form>
    </Panel>
  );
}

/** DOMAIN.md 3.5: the household's budget; the maximum and the knock-outs are the server's. */
export function RecordAssessmentAction({ loan, onReply }: ActionProps) {
  const form = useForm<AssessmentValues>({
    initialValues: {
      assessedOn: todayInBrussels(),
      householdType: '',
      tenure: '',
      rent: '',
      serviceCosts: '',
      rentAllowance: '',
      mortgageGrossCharge: '',
      applicantBirthDate: '',
      signingDate: todayInBrussels(),
      termMonths: String(loan.termMonths),
      incomes: [newIncome()],
      obligations: [],
      wageGarnishment: false,
      divorceInProgress: false,
      requestedAmount: '',
    },
  });
  const { command, notice, run, text } = useAction<RecordAssessmentBody>(
    loan,
    assessmentFields(form.values),
    onReply,
  );
  const { t } = text;
  const submit = form.onSubmit((values) =>
    run(assessmentBody(values, text.language), form.setErrors, (api, body, headers) =>
      api.POST('/api/v1/loans/{loanId}/credit-assessment', {
        params: { path: { loanId: loan.loanId } },
        body,
        headers,
      }),
    ),
  );
  // The values live flat in the form, their errors under the API's household.<path>.
  const input = (value: keyof AssessmentValues, path: string) =>
    bound(form, value, `household.${path}`);
  const options = (prefix: string, codes: readonly string[], empty = true) => [
    ...(empty ? [{ value: '', label: '—' }] : []),
    ...codes.map((c) => ({ value: c, label: t(`${prefix}.${c}` as MessageId) })),
  ];
  return (
    <Panel title={t('record.assessmentTitle')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {notice}
          <MText size="sm" c="dimmed">
            {t('record.assessmentHint')}
          </MText>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <DateField
              label={t('record.assessedOn')}
              required
              {...form.getInputProps('assessedOn')}
            />
            <NativeSelect
              label={t('record.householdType')}
              required
              data={options('householdType', HOUSEHOLD_TYPES)}
              {...input('householdType', 'householdType')}
            />
            <DateField
              label={t('record.birthDate')}
              required
              {...input('applicantBirthDate', 'applicantBirthDate')}
            />
            <DateField
              label={t('record.signingDate')}
              required
              {...input('signingDate', 'signingDate')}
            />
            <TextInput
              label={t('record.termMonths')}
              required
              inputMode="numeric"
              {...input('termMonths', 'termMonths')}
            />
            <TextInput
              label={t('record.requestedAmount')}
              description={t('record.requestedHint')}
              inputMode="decimal"
              {...input('requestedAmount', 'requestedAmount')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('record.tenure')}
              required
              data={options('tenure', TENURES)}
              {...input('tenure', 'housing.tenure')}
            />
            {form.values.tenure === 'renter' && (
              <>
                <TextInput
                  label={t('record.rent')}
                  required
                  inputMode="decimal"
                  {...input('rent', 'housing.rent')}
                />
                <TextInput
                  label={t('record.serviceCosts')}
                  inputMode="decimal"
                  {...input('serviceCosts', 'housing.serviceCosts')}
                />
                <TextInput
                  label={t('record.rentAllowance')}
                  inputMode="decimal"
                  {...input('rentAllowance', 'housing.rentAllowance')}
                />
              </>
            )}
            {form.values.tenure === 'owner' && (
              <TextInput
                label={t('record.mortgage')}
                required
                inputMode="decimal"
                {...input('mortgageGrossCharge', 'housing.mortgageGrossCharge')}
              />
            )}
          </SimpleGrid>
          <Title order={3} size="h6">
            {t('record.incomes')}
          </Title>
          {form.values.incomes.map((row, i) => (
            <IncomeFieldset key={i} form={form} row={row} i={i} />
          ))}
          {form.errors['household.incomes'] && (
            <MText size="sm" c="red" role="alert">
              {form.errors['household.incomes']}
            </MText>
          )}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('incomes', newIncome())}
            >
              {t('record.addIncome')}
            </Button>
          </Group>
          <Title order={3} size="h6">
            {t('record.obligations')}
          </Title>
          {form.values.obligations.map((row, i) => (
            <ObligationFieldset key={i} form={form} row={row} i={i} />
          ))}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() => form.insertListItem('obligations', newObligation())}
            >
              {t('record.addObligation')}
            </Button>
          </Group>
          <Checkbox
            label={t('record.wageGarnishment')}
            {...form.getInputProps('wageGarnishment', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('record.divorce')}
            {...form.getInputProps('divorceInProgress', { type: 'checkbox' })}
          />
          <Button type="submit" loading={command.isPending}>
            {t('record.assessmentSubmit')}
          </Button>
        </Stack>
      </form>
    </Panel>
  );
}

type AssessmentForm = UseFormReturnType<AssessmentValues>;

/**
 * An input whose value lives at `value` and whose error at the API's `error` path: a change
 * clears that error, as Mantine does for errors kept under the value's own path.
 */
function bound(form: AssessmentForm, value: string, error: string, type?: 'checkbox') {
  const props = form.getInputProps(value, type ? { type } : undefined);
  return {
    ...props,
    error: form.errors[error],
    onChange: (event: unknown) => {
      form.clearFieldError(error);
      props.onChange(event);
    },
  };
}

/** One income: its kind, and the fields of that kind only (record-forms.ts INCOME_FIELDS). */
function IncomeFieldset({ form, row, i }: { form: AssessmentForm; row: IncomeRow; i: number }) {
  const { t } = useText();
  const value = `incomes.${i}`;
  const error = (field: string) => form.errors[`household.incomes.${i}.${field}`];
  const at = (field: string) => `household.incomes.${i}.${field}`;
  const props = (field: keyof IncomeRow) => bound(form, `${value}.${field}`, at(field));
  const check = (field: keyof IncomeRow) => bound(form, `${value}.${field}`, at(field), 'checkbox');
  const optional = (label: string, field: IncomeField) =>
    isOptionalIncomeField(field, row.kind) ? `${label} (${t('record.optional')})` : label;
  const fields = incomeFields(row);
  const has = (field: IncomeField) => fields.includes(field);
  const kinds = Object.entries(INCOME_GROUPS).map(([group, codes]) => ({
    group: t(`incomeGroup.${group}` as MessageId),
    items: codes.map((c) => ({ value: c, label: t(`income.${c}` as MessageId) })),
  }));
  const phases = PHASES[row.kind] ?? [];
  const title = t('record.incomeTitle', { n: i + 1 });
  return (
    <Fieldset legend={title} data-income={i + 1} p="sm">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Stack gap="xs" style={{ flex: 1 }}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
            <NativeSelect label={t('record.incomeKind')} required data={kinds} {...props('kind')} />
            {has('monthlyNet') && (
              <TextInput
                label={t('record.monthlyNet')}
                required
                inputMode="decimal"
                {...props('monthlyNet')}
              />
            )}
            {has('phase') && (
              <NativeSelect
                label={t('record.phase')}
                required
                data={[
                  { value: '', label: '—' },
                  ...phases.map((p) => ({
                    value: p,
                    label: t(`phase.${row.kind}.${p}` as MessageId),
                  })),
                ]}
                {...props('phase')}
              />
            )}
            {has('structuralMonths') && (
              <TextInput
                label={t('record.structuralMonths')}
                required
                inputMode="numeric"
                {...props('structuralMonths')}
              />
            )}
            {has('endsOn') && (
              <DateField label={optional(t('record.endsOn'), 'endsOn')} {...props('endsOn')} />
            )}
            {has('remainingContractMonths') && (
              <TextInput
                label={optional(t('record.remainingContractMonths'), 'remainingContractMonths')}
                required={!isOptionalIncomeField('remainingContractMonths', row.kind)}
                inputMode="numeric"
                {...props('remainingContractMonths')}
              />
            )}
            {has('daysSick') && (
              <TextInput
                label={t('record.daysSick')}
                required
                inputMode="numeric"
                {...props('daysSick')}
              />
            )}
            {has('documentedYears') && (
              <TextInput
                label={t('record.documentedYears')}
                required
                inputMode="numeric"
                {...props('documentedYears')}
              />
            )}
            <TextInput
              label={`${t('record.description')} (${t('record.optional')})`}
              placeholder={t('record.descriptionHint')}
              {...props('description')}
            />
          </SimpleGrid>
          {has('yearlyProfits') && (
            <Stack gap={4}>
              <MText size="xs" c="dimmed">
                {t('record.profitsHint')}
              </MText>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
                {row.yearlyProfits.map((_, y) => (
                  <TextInput
                    key={y}
                    label={t('record.yearlyProfit', { n: y + 1 })}
                    required
                    inputMode="decimal"
                    {...bound(form, `${value}.yearlyProfits.${y}`, at(`yearlyProfits.${y}`))}
                    rightSection={
                      row.yearlyProfits.length > 1 ? (
                        <CloseButton
                          size="sm"
                          aria-label={t('record.removeYear', { n: y + 1 })}
                          onClick={() => form.removeListItem(`${value}.yearlyProfits`, y)}
                        />
                      ) : undefined
                    }
                  />
                ))}
              </SimpleGrid>
              {error('yearlyProfits') && (
                <MText size="sm" c="red" role="alert">
                  {error('yearlyProfits')}
                </MText>
              )}
              <Group>
                <Button
                  variant="default"
                  size="xs"
                  onClick={() => form.insertListItem(`${value}.yearlyProfits`, '')}
                >
                  {t('record.addYear')}
                </Button>
              </Group>
            </Stack>
          )}
          <Group gap="lg">
            {has('structural') && (
              <Checkbox label={t('record.structural')} {...check('structural')} />
            )}
            {has('declarationOfIntent') && (
              <Checkbox label={t('record.declarationOfIntent')} {...check('declarationOfIntent')} />
            )}
            {isEmployment(row.kind) && (
              <Checkbox label={t('record.inProbation')} {...check('inProbation')} />
            )}
            <Checkbox label={t('record.foreignNational')} {...check('foreignNational')} />
          </Group>
          {row.foreignNational && (
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
              <TextInput
                label={t('record.monthsWorkedHere')}
                required
                inputMode="numeric"
                {...bound(
                  form,
                  `${value}.monthsWorkedHere`,
                  at('foreignNational.monthsWorkedHere'),
                )}
              />
              <TextInput
                label={t('record.monthsCreditRegistered')}
                required
                inputMode="numeric"
                {...bound(
                  form,
                  `${value}.monthsCreditRegistered`,
                  at('foreignNational.monthsCreditRegistered'),
                )}
              />
            </SimpleGrid>
          )}
          {form.errors[`household.incomes.${i}`] && (
            <MText size="sm" c="red" role="alert">
              {form.errors[`household.incomes.${i}`]}
            </MText>
          )}
        </Stack>
        <CloseButton
          mt={26}
          aria-label={t('record.removeRow', { n: title })}
          onClick={() => form.removeListItem('incomes', i)}
        />
      </Group>
    </Fieldset>
  );
}

/** One obligation: its kind and the amount it is weighed on, with the kind's other fields. */
function ObligationFieldset({
  form,
  row,
  i,
}: {
  form: AssessmentForm;
  row: ObligationRow;
  i: number;
}) {
  const { t } = useText();
  const value = `obligations.${i}`;
  const props = (input: keyof ObligationRow, field: string) =>
    bound(form, `${value}.${input}`, `household.obligations.${i}.${field}`);
  const main = obligationAmountField(row.kind);
  const fields = OBLIGATION_FIELDS[row.kind];
  const title = t('record.obligationTitle', { n: i + 1 });
  return (
    <Fieldset legend={title} data-obligation={i + 1} p="sm">
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs" style={{ flex: 1 }}>
          <NativeSelect
            label={t('record.obligationKind')}
            required
            data={OBLIGATION_KINDS.map((c) => ({
              value: c,
              label: t(`obligation.${c}` as MessageId),
            }))}
            {...props('kind', 'kind')}
          />
          <TextInput
            label={t(`record.${main}` as MessageId)}
            required
            inputMode="decimal"
            {...props('amount', main)}
          />
          {fields.includes('allowance') && (
            <TextInput
              label={`${t('record.allowance')} (${t('record.optional')})`}
              inputMode="decimal"
              {...props('allowance', 'allowance')}
            />
          )}
          {fields.includes('system') && (
            <NativeSelect
              label={t('record.system')}
              required
              data={[
                { value: '', label: '—' },
                ...STUDENT_DEBT_SYSTEMS.map((c) => ({
                  value: c,
                  label: t(`studentSystem.${c}` as MessageId),
                })),
              ]}
              {...props('system', 'system')}
            />
          )}
          <TextInput
            label={`${t('record.description')} (${t('record.optional')})`}
            {...props('description', 'description')}
          />
        </SimpleGrid>
        <CloseButton
          mt={26}
          aria-label={t('record.removeRow', { n: title })}
          onClick={() => form.removeListItem('obligations', i)}
        />
      </Group>
    </Fieldset>
  );
}
