import { nestedAppTokenSource, type MsalAppSettings } from '../../src/auth/msalBrowserTokens';
import type { AccessTokenSource } from '../../src/auth/tokens';

/**
 * Graph tokens inside Outlook: nested app authentication where the host supports
 * `NestedAppAuth 1.1`, else the Office dialog API running MSAL on our own sign-in page
 * (`/addin/auth-dialog.html`, which hands the token back with `messageParent`). Tokens stay in
 * memory here; MSAL's own cache is sessionStorage.
 */

/** What the dialog page sends back. */
export type DialogAnswer = { type: 'token'; accessToken: string; expiresOn: number } | { type: 'error'; message: string };

/** The sign-in failed or was cancelled, in words for people. */
export class SignInError extends Error {
  readonly sv: string;
  readonly en: string;
  constructor(detail: string) {
    super(`sign-in failed: ${detail}`);
    this.name = 'SignInError';
    this.sv = `Inloggningen misslyckades: ${detail}`;
    this.en = `Sign-in failed: ${detail}`;
  }
}

/** Reads the dialog's message; anything else is an error. */
export function parseDialogAnswer(message: string): DialogAnswer {
  try {
    const value = JSON.parse(message) as Partial<DialogAnswer>;
    if (value.type === 'token' && typeof value.accessToken === 'string' && typeof value.expiresOn === 'number') {
      return { type: 'token', accessToken: value.accessToken, expiresOn: value.expiresOn };
    }
    if (value.type === 'error' && typeof value.message === 'string') return { type: 'error', message: value.message.slice(0, 300) };
  } catch {
    // not JSON
  }
  return { type: 'error', message: 'unexpected answer from the sign-in dialog' };
}

/** Tokens through the Office dialog API (Outlook without NestedAppAuth 1.1). */
export function officeDialogTokenSource(office: typeof Office, dialogUrl: string, now: () => number = Date.now): AccessTokenSource {
  let cached: { token: string; expiresOn: number } | null = null;
  let pending: Promise<string> | null = null;
  const ask = (): Promise<string> =>
    new Promise<string>((resolve, reject) => {
      office.context.ui.displayDialogAsync(dialogUrl, { height: 60, width: 30, promptBeforeOpen: false }, (opened) => {
        if ((opened.status as unknown) !== 'succeeded') {
          reject(new SignInError(opened.error?.message ?? 'the dialog did not open'));
          return;
        }
        const dialog = opened.value;
        dialog.addEventHandler(office.EventType.DialogMessageReceived, (arg) => {
          dialog.close();
          const answer = parseDialogAnswer('message' in arg ? arg.message : '');
          if (answer.type === 'token') {
            cached = { token: answer.accessToken, expiresOn: answer.expiresOn };
            resolve(answer.accessToken);
          } else reject(new SignInError(answer.message));
        });
        dialog.addEventHandler(office.EventType.DialogEventReceived, () => reject(new SignInError('the dialog was closed')));
      });
    });
  return {
    getToken() {
      // Five minutes of margin: a token that expires mid-request is refused.
      if (cached && cached.expiresOn - now() > 5 * 60_000) return Promise.resolve(cached.token);
      pending ??= ask().finally(() => {
        pending = null;
      });
      return pending;
    },
    invalidate() {
      cached = null;
    },
  };
}

/** NAA where the host supports it, the dialog fallback where it does not. */
export function officeTokenSource(office: typeof Office, settings: MsalAppSettings & { origin: string }): AccessTokenSource {
  if (office.context.requirements.isSetSupported('NestedAppAuth', '1.1')) return nestedAppTokenSource(settings);
  return officeDialogTokenSource(office, `${settings.origin}/addin/auth-dialog.html`);
}
