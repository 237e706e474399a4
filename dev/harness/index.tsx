import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { parseConfig, type SvarstidConfig } from '../../src/core/config';
import { SvarstidRoot } from '../../src/ui/SvarstidRoot';
import { Harness, type HarnessSettings } from './Harness';

// The development harness page (`/dev/outlook.html`). Settings live in the URL
// (?mode=shared&theme=dark&lang=en&message=ID) so a view can be shared and tests can open one.

function settingsFromUrl(): HarnessSettings {
  const q = new URLSearchParams(location.search);
  return {
    mode: q.get('mode') === 'shared' ? 'shared' : 'own',
    dark: q.get('theme') === 'dark',
    lang: q.get('lang') === 'en' ? 'en-US' : 'sv-SE',
    message: q.get('message'),
  };
}

function writeUrl(s: HarnessSettings): void {
  const q = new URLSearchParams();
  if (s.mode === 'shared') q.set('mode', 'shared');
  if (s.dark) q.set('theme', 'dark');
  if (s.lang === 'en-US') q.set('lang', 'en');
  if (s.message) q.set('message', s.message);
  const search = q.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

function App(): ReactNode {
  const [settings, setSettings] = useState(settingsFromUrl);
  const [config, setConfig] = useState<SvarstidConfig | { error: string } | null>(null);
  useEffect(() => {
    fetch('/demo/config.json')
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((doc: unknown) => setConfig(parseConfig(doc)))
      .catch((e: unknown) => setConfig({ error: String(e) }));
  }, []);
  const update = (next: HarnessSettings): void => {
    writeUrl(next);
    setSettings(next);
  };
  return (
    <SvarstidRoot theme={settings.dark ? 'dark' : 'light'} lang={settings.lang === 'en-US' ? 'en' : 'sv'}>
      {config === null ? (
        <Spinner label="Startar …" style={{ marginTop: '2rem' }} />
      ) : 'error' in config ? (
        <MessageBar intent="error">
          <MessageBarBody>Demokonfigurationen kunde inte läsas: {config.error}</MessageBarBody>
        </MessageBar>
      ) : (
        <Harness key={`${settings.mode}`} settings={settings} config={config} onSettings={update} />
      )}
    </SvarstidRoot>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<App />);
