/**
 * CSV that Excel opens in a Swedish locale (issue 8): UTF-8 with a byte-order mark, `;` between
 * fields, CRLF between rows, fields quoted when they hold `;`, `"` or line breaks. Mail is
 * hostile: a field that would start a formula (`=`, `+`, `-`, `@`, tab, CR) is prefixed with `'`
 * so a spreadsheet shows it as text instead of running it.
 */

export const CSV_BOM = '\uFEFF';

/** One field as CSV text. Numbers use a decimal comma, as Swedish Excel reads them. */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isFinite(value) ? String(value).replace('.', ',') : '') : value;
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * @summary A whole CSV document: header row, then the rows.
 * @example toCsv(['Status', 'Ämne'], [['försenad', 'Hej; igen']]) //=> '\uFEFFStatus;Ämne\r\nförsenad;"Hej; igen"\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  const lines = [header.map(csvField).join(';'), ...rows.map((r) => r.map(csvField).join(';'))];
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
