import { languageOf, type Lang } from '../../src/ui/i18n';
import { themeForBackground, type ThemeName } from '../../src/ui/SvarstidRoot';
import { officeCall } from './officeAsync';

/**
 * What the panes need from Outlook, read once per item: which message (as a REST id for
 * Graph), which mailbox it lives in (a shared mailbox opened by a delegate is the owner's, from
 * `getSharedPropertiesAsync`), who is signed in, the display language and the theme.
 */

export interface MailboxUser {
  name: string;
  address: string;
}

export interface ItemMailbox {
  /** The mailbox the item lives in: the shared mailbox's owner, or the user's own. */
  address: string;
  shared: boolean;
}

/** The host's language and theme. */
export function hostLook(office: typeof Office): { lang: Lang; theme: ThemeName } {
  const theme = office.context.officeTheme as (Office.OfficeTheme & { isDarkTheme?: boolean }) | undefined;
  const dark = theme?.isDarkTheme ?? themeForBackground(theme?.bodyBackgroundColor) === 'dark';
  return { lang: languageOf(office.context.displayLanguage), theme: dark ? 'dark' : 'light' };
}

export function signedInUser(office: typeof Office): MailboxUser {
  const profile = office.context.mailbox.userProfile;
  return { name: profile.displayName || profile.emailAddress, address: profile.emailAddress };
}

/**
 * The mailbox of the current item. `getSharedPropertiesAsync` (Mailbox 1.8 folders, 1.13
 * mailboxes) fails for items in one's own mailbox, and is unreliable in some compose cases
 * (PLATFORM.md): then the item is taken to be the user's own.
 */
export async function itemMailbox(office: typeof Office): Promise<ItemMailbox> {
  const item = office.context.mailbox.item as (Office.MessageRead | Office.MessageCompose) | null;
  const own: ItemMailbox = { address: signedInUser(office).address, shared: false };
  if (!item || typeof item.getSharedPropertiesAsync !== 'function') return own;
  try {
    const shared = await officeCall<Office.SharedProperties>('getSharedPropertiesAsync', (cb) => item.getSharedPropertiesAsync(cb));
    return shared.owner ? { address: shared.owner, shared: true } : own;
  } catch {
    return own;
  }
}

/** The open message's id for Microsoft Graph (Outlook gives an EWS id; Graph takes the REST id). */
export function restIdOf(office: typeof Office, item: Office.MessageRead): string {
  return office.context.mailbox.convertToRestId(item.itemId, office.MailboxEnums.RestVersion.v2_0);
}
