import {
  Alert,
  Button,
  Checkbox,
  Container,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  TextInput,
  Title,
  Text as MText,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { unwrap } from '../api/client';
import { ApiProblem, problemsForForm } from '../api/problems';
import { useSignInInfo } from '../api/queries';
import { ROLES, type Role, type SignInReply } from '../api/views';
import { useServices, useSession, useText } from '../context';
import { LANGUAGES, parseAmountInput, type Language } from '../format/format';
import type { MessageId } from '../i18n/messages';
import { describer, ProblemNotice } from '../loan/parts';

interface Values {
  name: string;
  roles: Role[];
  approvalLimit: string;
}

/**
 * Development sign-in (the embedded store without an identity provider): a name and roles get a
 * token from POST /api/v1/dev/sign-in. Where the back office has no such route (404) the page
 * says so. The OpenID Connect sign-in (oidc-client-ts, authorization code with PKCE) takes this
 * page's place when AUTH_JWKS_URL/AUTH_ISSUER are set: it ends the same way, in SessionStore.set.
 */
export function SignInPage() {
  const text = useText();
  const { t } = text;
  const { api, sessions, language, setLanguage } = useServices();
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = params.get('next') ?? '/';
  const info = useSignInInfo();
  const form = useForm<Values>({
    initialValues: { name: '', roles: [], approvalLimit: '' },
    validate: {
      name: (v) => (v.trim() ? null : t('input.required')),
      roles: (v) => (v.length > 0 ? null : t('signIn.noRole')),
      approvalLimit: (v) =>
        v.trim() === '' || parseAmountInput(v, language) ? null : t('input.amountFormat'),
    },
  });
  const signIn = useMutation({
    mutationFn: (values: Values) => {
      const limit = values.roles.includes('credit-officer')
        ? parseAmountInput(values.approvalLimit, language)
        : undefined;
      return unwrap<SignInReply>(
        api.POST('/api/v1/dev/sign-in', {
          body: {
            name: values.name.trim(),
            roles: values.roles,
            ...(limit ? { approvalLimit: limit } : {}),
          },
        }),
      );
    },
    onSuccess: (reply) => {
      sessions.set({
        token: reply.token,
        sub: reply.sub,
        roles: reply.roles,
        approvalLimit: reply.approvalLimit,
        expiresAt: reply.expiresAt,
      });
      navigate(next.startsWith('/') && !next.startsWith('//') ? next : '/', { replace: true });
    },
    onError: (error) => {
      if (error instanceof ApiProblem) {
        const placed = problemsForForm(
          error.problem,
          ['name', 'roles', 'approvalLimit'],
          describer(text),
        );
        form.setErrors(placed.fields);
      }
    },
  });
  useEffect(() => {
    document.title = `${t('signIn.title')} · Loanbook`;
  }, [t]);
  if (session && !signIn.isPending) return <Navigate to="/" replace />;

  const unavailable = info.error instanceof ApiProblem && info.error.status === 404;
  const officer = form.values.roles.includes('credit-officer');
  const defaultLimit = info.data?.defaultApprovalLimit;
  return (
    <Container size={460} py={64} component="main">
      <Group justify="space-between" mb="lg">
        <Title order={1} size="h2" c="blue.9">
          Loanbook
        </Title>
        <SegmentedControl
          size="xs"
          aria-label={t('lang.label')}
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
        />
      </Group>
      <Paper withBorder shadow="sm" p="xl" radius="md">
        <Title order={2} size="h3" mb="sm">
          {t('signIn.title')}
        </Title>
        {unavailable ? (
          <Alert color="gray" role="status">
            {t('signIn.unavailable')}
          </Alert>
        ) : (
          <form onSubmit={form.onSubmit((values) => signIn.mutate(values))} noValidate>
            <Stack gap="md">
              <MText size="sm" c="dimmed">
                {t('signIn.intro', {
                  hours: Math.floor((info.data?.tokenLifetimeSeconds ?? 28_800) / 3600),
                })}
              </MText>
              <TextInput
                label={t('signIn.name')}
                description={t('signIn.nameHint')}
                autoComplete="username"
                required
                {...form.getInputProps('name')}
              />
              <Checkbox.Group label={t('signIn.roles')} required {...form.getInputProps('roles')}>
                <Stack gap={6} mt={6}>
                  {ROLES.map((role) => (
                    <Checkbox key={role} value={role} label={t(`role.${role}` as MessageId)} />
                  ))}
                </Stack>
              </Checkbox.Group>
              {officer && (
                <TextInput
                  label={t('signIn.approvalLimit')}
                  description={
                    defaultLimit
                      ? t('signIn.approvalLimitHint', { amount: text.money(defaultLimit) })
                      : t('signIn.approvalLimitHintNone')
                  }
                  inputMode="decimal"
                  {...form.getInputProps('approvalLimit')}
                />
              )}
              {signIn.error &&
                !(signIn.error instanceof ApiProblem && signIn.error.status === 400) && (
                  <ProblemNotice error={signIn.error} />
                )}
              <Button type="submit" loading={signIn.isPending}>
                {t('signIn.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </Container>
  );
}
