import { decodeHTML } from 'entities';
import { MAX_HTML_CHARS, MAX_TEXT_CHARS } from './limits';

/**
 * Elements whose content is never text a person reads.
 * (`title` sits in `head`; both are listed so a missing `head` does not leak the title.)
 */
const SKIPPED_ELEMENTS = new Set(['script', 'style', 'head', 'title', 'xml', 'template', 'noscript', 'svg', 'object']);

/** Elements that start and end a line. */
const BLOCK_ELEMENTS = new Set([
  'p', 'div', 'br', 'tr', 'li', 'ul', 'ol', 'table', 'tbody', 'thead', 'tfoot', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'hr', 'pre', 'section', 'article', 'header', 'footer', 'address', 'center', 'dl', 'dt', 'dd', 'form', 'fieldset',
  'figure', 'figcaption', 'main', 'nav', 'aside', 'caption', 'body', 'html',
]);

/** Tags, comments and entities-free markup, for the cheap "is any text left" check after the budget. */
const MARKUP = /<[^>]*>?/g;


/** Separator written between the cells of one table row. */
export const CELL_SEPARATOR = ' | ';

function asciiLower(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Case-insensitive finders of closing tags of skipped elements (names are [a-z0-9:-] only). */
const closers = new Map<string, RegExp>();
function closerOf(name: string): RegExp {
  let re = closers.get(name);
  if (!re) {
    re = new RegExp(`</${name}`, 'gi');
    closers.set(name, re);
  }
  return re;
}

/** An element's name in lower case (mail clients write them in lower case: then no copy is lowered). */
function lowerName(src: string, start: number, end: number): string {
  const name = src.slice(start, end);
  for (let i = start; i < end; i++) {
    const c = src.charCodeAt(i);
    if (c >= 65 && c <= 90) return name.toLowerCase();
  }
  return name;
}

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 58 || c === 45; // a-z 0-9 : -
}


/** Structure marks written between text runs and resolved in one pass at the end. */
const LINE = '\u0001';
const PARAGRAPH = '\u0002';
const QUOTE = '\u0003';
const CELL = '\u0004';
/** Runs of line/paragraph/quote marks and spaces, starting with a line or paragraph mark. */
const BREAKS = /[\u0001\u0002][\u0001\u0002\u0003 ]*/g;
/** Whitespace that needs collapsing: two or more in a row, or any single one that is not a space. */
const COLLAPSIBLE = /[ \t\n\r\f\u00a0]{2,}|[\t\n\r\f\u00a0]/g;

/**
 * Collects raw text runs and structure marks; whitespace collapsing and line structure are
 * resolved once at the end with native, linear replaces (not per text node).
 */
class TextBuilder {
  private parts: string[] = [];
  /** Characters of text collected (markup and runs of whitespace count once, so markup never fills the budget). */
  private length = 0;
  /** The last part pushed was a structure mark or whitespace (runs of them collapse into one part). */
  private lastWasBreak = true;
  quoteDepth = 0;
  cellsInRow = 0;
  /** Text was left unread because the budget was full. */
  truncated = false;

  get full(): boolean {
    return this.length >= MAX_TEXT_CHARS;
  }

  /** Some text (not only whitespace) has been collected. */
  get hasText(): boolean {
    return this.textSeen;
  }

  private textSeen = false;

  private pushText(s: string): void {
    this.textSeen = true;
    this.parts.push(s);
    this.length += s.length;
    this.lastWasBreak = false;
  }

  /** A structure mark; consecutive marks and whitespace share one part (the stronger break wins). */
  private pushBreak(mark: string): void {
    if (this.lastWasBreak && this.parts.length > 0) {
      const last = this.parts[this.parts.length - 1]!;
      if (last.length >= mark.length && (last.charCodeAt(0) === 2 || mark.charCodeAt(0) !== 2)) return;
      this.parts[this.parts.length - 1] = mark;
      return;
    }
    this.parts.push(mark);
    this.length += 1;
    this.lastWasBreak = true;
  }

