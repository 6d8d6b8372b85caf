import {
  Button,
  Checkbox,
  CloseButton,
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
import { useForm } from '@mantine/form';
import { useRef } from 'react';
import { useApplicationInformation } from '../api/queries';
import type {
  ApplicationInformationView,
  RecordAssessmentBody,
  RecordInformationBody,
} from '../api/views';
import { DateField } from '../forms/DateField';
import { todayInBrussels } from '../forms/forms';
import {
  assessmentBody,
  assessmentFields,
  FORM_INCOME_KINDS,
  FORM_OBLIGATION_KINDS,
  HOUSEHOLD_TYPES,
  INFORMATION_STATUSES,
  informationBody,
  informationField,
  obligationAmountField,
  TENURES,
  type AssessmentValues,
  type InformationValues,
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
      incomes: [{ kind: 'salary', monthlyNet: '' }],
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
  const input = (value: keyof AssessmentValues, path: string) => ({
    ...form.getInputProps(value),
    error: form.errors[`household.${path}`],
  });
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
          {form.values.incomes.map((_, i) => (
            <Group key={i} gap="sm" align="flex-start" data-income={i + 1}>
              <NativeSelect
                label={`${t('record.incomeKind')} ${i + 1}`}
                data={options('income', FORM_INCOME_KINDS, false)}
                w={280}
                {...form.getInputProps(`incomes.${i}.kind`)}
                error={form.errors[`household.incomes.${i}.kind`]}
              />
              <TextInput
                label={`${t('record.monthlyNet')} ${i + 1}`}
                inputMode="decimal"
                w={200}
                {...form.getInputProps(`incomes.${i}.monthlyNet`)}
                error={form.errors[`household.incomes.${i}.monthlyNet`]}
              />
              <CloseButton
                mt={28}
                aria-label={t('record.removeRow', { n: i + 1 })}
                onClick={() => form.removeListItem('incomes', i)}
              />
            </Group>
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
              onClick={() => form.insertListItem('incomes', { kind: 'salary', monthlyNet: '' })}
            >
              {t('record.addIncome')}
            </Button>
          </Group>
          <Title order={3} size="h6">
            {t('record.obligations')}
          </Title>
          {form.values.obligations.map((o, i) => {
            const field = obligationAmountField(o.kind);
            return (
              <Group key={i} gap="sm" align="flex-start" data-obligation={i + 1}>
                <NativeSelect
                  label={`${t('record.obligationKind')} ${i + 1}`}
                  data={options('obligation', FORM_OBLIGATION_KINDS, false)}
                  w={280}
                  {...form.getInputProps(`obligations.${i}.kind`)}
                  error={form.errors[`household.obligations.${i}.kind`]}
                />
                <TextInput
                  label={`${t('record.obligationAmount')} ${i + 1}`}
                  inputMode="decimal"
                  w={200}
                  {...form.getInputProps(`obligations.${i}.amount`)}
                  error={form.errors[`household.obligations.${i}.${field}`]}
                />
                <CloseButton
                  mt={28}
                  aria-label={t('record.removeRow', { n: i + 1 })}
                  onClick={() => form.removeListItem('obligations', i)}
                />
              </Group>
            );
          })}
          <Group>
            <Button
              variant="default"
              size="xs"
              onClick={() =>
                form.insertListItem('obligations', { kind: 'personal-loan', amount: '' })
              }
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
