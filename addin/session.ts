import type { SvarstidConfig } from '../src/core/config';
import type { GraphMailbox } from '../src/graph';
import { accessFor, openMailbox } from './access';
import { itemMailbox, signedInUser, type ItemMailbox, type MailboxUser } from './host/mailboxHost';
import { cacheSenderSettings } from './host/senderSettingsCache';

/** Everything a pane needs for the item Outlook shows now. */
export interface PaneSession {
  office: typeof Office;
  user: MailboxUser;
  mailbox: ItemMailbox;
  graph: GraphMailbox;
  config: SvarstidConfig;
}

/** Opens a session for the current item: its mailbox (the owner's, for a shared mailbox), Graph, the configuration. */
export async function openSession(office: typeof Office): Promise<PaneSession> {
  const user = signedInUser(office);
  const mailbox = await itemMailbox(office);
  const access = await accessFor(office, user);
  const graph = openMailbox(access, mailbox.address);
  const config = await access.loadConfig(graph);
  // The on-send script cannot fetch its configuration; it reads this copy (no mail content in it).
  void cacheSenderSettings(office.context.roamingSettings ?? null, config);
  return { office, user, mailbox, graph, config };
}
