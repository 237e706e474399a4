import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { Named } from '../src/core/vocabulary';
import { useText } from '../src/ui/i18n';
import { SvarstidRoot } from '../src/ui/SvarstidRoot';
import { hostLook } from './host/mailboxHost';

/**
 * The first thing a pane shows, and all its entry chunk holds: the theme and language at the
 * root (as Microsoft's TaskPane-React renders them once Office is ready) and a spinner. The pane
 * itself — Graph, the core, the pane's components — loads as a second chunk while Office starts,
 * and opens again for every item a pinned pane is shown.
 */

/** The pane's own chunk: opens the pane for the item Outlook shows now. */
export interface PaneModule {
  open(office: typeof Office): Promise<ReactNode>;
}

/** A thrown error as words for people (its own words if it carries them, never mail content). */
function errorText(error: unknown): Named {
  if (typeof error === 'object' && error !== null && typeof (error as Named).sv === 'string' && typeof (error as Named).en === 'string') {
    return { sv: (error as Named).sv, en: (error as Named).en };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { sv: `Något gick fel: ${detail}`, en: `Something went wrong: ${detail}` };
}

function Shell({ office, pane }: { office: typeof Office; pane: Promise<PaneModule> }): ReactNode {
  const t = useText();
  const [state, setState] = useState<{ view: ReactNode; key: number } | { error: unknown } | null>(null);
  useEffect(() => {
    let current = 0;
    const open = (): void => {
      const mine = ++current;
      setState(null);
      pane.then((m) => m.open(office)).then(
        (view) => mine === current && setState({ view, key: mine }),
        (error: unknown) => mine === current && setState({ error }),
      );
    };
    open();
    // A pinned pane stays open while the person selects another message.
    office.context.mailbox.addHandlerAsync?.(office.EventType.ItemChanged, open);
    return () => {
      current = -1;
      office.context.mailbox.removeHandlerAsync?.(office.EventType.ItemChanged);
    };
  }, [office, pane]);
  if (state === null) return <Spinner style={{ marginTop: '2rem' }} label={t({ sv: 'Startar Svarstid …', en: 'Starting Svarstid …' })} />;
  if ('error' in state) {
    return (
      <MessageBar intent="error" style={{ margin: '1rem' }}>
        <MessageBarBody>{t(errorText(state.error))}</MessageBarBody>
      </MessageBar>
    );
  }
  return <div key={state.key}>{state.view}</div>;
}

function NoItem({ text }: { text: Named }): ReactNode {
  const t = useText();
  return (
    <MessageBar intent="info" style={{ margin: '1rem' }}>
      <MessageBarBody>{t(text)}</MessageBarBody>
    </MessageBar>
  );
}

/** Renders a pane once Office is ready; `loadPane` starts at once, in parallel with Office's start. */
export function bootPane(loadPane: () => Promise<PaneModule>, options: { needsItem: Named }): void {
  const pane = loadPane();
  pane.catch(() => undefined); // reported by the shell
  void Office.onReady(() => {
    const container = document.getElementById('root');
    if (!container) return;
    const { lang, theme } = hostLook(Office);
    createRoot(container).render(
      <SvarstidRoot theme={theme} lang={lang}>
        {Office.context.mailbox?.item ? <Shell office={Office} pane={pane} /> : <NoItem text={options.needsItem} />}
      </SvarstidRoot>,
    );
  });
}
