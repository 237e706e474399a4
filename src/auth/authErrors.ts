/**
 * What a failed sign-in with Microsoft Entra ID means, in words an IT department can act on.
 * Keys are Microsoft's own error codes (`AADSTS…`) or MSAL's (`invalid_client`, `network_error`).
 * Browser-safe: no Node built-ins.
 */

export interface AuthHint {
  sv: string;
  en: string;
}

const HINTS: Record<string, AuthHint> = {
  AADSTS7000215: {
    sv: 'Klienthemligheten är fel. Skapa en ny under Appregistreringar (App registrations) → Certifikat och hemligheter (Certificates & secrets) och sätt SVARSTID_CLIENT_SECRET (eller använd ett certifikat).',
    en: 'The client secret is wrong. Create a new one under App registrations → Certificates & secrets and set SVARSTID_CLIENT_SECRET (or use a certificate).',
  },
  AADSTS7000222: {
    sv: 'Klienthemligheten har gått ut. Skapa en ny och sätt SVARSTID_CLIENT_SECRET, eller byt till certifikat.',
    en: 'The client secret has expired. Create a new one and set SVARSTID_CLIENT_SECRET, or switch to a certificate.',
  },
  AADSTS700016: {
    sv: 'Appen finns inte i den här klientorganisationen. Kontrollera SVARSTID_CLIENT_ID (Application (client) ID) och SVARSTID_TENANT_ID.',
    en: 'The application is not found in this tenant. Check SVARSTID_CLIENT_ID (Application (client) ID) and SVARSTID_TENANT_ID.',
  },
  AADSTS90002: {
    sv: 'Klientorganisationen finns inte. Kontrollera SVARSTID_TENANT_ID (Directory (tenant) ID eller domänen).',
    en: 'The tenant does not exist. Check SVARSTID_TENANT_ID (Directory (tenant) ID or the domain).',
  },
  AADSTS900023: {
    sv: 'SVARSTID_TENANT_ID är inte ett giltigt id eller domännamn.',
    en: 'SVARSTID_TENANT_ID is not a valid id or domain name.',
  },
  AADSTS700027: {
    sv: 'Certifikatet godtogs inte. Kontrollera att det offentliga certifikatet är uppladdat på appen och att SVARSTID_CERT_THUMBPRINT är dess SHA-256-tumavtryck.',
    en: "The certificate was not accepted. Check that the public certificate is uploaded to the app and that SVARSTID_CERT_THUMBPRINT is its SHA-256 thumbprint.",
  },
  AADSTS700024: {
    sv: 'Klientens intyg är ogiltigt (klockan på servern går fel?). Kontrollera tidssynkroniseringen (NTP).',
    en: "The client assertion is not valid (is the server's clock wrong?). Check time synchronisation (NTP).",
  },
  AADSTS7000112: {
    sv: 'Appen är inaktiverad i Microsoft Entra ID. Aktivera den under Företagsprogram (Enterprise applications) → Egenskaper (Properties).',
    en: 'The application is disabled in Microsoft Entra ID. Enable it (Enterprise applications → Properties).',
  },
  AADSTS500011: {
    sv: 'Resursen Microsoft Graph hittades inte i klientorganisationen. Kontrollera att rätt moln används.',
    en: 'The Microsoft Graph resource was not found in the tenant. Check that the right cloud is used.',
  },
  AADSTS53003: {
    sv: 'Villkorsstyrd åtkomst (Conditional Access) stoppade inloggningen. Undanta appens tjänsthuvudnamn (service principal) i principen, eller tillåt serverns adress.',
    en: "Conditional Access blocked the sign-in. Exclude the app's service principal from the policy, or allow the server's address.",
  },
  invalid_client: {
    sv: 'Klientens uppgifter (hemlighet eller certifikat) godtogs inte. Kontrollera SVARSTID_CLIENT_SECRET eller SVARSTID_CERT_PATH och SVARSTID_CERT_THUMBPRINT.',
    en: 'The client credentials (secret or certificate) were not accepted. Check SVARSTID_CLIENT_SECRET or SVARSTID_CERT_PATH and SVARSTID_CERT_THUMBPRINT.',
  },
  unauthorized_client: {
    sv: 'Appen får inte använda klientautentisering. Kontrollera appregistreringen.',
    en: 'The application may not use client credentials. Check the app registration.',
  },
  network_error: {
    sv: 'login.microsoftonline.com går inte att nå. Kontrollera nätverk, DNS, brandvägg och proxy (HTTPS_PROXY).',
    en: 'login.microsoftonline.com cannot be reached. Check network, DNS, firewall and proxy (HTTPS_PROXY).',
  },
  no_network_connectivity: {
    sv: 'Inget nätverk. Kontrollera nätverk och proxy (HTTPS_PROXY).',
    en: 'No network. Check the network and proxy (HTTPS_PROXY).',
  },
  AuthConfig: {
    sv: 'Inloggningsuppgifterna i miljön saknas eller är felaktiga (svarstid run --help visar variablerna och behörigheterna).',
    en: 'The credentials in the environment are missing or wrong (svarstid run --help shows the variables and permissions).',
  },
};

/** Microsoft's `AADSTS…` code in an error text, if any. */
export function aadstsCode(text: string | undefined | null): string | null {
  const m = /\bAADSTS(\d{5,8})\b/.exec(text ?? '');
  return m ? `AADSTS${m[1]}` : null;
}

/** A Swedish and English hint for a sign-in error code; a generic one for codes not listed. */
export function authHint(code: string): AuthHint {
  return (
    HINTS[code] ?? {
      sv: `Inloggningen misslyckades (${code}). Sök på koden i Microsofts dokumentation för Entra ID.`,
      en: `Sign-in failed (${code}). Look the code up in Microsoft's Entra ID documentation.`,
    }
  );
}
