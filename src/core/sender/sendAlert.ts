import type { SenderCheckResult } from './checkOutgoingMail';

/** Outlook's limit on a Smart Alerts message (`event.completed({ errorMessage })`). */
export const SEND_ALERT_MAX_LENGTH = 500;

/**
 * @summary The Swedish (or English) text the on-send check shows when it stops a message:
 * what is wrong, then what to do. At most 500 characters, cut at a sentence where it must be.
 * @returns null when nothing needs saying (no block or warn findings)
 * @example sendAlertText(result, 'sv') //=> 'Svarstid: Det du skriver nämner inte Ljungby kommun som avsändare … Välj Infoga signatur.'
 */
export function sendAlertText(result: SenderCheckResult, lang: 'sv' | 'en' = 'sv'): string | null {
  const findings = result.findings.filter((f) => f.severity !== 'hint');
  if (findings.length === 0) return null;
  const head = 'Svarstid:';
  const tail =
    result.signature !== null
      ? lang === 'sv'
        ? ' Välj Infoga signatur.'
        : ' Choose Insert signature.'
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
