/**
 * What the development harness (the parent window) offers the Office stand-in running inside
 * each pane's frame: the parts of Outlook the add-in uses. Development only: never in a
 * production bundle.
 */

export interface HostUser {
  displayName: string;
  emailAddress: string;
}

/** The message open in the reading pane. */
export interface HostReadItem {
  /** Outlook's EWS-format id (the stand-in converts it with convertToRestId). */
  itemId: string;
  subject: string;
  conversationId: string | null;
  from: { displayName: string; emailAddress: string } | null;
  dateTimeCreated: Date;
}

/** The message being written. */
export interface HostComposeItem {
  conversationId: string | null;
  subject: string;
  /** The body as plain text (the harness edits it in a text box). */
  text(): string;
  setText(text: string): void;
  /** What the client reports as From (in shared mode, like desktop Outlook on a reply: the user's own address). */
  from: string;
  /** The add-in's custom properties on the item (Exchange keeps them on the sent item). */
  customProperties: Record<string, string>;
  sessionData: Map<string, string>;
}

export type StandInAction = (event: { completed(options: Record<string, unknown>): void }) => void;

export interface OutlookHost {
  user(): HostUser;
  displayLanguage(): string;
  dark(): boolean;
  /** The owner of the shared mailbox the item is in, or null in one's own mailbox. */
  sharedOwner(): string | null;
  readItem(): HostReadItem | null;
  composeItem(): HostComposeItem | null;
  /** The Smart Alerts context the compose pane was opened with, once. */
  takeInitializationContext(): string | null;
  openReply(htmlBody: string): void;
  onItemChanged(listener: () => void): () => void;
  registerAction(name: string, action: StandInAction): void;
  isSetSupported(name: string, version?: string): boolean;
  roaming: Map<string, unknown>;
}

declare global {
  interface Window {
    svarstidOutlookHost?: OutlookHost;
  }
}

/** EWS ids use classic base64; Graph's REST ids the URL-safe alphabet (what convertToRestId undoes). */
export function toEwsId(restId: string): string {
  return restId.replace(/-/g, '/').replace(/_/g, '+');
}

export function toRestId(ewsId: string): string {
  return ewsId.replace(/\//g, '-').replace(/\+/g, '_');
}
