import {
  Anchor,
  AppShell,
  Badge,
  Group,
  Menu,
  SegmentedControl,
  Text as MText,
  TextInput,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { hasRole } from '../auth/session';
import { useServices, useSession, useText } from '../context';
import { LANGUAGES, type Language } from '../format/format';
import classes from './Shell.module.css';

/** Every signed-in page: the header (search, navigation, language, user) and the page. */
export function Shell() {
  const session = useSession();
  const location = useLocation();
  if (!session) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate to={`/sign-in${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />
    );
  }
  return (
    <AppShell header={{ height: 64 }} padding="lg">
      <AppShell.Header className={classes.header}>
        <Header />
      </AppShell.Header>
      <AppShell.Main id="main" className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}

function Header() {
  const text = useText();
  const { t } = text;
  const session = useSession()!;
  const { sessions, language, setLanguage } = useServices();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const params = new URLSearchParams(location.search);
  const [q, setQ] = useState(location.pathname === '/loans' ? (params.get('q') ?? '') : '');
  useEffect(() => {
    if (location.pathname === '/loans') setQ(new URLSearchParams(location.search).get('q') ?? '');
  }, [location.pathname, location.search]);

  const search = (event: FormEvent) => {
    event.preventDefault();
    const query = q.trim();
    navigate(query ? `/loans?q=${encodeURIComponent(query)}` : '/loans');
  };
  const signOut = () => {
    sessions.clear();
    queryClient.clear();
    navigate('/sign-in');
  };

  return (
    <Group h="100%" px="lg" justify="space-between" wrap="nowrap" gap="lg">
      <a href="#main" className={classes.skip}>
        {t('nav.skip')}
      </a>
      <Group gap="lg" wrap="nowrap">
        <Anchor component={Link} to="/" className={classes.brand} underline="never">
          {t('app.name')}
          <MText span size="xs" ml={8} visibleFrom="lg" className={classes.tagline}>
            {t('app.tagline')}
          </MText>
        </Anchor>
        <nav aria-label={t('app.name')}>
          <Group gap={4} wrap="nowrap">
            <NavLink to="/" end className={classes.link}>
              {t('nav.home')}
            </NavLink>
            <NavLink to="/loans" end className={classes.link}>
              {t('nav.loans')}
            </NavLink>
            {hasRole(session, 'clerk') && (
              <NavLink to="/loans/new" className={classes.link}>
                {t('nav.newApplication')}
              </NavLink>
            )}
            {hasRole(session, 'clerk', 'credit-officer', 'analyst') && (
              <NavLink to="/reminders" className={classes.link}>
                {t('nav.reminders')}
              </NavLink>
            )}
            {(hasRole(session, 'analyst') || hasRole(session, 'credit-officer')) && (
              <NavLink to="/reports" className={classes.link}>
                {t('nav.reports')}
              </NavLink>
            )}
          </Group>
        </nav>
      </Group>
      <form role="search" onSubmit={search} className={classes.search}>
        <TextInput
          type="search"
          name="q"
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          placeholder={t('search.placeholder')}
          aria-label={t('search.label')}
          w="100%"
        />
        <VisuallyHidden>
          <button type="submit">{t('list.search')}</button>
        </VisuallyHidden>
      </form>
      <Group gap="md" wrap="nowrap">
        <SegmentedControl
          size="xs"
          aria-label={t('lang.label')}
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          data={LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
        />
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <UnstyledButton className={classes.user}>
              <MText size="sm" fw={600}>
                {session.sub}
              </MText>
              <Group gap={4}>
                {session.roles.map((role) => (
                  <Badge key={role} size="xs" variant="white">
                    {t(`role.${role}`)}
                  </Badge>
                ))}
              </Group>
            </UnstyledButton>
          </Menu.Target>
          <Menu.Dropdown>
            {hasRole(session, 'credit-officer') && (
              <Menu.Label>
                {session.approvalLimit
                  ? t('user.limit', { amount: text.money(session.approvalLimit) })
                  : t('user.noLimit')}
              </Menu.Label>
            )}
            {/* Opened with an opener: the tab starts with a copy of this tab's sessionStorage,
                whose token the documentation's own script takes (back office web/api-docs.ts). */}
            <Menu.Item onClick={() => window.open('/api/docs', '_blank')}>
              {t('nav.apiDocs')}
            </Menu.Item>
            <Menu.Item onClick={signOut}>{t('user.signOut')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
    </Group>
  );
}
