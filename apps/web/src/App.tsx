import { createTheme, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
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
import { SignInPage } from './pages/SignInPage';

const LANGUAGE_KEY = 'loanbook.language';

function initialLanguage(): Language {
  const stored = localStorage.getItem(LANGUAGE_KEY);
  return LANGUAGES.includes(stored as Language) ? (stored as Language) : 'nl';
}

const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
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
    ],
  },
]);

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
      <MantineProvider theme={theme}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <ServicesProvider value={services}>
            <RouterProvider router={router} />
          </ServicesProvider>
        </QueryClientProvider>
      </MantineProvider>
    </IntlProvider>
  );
}
