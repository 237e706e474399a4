import { DELEGATED_GRAPH_SCOPES, msalConfiguration } from '../../src/auth/msalBrowserTokens';
import type { DialogAnswer } from './officeTokens';

/**
 * The Office dialog fallback's sign-in page (`/addin/auth-dialog.html`): MSAL's redirect flow in
 * the dialog window, then the token goes back to the pane with `messageParent`. Used only where
 * Outlook lacks NestedAppAuth 1.1.
 */
function answer(value: DialogAnswer): void {
  Office.context.ui.messageParent(JSON.stringify(value));
}

function status(text: string): void {
  const el = document.getElementById('status');
  if (el) el.textContent = text;
}

Office.onReady(async () => {
  try {
    const msal = await import('@azure/msal-browser');
    const redirectUri = `${location.origin}${location.pathname}`;
    const pca = await msal.createStandardPublicClientApplication(msalConfiguration({ clientId: __SVARSTID_CLIENT_ID__ }, redirectUri));
    const scopes = [...DELEGATED_GRAPH_SCOPES];
    const redirected = await pca.handleRedirectPromise();
    const result =
      redirected ??
      (await (async () => {
        const account = pca.getAllAccounts()[0];
        if (!account) return null;
        try {
          return await pca.acquireTokenSilent({ scopes, account });
        } catch {
          return null;
        }
      })());
    if (result) {
      answer({ type: 'token', accessToken: result.accessToken, expiresOn: result.expiresOn?.getTime() ?? Date.now() + 30 * 60_000 });
      status('Inloggad. / Signed in.');
      return;
    }
    await pca.acquireTokenRedirect({ scopes });
  } catch (error) {
    status('Inloggningen misslyckades. / Sign-in failed.');
    answer({ type: 'error', message: error instanceof Error ? error.name : 'sign-in failed' });
  }
});