  text(raw: string, preformatted: boolean): void {
    if (this.full) {
      if (NOT_BLANK.test(raw)) this.truncated = true;
      return;
    }
    if (!NOT_BLANK.test(raw)) {
      // whitespace between tags: one space at most
      if (!this.lastWasBreak) this.pushBreak(' ');
      return;
    }
    const s = raw.indexOf('&') >= 0 ? decodeHTML(raw) : raw;
    if (preformatted && s.indexOf('\n') >= 0) {
      s.split('\n').forEach((line, i) => {
        if (i > 0) this.newline();
        if (line.length > 0) this.pushText(line);
      });
      return;
    }
    this.pushText(s);
  }

  cell(): void {
    this.parts.push(CELL);
    this.length += 1;
    this.lastWasBreak = false;
  }

  newline(): void {
    this.pushBreak(this.quoteDepth > 0 ? LINE + QUOTE : LINE);
  }

  blankLine(): void {
    this.pushBreak(this.quoteDepth > 0 ? PARAGRAPH + QUOTE : PARAGRAPH);
  }

  result(): string {
    let joined = this.parts.join('');
    if (joined.length > MAX_TEXT_CHARS * 2) joined = joined.slice(0, MAX_TEXT_CHARS * 2);
    // drop trailing marks and whitespace (a loop, not a `$`-anchored regex, to stay linear)
    let end = joined.length;
    while (end > 0 && (joined.charCodeAt(end - 1) <= 32 || joined.charCodeAt(end - 1) === 0xa0)) end--;
    joined = joined.slice(0, end);
    let text = joined.replace(COLLAPSIBLE, ' ').replace(BREAKS, (breaks: string) => {
      const trimmed = breaks.trimEnd();
      const quoted = trimmed.charCodeAt(trimmed.length - 1) === 3;
      return (breaks.includes(PARAGRAPH) ? '\n\n' : '\n') + (quoted ? '> ' : '');
    });
    if (text.includes(' \n')) text = text.split(' \n').join('\n');
    if (text.includes(CELL)) {
      // a cell mark at the start of a line (an empty first cell) is dropped; the others separate cells
      text = text
        .split(CELL + ' ')
        .join(CELL)
        .split(' ' + CELL)
        .join(CELL)
        .split('\n' + CELL)
        .join('\n')
        .split('\n> ' + CELL)
        .join('\n> ')
        .split(CELL)
        .join(CELL_SEPARATOR);
      if (text.startsWith(CELL_SEPARATOR)) text = text.slice(CELL_SEPARATOR.length);
    }
    text = text.trim();
    return text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  }
}

const NOT_BLANK = /\S/;

/** Text of an HTML body, with what could not be read. */
export interface HtmlText {
  text: string;
  /** More text followed than the {@link MAX_TEXT_CHARS} budget holds. */
  truncated: boolean;
  /** Images (`<img>`, `<picture>`, `<object>`, `<embed>`): content a person sees that text does not carry. */
  images: number;
  /** Reading stopped where the mail client's quoted reply history begins (see {@link ReadHtmlOptions}). */
  historyLeft: boolean;
}

/** How much of an HTML body to read. */
export interface ReadHtmlOptions {
  /**
   * Stop where a mail client's quoted reply history begins — Outlook's reply header
   * (`divRplyFwdMsg`, the grey top border), Gmail's `gmail_quote`, Apple Mail's
   * `<blockquote type="cite">`, Thunderbird's `moz-cite-prefix`, Yahoo's `yahoo_quoted` — once the
   * author's own text has begun. For readers that have no use for the history.
   */
  untilHistory?: boolean;
}

/** Attribute text of the elements mail clients open their quoted reply history with (lower case). */
const HISTORY_MARKS = ['gmail_quote', 'divrplyfwdmsg', 'border-top:solid #e1e1e1', 'border-top:solid #b5c4df', 'type="cite"', 'moz-cite-prefix', 'yahoo_quoted', 'outlookmessageheader'];

/** Whether an opening tag's attributes mark the start of quoted reply history. */
function opensHistory(name: string, attributes: string): boolean {
  if (name !== 'div' && name !== 'blockquote' && name !== 'hr') return false;
  if (attributes.length < 8) return false;
  const a = attributes.toLowerCase();
  for (const mark of HISTORY_MARKS) if (a.includes(mark)) return true;
  return false;
}

