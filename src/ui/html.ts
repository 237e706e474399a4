/**
 * Plain text as a mail body in HTML: special characters escaped, blank lines make paragraphs,
 * single line breaks stay line breaks. For text Svarstid writes (acknowledgements, signatures);
 * mail people wrote is never turned into HTML this way.
 */
export function plainTextToHtml(text: string): string {
  const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((p) => `<p>${escape(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
}
