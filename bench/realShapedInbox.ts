/**
 * A real-shaped inbox for the triage benchmark: Graph `message` resources as they really come to
 * a shared mailbox — HTML bodies from Outlook desktop and Gmail with the client's style block,
 * the newest text, a signature, and quoted history of earlier mail in the thread — 2–8 KB each.
 *
 * Built from the repository's labelled sets written by independent writers (the Hallsta and
 * Bergvik inboxes and the three concern sets): each message keeps its own subject, sender, channel
 * wrapper and newest text; messages shorter than their target size get the earlier mail of a
 * thread quoted below them, the way the two clients quote it, taken from other messages of the
 * sets. Deterministic: the same inbox every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { presetConfig } from '../src/core/config/presets';
import { parseMailMessage, type MailMessage } from '../src/core/message';
import { channelEvidence } from '../src/core/triage/channel';

const FIXTURES = join(__dirname, '..', 'tests', 'fixtures');
const SOURCES = [
  join(FIXTURES, 'triage', 'hallsta.jsonl'),
  join(FIXTURES, 'triage', 'bergvik.jsonl'),
  join(FIXTURES, 'concern', 'lindas.jsonl'),
  join(FIXTURES, 'concern', 'sorbo.jsonl'),
  join(FIXTURES, 'concern', 'vastera.jsonl'),
];

interface Raw {
  id: string;
  subject: string | null;
  body: { contentType: string; content: string };
  bodyPreview?: string;
  from?: { emailAddress?: { name?: string; address?: string } };
  receivedDateTime: string;
  [key: string]: unknown;
}

const OUTLOOK_HEAD =
  '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" ' +
  'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head>' +
  '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">' +
  '<!--[if !mso]><style>v\\:* {behavior:url(#default#VML);} o\\:* {behavior:url(#default#VML);} w\\:* {behavior:url(#default#VML);} .shape {behavior:url(#default#VML);}</style><![endif]-->' +
  '<style><!--\n/* Font Definitions */\n@font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}\n' +
  '@font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}\n@font-face {font-family:Aptos;}\n' +
  '/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:11.0pt; font-family:"Calibri",sans-serif; mso-ligatures:standardcontextual; mso-fareast-language:EN-US;}\n' +
  'a:link, span.MsoHyperlink {mso-style-priority:99; color:#0563C1; text-decoration:underline;}\n' +
  'span.EmailStyle18 {mso-style-type:personal-reply; font-family:"Calibri",sans-serif; color:windowtext;}\n' +
  '.MsoChpDefault {mso-style-type:export-only; font-size:10.0pt; mso-ligatures:none;}\n' +
  '@page WordSection1 {size:612.0pt 792.0pt; margin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1 {page:WordSection1;}\n--></style>' +
  '<!--[if gte mso 9]><xml>\n<o:shapedefaults v:ext="edit" spidmax="1026" />\n</xml><![endif]--><!--[if gte mso 9]><xml>\n<o:shapelayout v:ext="edit">\n<o:idmap v:ext="edit" data="1" />\n</o:shapelayout></xml><![endif]-->' +
  '</head><body lang="SV" link="#0563C1" vlink="#954F72" style="word-wrap:break-word"><div class="WordSection1">';
const OUTLOOK_TAIL = '</div></body></html>';

const DISCLAIMER =
  '<p class="MsoNormal"><span style="font-size:8.0pt;color:gray">Detta e-postmeddelande kan innehålla sekretessbelagd information och är endast avsett för adressaten. ' +
  'Om du fått det av misstag, meddela avsändaren och radera meddelandet. Behandling av personuppgifter: se www.exempel.example/gdpr<o:p></o:p></span></p>';

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The inner HTML of a body (without `<html>`, `<head>` and `<body>`), or plain text as paragraphs. */
function inner(body: Raw['body'], outlook: boolean): string {
  if (body.contentType.toLowerCase() !== 'html') {
    return body.content
      .split(/\r?\n/)
      .map((line) => (outlook ? `<p class="MsoNormal">${escapeHtml(line) || '<o:p>&nbsp;</o:p>'}<o:p></o:p></p>` : `<div>${escapeHtml(line) || '<br>'}</div>`))
      .join('\n');
  }
  const html = body.content;
  const start = html.search(/<body[^>]*>/i);
  const from = start >= 0 ? html.indexOf('>', start) + 1 : 0;
  const end = html.search(/<\/body>/i);
  return html.slice(from, end > from ? end : html.length);
}