/**
 * Converts an e-mail's HTML body to plain text a person would read, in linear time.
 * Scripts, styles and the head are dropped; block elements end lines; table cells of one row are
 * joined with ` | ` (web-form tables stay one field per line); lines inside `<blockquote>` start
 * with `> ` so quoted history is recognisable. Entities are decoded. Reads at most
 * {@link MAX_HTML_CHARS} of HTML and returns at most {@link MAX_TEXT_CHARS} of text; never throws
 * on malformed markup.
 * @example htmlToText('<p>Hej!</p><p>Lampan &auml;r trasig</p>') //=> 'Hej!\nLampan är trasig'
 */
export function htmlToText(html: string): string {
  return readHtml(html).text;
}

/**
 * {@link htmlToText} with what was not read: markup is skipped however much of it there is (the
 * work is linear in the HTML, at most {@link MAX_HTML_CHARS}); the text budget counts only text.
 */
export function readHtml(html: string, options: ReadHtmlOptions = {}): HtmlText {
  const src = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  const untilHistory = options.untilHistory === true;
  let historyLeft = false;
  const out = new TextBuilder();
  let images = 0;
  let preDepth = 0;
  let i = 0;
  const n = src.length;
  while (i < n) {
    if (out.full) {
      // the budget is full: only look whether any text is left unread, skipping markup cheaply
      if (NOT_BLANK.test(src.slice(i).replace(MARKUP, ''))) out.truncated = true;
      break;
    }
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      out.text(src.slice(i), preDepth > 0);
      break;
    }
    if (lt > i) out.text(src.slice(i, lt), preDepth > 0);
    i = lt;
    // comments, doctype, CDATA, processing instructions
    if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = src.charCodeAt(i + 1);
    if (next === 33 || next === 63) {
      const end = src.indexOf('>', i + 2);
      i = end < 0 ? n : end + 1;
      continue;
    }
    const closing = next === 47; // '/'
    let p = i + (closing ? 2 : 1);
    const nameStart = p;
    while (p < n && isNameChar(asciiLower(src.charCodeAt(p)))) p++;
    if (p === nameStart) {
      // a lone '<' is text
      out.text('<', preDepth > 0);
      i += 1;
      continue;
    }
    const name = lowerName(src, nameStart, p);
    // find the end of the tag, skipping quoted attribute values (still linear)
    for (;;) {
      let c = 0;
      while (p < n) {
        c = src.charCodeAt(p);
        if (c === 62 || c === 34 || c === 39) break; // > " '
        p++;
      }
      if (p >= n) {
        p = n;
        break;
      }
      if (c === 62) break;
      const close = src.indexOf(c === 34 ? '"' : "'", p + 1);
      if (close < 0) {
        p = n;
        break;
      }
      p = close + 1;
    }
    if (untilHistory && !closing && opensHistory(name, src.slice(nameStart + name.length, p)) && out.hasText) {
      historyLeft = true;
      break;
    }
    i = p + 1;
    if (!closing && SKIPPED_ELEMENTS.has(name)) {
      const closer = closerOf(name);
      closer.lastIndex = i;
      const found = closer.exec(src);
      if (!found) {
        i = n;
      } else {
        const gt = src.indexOf('>', found.index);
        i = gt < 0 ? n : gt + 1;
      }
      continue;
    }
    switch (name) {
      case 'img':
      case 'picture':
      case 'embed':
        if (!closing) images++;
        continue;
      case 'td':
      case 'th':
        if (!closing) {
          if (out.cellsInRow > 0) out.cell();
          out.cellsInRow++;
        }
        continue;
      case 'tr':
        out.cellsInRow = 0;
        out.newline();
        continue;
      case 'blockquote':
        out.newline();
        out.quoteDepth = Math.max(0, out.quoteDepth + (closing ? -1 : 1));
        continue;
      case 'pre':
        preDepth = Math.max(0, preDepth + (closing ? -1 : 1));
        out.newline();
        continue;
      case 'p':
        out.blankLine();
        continue;
      default:
        if (BLOCK_ELEMENTS.has(name)) out.newline();
    }
  }
  const text = out.result();
  return { text, truncated: out.truncated || (!historyLeft && src.length < html.length), images, historyLeft };
}
