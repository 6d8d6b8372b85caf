import { Alert, createTheme, MantineProvider, type CSSVariablesResolver } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/fr';
import 'dayjs/locale/nl-be';
import { IntlProvider } from 'react-intl';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { createApi } from './api/client';
import { ApiProblem } from './api/problems';
import { SessionStore } from './auth/session';
import { ServicesProvider, type AppServices } from './context';
import { LANGUAGES, LOCALES, type Language } from './format/format';
import { MESSAGES } from './i18n/messages';
import { Shell } from './layout/Shell';
import { HomePage } from './pages/HomePage';
import { LoanPage } from './pages/LoanPage';
import { LoansPage } from './pages/LoansPage';
import { NewApplicationPage } from './pages/NewApplicationPage';
import { RemindersPage } from './pages/RemindersPage';
import { SignInPage } from './pages/SignInPage';

const LANGUAGE_KEY = 'loanbook.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return LANGUAGES.includes(stored as Language) ? (stored as Language) : 'nl';
}

const theme = createTheme({
  primaryColor: 'blue',
  // White on blue 6 is 3.6:1; blue 8 is above WCAG AA's 4.5:1. autoContrast gives other filled
  // colours (orange, yellow) dark text.
  primaryShade: 8,
  autoContrast: true,
  defaultRadius: 'sm',
  // A light alert's title in its own colour (yellow 6 on yellow) is hard to read: the text colour.
  components: {
    Alert: Alert.extend({ styles: { title: { color: 'var(--mantine-color-text)' } } }),
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
});

/**
 * Mantine's dimmed text (gray 6 on white, 3.3:1) is below WCAG AA's 4.5:1 for small text: gray 7
 * (about 8:1) keeps hints and secondary labels readable. Its error colour (red 6, 3.6:1) the
 * same: red 9 (about 5.7:1) for a field's error and its text.
 */
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
  },
  dark: {},
});

const router = createBrowserRouter([
  { path: '/sign-in', element: <SignInPage /> },
  {
    path: '/',
    element: <Shell />,
    children: [
      { index: true, element: <HomePage /> },
      { path: 'loans', element: <LoansPage /> },
      { path: 'loans/new', element: <NewApplicationPage /> },
      { path: 'loans/:loanId', element: <LoanPage /> },
      { path: 'reminders', element: <RemindersPage /> },
      // The analysts' pages load on first visit: the clerks' first load stays small.
      {
        path: 'reports',
        lazy: () => import('./pages/ReportsPage').then((m) => ({ Component: m.ReportsPage })),
      },
    ],
  },
]);

const DAYJS_LOCALES: Record<Language, string> = { nl: 'nl-be', fr: 'fr', en: 'en' };

export function App() {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const [sessions] = useState(() => new SessionStore(window.sessionStorage));
  const languageRef = useRef(language);
  languageRef.current = language;
  const [api] = useState(() => createApi(sessions, () => languageRef.current));
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: {
          queries: {
            // A refused read (404, 403) is an answer, not a hiccup: ask again only when it failed.
            retry: (count, error) =>
              count < 2 &&
              (!(error instanceof ApiProblem) || error.status === 0 || error.status >= 500),
            staleTime: 5_000,
          },
        },
      }),
  );
  const services: AppServices = useMemo(
    () => ({
      sessions,
      api,
      language,
      setLanguage: (next: Language) => {
        localStorage.setItem(LANGUAGE_KEY, next);
        document.documentElement.lang = next;
        setLanguageState(next);
      },
    }),
    [sessions, api, language],
  );
  document.documentElement.lang = language;
  return (
    <IntlProvider locale={LOCALES[language]} messages={MESSAGES[language]} defaultLocale="nl-BE">
      <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
        {/* The date pickers' month and day names and Monday first, as in Belgium. */}
        <DatesProvider settings={{ locale: DAYJS_LOCALES[language], firstDayOfWeek: 1 }}>
          <Notifications position="top-right" />
          <QueryClientProvider client={queryClient}>
            <ServicesProvider value={services}>
              <RouterProvider router={router} />
            </ServicesProvider>
          </QueryClientProvider>
        </DatesProvider>
      </MantineProvider>
    </IntlProvider>
  );
}
