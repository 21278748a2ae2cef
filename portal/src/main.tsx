// Entry point: reads the deployment's configuration, then mounts the app with its language and session providers.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { setApiOrigin } from './api/client.ts';
import { loadPortalConfig } from './auth/config.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { SessionProvider } from './session.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element');

loadPortalConfig()
  .then((config) => {
    setApiOrigin(config.apiOrigin);
    createRoot(root).render(
      <StrictMode>
        <I18nProvider>
          <SessionProvider auth={config.auth}>
            <App />
          </SessionProvider>
        </I18nProvider>
      </StrictMode>,
    );
  })
  .catch((error: Error) => {
    // Before the app exists there is no translated message to show; both languages, plainly.
    root.textContent = `The portal could not start / 门户无法启动: ${error.message}`;
  });