function sender(raw: Raw): { name: string; address: string } {
  return { name: raw.from?.emailAddress?.name ?? 'Medborgare', address: raw.from?.emailAddress?.address ?? 'medborgare@example.com' };
}

/** Earlier mail quoted the way Outlook desktop writes it below a reply. */
function outlookQuote(earlier: Raw): string {
  const s = sender(earlier);
  return (
    '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal"><b><span lang="SV">Från:</span></b><span lang="SV"> ' +
    `${escapeHtml(s.name)} &lt;${escapeHtml(s.address)}&gt; <br><b>Skickat:</b> den ${earlier.receivedDateTime.slice(0, 10)} ${earlier.receivedDateTime.slice(11, 16)}<br>` +
    `<b>Till:</b> Kontaktcenter &lt;kommun@exempel.se&gt;<br><b>Ämne:</b> ${escapeHtml(earlier.subject ?? '')}<o:p></o:p></span></p></div></div>` +
    `<p class="MsoNormal"><o:p>&nbsp;</o:p></p>${inner(earlier.body, true)}`
  );
}

/** Earlier mail quoted the way Gmail writes it below a reply. */
function gmailQuote(earlier: Raw): string {
  const s = sender(earlier);
  return (
    `<div class="gmail_quote"><div dir="ltr" class="gmail_attr">Den ${earlier.receivedDateTime.slice(0, 10)} kl. ${earlier.receivedDateTime.slice(11, 16)} skrev ` +
    `${escapeHtml(s.name)} &lt;<a href="mailto:${escapeHtml(s.address)}">${escapeHtml(s.address)}</a>&gt;:<br></div>` +
    `<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">${inner(earlier.body, false)}</blockquote></div>`
  );
}

/** Largest body built (8 KB). */
const MAX_BODY = 8192;

/** The part of `html` up to the last paragraph end that fits in `room` characters. */
function cutAtParagraph(html: string, room: number): string {
  const cut = Math.max(html.lastIndexOf('</p>', room - 4), html.lastIndexOf('</div>', room - 6));
  return cut > 0 ? html.slice(0, html.indexOf('>', cut) + 1) : '';
}

/**
 * `count` real-shaped e-mail messages (the sets' e-mail cycled, each with its own target size
 * between 2 and 8 KB). The voicemail, SMS, scanner and e-service wrappers of the sets are left
 * out: those systems write short bodies of their own.
 */
export function realShapedInbox(count: number): MailMessage[] {
  const markers = presetConfig('ljungby').triage.channelMarkers;
  const rows: Raw[] = SOURCES.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { message: Raw }).message),
  ).filter((raw) => {
    const parsed = parseMailMessage(raw);
    return parsed.ok && channelEvidence(parsed.message, markers).channel === 'epost';
  });
  const out: MailMessage[] = [];
  for (let i = 0; i < count; i++) {
    const raw = JSON.parse(JSON.stringify(rows[i % rows.length]!)) as Raw;
    const outlook = i % 3 !== 2; // two in three from Outlook, one from Gmail
    const target = 2048 + ((i * 1237) % 6144);
    let html = outlook ? `${OUTLOOK_HEAD}${inner(raw.body, true)}${DISCLAIMER}` : `<div dir="ltr">${inner(raw.body, false)}</div>`;
    // the thread below: earlier mail of other writers, quoted as the client quotes it
    const tail = outlook ? OUTLOOK_TAIL : '';
    for (let k = 1; html.length + tail.length < target && k < 16; k++) {
      const earlier = rows[(i * 7 + k * 13) % rows.length]!;
      const quote = outlook ? outlookQuote(earlier) : gmailQuote(earlier);
      const room = MAX_BODY - html.length - tail.length;
      html += quote.length <= room ? quote : cutAtParagraph(quote, room);
    }
    raw.body = { contentType: 'html', content: html + tail };
    raw.id = `real-${i}`;
    raw.receivedDateTime = new Date(Date.UTC(2026, 0, 1) + i * 977_000).toISOString();
    const parsed = parseMailMessage(raw);
    if (!parsed.ok) throw new Error(parsed.error);
    out.push(parsed.message);
  }
  return out;
}
