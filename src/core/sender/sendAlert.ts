import type { SenderCheckResult } from './checkOutgoingMail';

/** Outlook's limit on a Smart Alerts message (`event.completed({ errorMessage })`). */
export const SEND_ALERT_MAX_LENGTH = 500;

/**
 * @summary The Swedish (or English) text the on-send check shows when it stops a message:
 * what is wrong, then what to do. At most 500 characters, cut at a sentence where it must be.
 * @returns null when nothing needs saying (no block or warn findings)
 * @example sendAlertText(result, 'sv') //=> 'Svarstid: Meddelandet har inte skickats. Ditt svar nämner inte Ljungby kommun som avsändare … Snabbast: välj Infoga signatur här nedan, så läggs den in direkt.'
 */
export function sendAlertText(result: SenderCheckResult, lang: 'sv' | 'en' = 'sv', withButton = true): string | null {
  const findings = result.findings.filter((f) => f.severity !== 'hint');
  if (findings.length === 0) return null;
  // Say first what happened to the mail: held back, or sendable as it is (Outlook's buttons follow).
  const blocking = findings.some((f) => f.severity === 'block');
  const head = blocking
    ? lang === 'sv'
      ? 'Svarstid: Meddelandet har inte skickats.'
      : 'Svarstid: The message has not been sent.'
    : lang === 'sv'
      ? 'Svarstid: Läs detta innan du skickar; du kan skicka ändå.'
      : 'Svarstid: Read this before you send; you can send anyway.';
  // The alert's own button (Mailbox 1.14) is named only where Outlook shows it; its label is Swedish.
  const tail =
    result.signature !== null && withButton
      ? lang === 'sv'
        ? ' Snabbast: välj Infoga signatur här nedan, så läggs den in direkt.'
        : ' Quickest: choose Infoga signatur (Insert signature) below, and it is added at once.'
      : '';
  let text = head;
  for (const f of findings) {
    const sentence = ` ${f[lang]}`;
    if (text.length + sentence.length + tail.length > SEND_ALERT_MAX_LENGTH) break;
    text += sentence;
  }
  if (text === head) text += ` ${findings[0]![lang]}`;
  text += tail;
  return text.length <= SEND_ALERT_MAX_LENGTH ? text : `${text.slice(0, SEND_ALERT_MAX_LENGTH - 1)}…`;
}
