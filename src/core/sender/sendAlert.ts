import type { SenderCheckResult } from './checkOutgoingMail';

/** Outlook's limit on a Smart Alerts message (`event.completed({ errorMessage })`). */
export const SEND_ALERT_MAX_LENGTH = 500;

/**
 * @summary The Swedish (or English) text the on-send check shows when it stops a message:
 * what happened to the mail, what is wrong and what to do, in the short form each finding has
 * for the box. At most 500 characters; the same findings in both languages.
 * @returns null when nothing needs saying (no block or warn findings)
 * @example sendAlertText(result, 'sv') //=> 'Svarstid: Meddelandet har inte skickats. Ditt svar nämner inte Ljungby kommun: välj Infoga signatur här nedan, så läggs kommunens standardsignatur in direkt.'
 */
export function sendAlertText(result: SenderCheckResult, lang: 'sv' | 'en' = 'sv', withButton = true): string | null {
  // A report of concern not handed on comes first, whatever else is wrong (a child outranks a missing
  // signature, and the box holds only 500 characters); then what stops the mail, then what is only
  // advice (marked as such), so the two never read as one list.
  const concern = result.findings.filter((f) => f.code === 'concern-not-handed-on');
  const rest = result.findings.filter((f) => f.code !== 'concern-not-handed-on');
  const findings = [...concern, ...rest.filter((f) => f.severity === 'block'), ...rest.filter((f) => f.severity === 'warn')];
  if (findings.length === 0) return null;
  // Say first what happened to the mail: held back, or sendable as it is (Outlook's buttons follow).
  const blocking = findings.some((f) => f.severity === 'block');
  const head = (l: 'sv' | 'en') =>
    blocking
      ? l === 'sv'
        ? 'Svarstid: Meddelandet har inte skickats.'
        : 'Svarstid: The message has not been sent.'
      : l === 'sv'
        ? 'Svarstid: Läs detta innan du skickar; du kan skicka ändå.'
        : 'Svarstid: Read this before you send; you can send anyway.';
  // The alert's own button (Mailbox 1.14) is named only where Outlook shows it; its label is Swedish.
  const button = result.signature !== null && withButton;
  const sentence = (f: (typeof findings)[number], l: 'sv' | 'en') => (button && f.brief?.withButton ? f.brief.withButton[l] : (f.brief?.[l] ?? f[l]));
  // The same findings in both languages: as many, in order, as fit in both.
  const advice = (l: 'sv' | 'en') => (l === 'sv' ? 'Ett råd, som inte stoppar meddelandet:' : 'Advice only:');
  const text = (l: 'sv' | 'en', shown: typeof findings) =>
    [
      head(l),
      ...shown.map((f, i) => (blocking && f.severity === 'warn' && shown[i - 1]?.severity === 'block' ? `${advice(l)} ${sentence(f, l)}` : sentence(f, l))),
    ].join(' ');
  let shown = findings.slice(0, 1);
  for (const f of findings.slice(1)) {
    const more = [...shown, f];
    if (text('sv', more).length > SEND_ALERT_MAX_LENGTH || text('en', more).length > SEND_ALERT_MAX_LENGTH) break;
    shown = more;
  }
  const out = text(lang, shown);
  return out.length <= SEND_ALERT_MAX_LENGTH ? out : `${out.slice(0, SEND_ALERT_MAX_LENGTH - 1)}…`;
}
