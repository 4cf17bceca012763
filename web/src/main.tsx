import i18next from 'i18next';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { configureClient } from './api/client';
import { ERROR_CODES } from './api/problem';
import { loginPathFor } from './app/access';
import { createQueryClient, Providers } from './app/providers';
import { createRouter } from './app/router';
import { noteServerContact } from './app/server-contact';
import { ErrorBoundary } from './features/errors/error-boundary';
import { currentLocale, initI18n } from './i18n';

async function start(): Promise<void> {
  await initI18n();
  const queryClient = createQueryClient();
  const router = createRouter();

  configureClient({
    language: currentLocale,
    fallbackMessage: (code) => i18next.t(code === ERROR_CODES.network ? 'error.network' : 'error.unexpected'),
    onUnauthenticated: (sessionEnded) => {
      const { pathname, search } = window.location;
      if (pathname === '/login') return;
      void router.navigate(loginPathFor(pathname, search, sessionEnded));
    },
    onPasswordChangeRequired: () => {
      if (window.location.pathname !== '/password') void router.navigate('/password');
    },
    onServerContact: () => noteServerContact(),
  });

  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <Providers queryClient={queryClient}>
        <ErrorBoundary>
          <RouterProvider router={router} />
        </ErrorBoundary>
      </Providers>
    </StrictMode>,
  );
}

void start();
