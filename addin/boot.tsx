import { MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import type { SvarstidConfig } from '../src/core/config';
import type { GraphMailbox } from '../src/graph';
import { useText } from '../src/ui/i18n';
import { SvarstidRoot } from '../src/ui/SvarstidRoot';
import { describeError } from '../src/ui/taskpane/TaskPane';
import { accessFor, openMailbox } from './access';
import { hostLook, itemMailbox, signedInUser, type ItemMailbox, type MailboxUser } from './host/mailboxHost';
import { cacheSenderSettings } from './host/senderSettingsCache';

/** Everything a pane needs for the current item. */
export interface PaneSession {
  office: typeof Office;
  user: MailboxUser;
  mailbox: ItemMailbox;
  graph: GraphMailbox;
  config: SvarstidConfig;
}

/** Opens a session for the item Outlook shows now: its mailbox, Graph, the configuration. */
async function openSession(office: typeof Office): Promise<PaneSession> {
  const user = signedInUser(office);
  const mailbox = await itemMailbox(office);
  const access = await accessFor(office, user);
  const graph = openMailbox(access, mailbox.address);
  const config = await access.loadConfig(graph);
  // The on-send script cannot fetch its configuration; it reads this copy (no mail content in it).
  void cacheSenderSettings(office.context.roamingSettings ?? null, config);
  return { office, user, mailbox, graph, config };
}

function Session({ office, children }: { office: typeof Office; children: (session: PaneSession) => ReactNode }): ReactNode {
  const t = useText();
  const [state, setState] = useState<{ session: PaneSession; key: number } | { error: unknown } | null>(null);
  useEffect(() => {
    let current = 0;
    const start = (): void => {
      const mine = ++current;
      setState(null);
      openSession(office).then(
        (session) => mine === current && setState({ session, key: mine }),
        (error: unknown) => mine === current && setState({ error }),
      );
    };
    start();
    // A pinned pane stays open while the person selects another message.
    office.context.mailbox.addHandlerAsync?.(office.EventType.ItemChanged, start);
    return () => {
      current = -1;
      office.context.mailbox.removeHandlerAsync?.(office.EventType.ItemChanged);
    };
  }, [office]);
  if (state === null) return <Spinner style={{ marginTop: '2rem' }} label={t({ sv: 'Startar Svarstid …', en: 'Starting Svarstid …' })} />;
  if ('error' in state) {
    return (
      <MessageBar intent="error" style={{ margin: '1rem' }}>
        <MessageBarBody>{t(describeError(state.error))}</MessageBarBody>
      </MessageBar>
    );
  }
  return <div key={state.key}>{children(state.session)}</div>;
}

/**
 * Renders a pane once Office is ready, with the theme and language at the root (as Microsoft's
 * TaskPane-React does), and a fresh session for every item the host shows.
 */
export function bootPane(children: (session: PaneSession) => ReactNode, options: { needsItem: Named } ): void {
  void Office.onReady(() => {
    const container = document.getElementById('root');
    if (!container) return;
    const { lang, theme } = hostLook(Office);
    const root = createRoot(container);
    root.render(
      <SvarstidRoot theme={theme} lang={lang}>
        {Office.context.mailbox?.item ? <Session office={Office}>{children}</Session> : <NoItem text={options.needsItem} />}
      </SvarstidRoot>,
    );
  });
}

type Named = { sv: string; en: string };

function NoItem({ text }: { text: Named }): ReactNode {
  const t = useText();
  return (
    <MessageBar intent="info" style={{ margin: '1rem' }}>
      <MessageBarBody>{t(text)}</MessageBarBody>
    </MessageBar>
  );
}
