import type { AccountInfo, IPublicClientApplication } from '@azure/msal-browser';
import type { AccessTokenSource } from './tokens';

/**
 * Delegated Microsoft Graph tokens in the browser with @azure/msal-browser: nested app
 * authentication (NAA) inside Outlook and Teams, where the host brokers the sign-in. Scopes are
 * only as wide as the pages need (SECURITY.md rule 3). MSAL caches in sessionStorage, never
 * localStorage (rule 4). msal-browser is loaded on first use, so pages that never need a token
 * (the demo) never download it.
 */

/** The delegated scopes of the add-in and the tab: shared-mailbox mail, sending, the user's profile. */
export const DELEGATED_GRAPH_SCOPES = [
  'https://graph.microsoft.com/Mail.ReadWrite.Shared',
  'https://graph.microsoft.com/Mail.Send.Shared',
  'https://graph.microsoft.com/User.Read',
] as const;

export interface MsalAppSettings {
  /** The app registration's application (client) id. */
  clientId: string;
  /** `https://login.microsoftonline.com/<tenant>`; `organizations` by default (work accounts only). */
  authority?: string;
}

/** The MSAL configuration every page uses: sessionStorage cache, our client id. */
export function msalConfiguration(settings: MsalAppSettings, redirectUri?: string): import('@azure/msal-browser').Configuration {
  return {
    auth: {
      clientId: settings.clientId,
      authority: settings.authority ?? 'https://login.microsoftonline.com/organizations',
      ...(redirectUri ? { redirectUri } : {}),
    },
    cache: { cacheLocation: 'sessionStorage' },
  };
}

/**
 * Tokens from an MSAL application: silently when MSAL (or the NAA host) can, with a popup when
 * the user must consent or sign in. `invalidate` makes the next call skip MSAL's cache.
 */
export function msalTokenSourceFor(app: () => Promise<IPublicClientApplication>, scopes: readonly string[] = DELEGATED_GRAPH_SCOPES): AccessTokenSource {
  let forceRefresh = false;
  return {
    async getToken() {
      const pca = await app();
      const account: AccountInfo | undefined = pca.getActiveAccount() ?? pca.getAllAccounts()[0];
      const request = { scopes: [...scopes], forceRefresh, ...(account ? { account } : {}) };
      forceRefresh = false;
      try {
        return (await pca.acquireTokenSilent(request)).accessToken;
      } catch {
        // Consent or sign-in needed (InteractionRequiredAuthError), or no account yet.
        const result = await pca.acquireTokenPopup({ scopes: [...scopes] });
        if (result.account) pca.setActiveAccount(result.account);
        return result.accessToken;
      }
    },
    invalidate() {
      forceRefresh = true;
    },
  };
}

/** Nested app authentication: the Office or Teams host brokers the token (NestedAppAuth 1.1). */
export function nestedAppTokenSource(settings: MsalAppSettings): AccessTokenSource {
  let app: Promise<IPublicClientApplication> | null = null;
  return msalTokenSourceFor(() => {
    app ??= import('@azure/msal-browser').then((msal) => msal.createNestablePublicClientApplication(msalConfiguration(settings)));
    return app;
  });
}
