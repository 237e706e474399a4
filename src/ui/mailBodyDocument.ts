import DOMPurify from 'dompurify';
import { plainTextToHtml } from './html';

/**
 * A mail body as a document for a sandboxed frame (SECURITY.md rule 1: mail is hostile).
 * DOMPurify removes scripts, event handlers, `javascript:` links, forms and embedded content;
 * inline styles and `<style>` go too (CSS can fetch: `url(…)`, `@import`), and so does every
 * attribute that loads something by itself (`srcset`, `background`, `poster`, `ping`). Remote
 * images are kept aside (`data-svarstid-src`) until the reader asks for them — they are tracking
 * pixels — and the document carries its own Content-Security-Policy that allows remote images
 * only then. The frame that shows it has a `sandbox` without `allow-scripts`.
 */

export interface MailBodyDocument {
  /** The whole document for the frame's `srcdoc`. */
  html: string;
  /** Remote images the body holds (shown only when asked). */
  remoteImages: number;
}

const FORBID_TAGS = ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'option', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'video', 'audio', 'source', 'track', 'picture', 'svg', 'math', 'template', 'portal'];
const FORBID_ATTR = ['style', 'srcset', 'background', 'poster', 'ping', 'action', 'formaction', 'lowsrc', 'dynsrc', 'longdesc', 'usemap', 'xlink:href'];

function isRemote(url: string): boolean {
  return /^\s*(https?:)?\/\//i.test(url);
}

/**
 * @summary The sanitised document of a mail body.
 * @param body - the body as Graph gives it
 * @param showRemoteImages - load `http(s)` images (the reader asked)
 * @param palette - the page's colours, so the body follows the theme
 */
export function mailBodyDocument(
  body: { contentType: 'html' | 'text'; content: string },
  showRemoteImages: boolean,
  palette: { background: string; foreground: string; link: string },
): MailBodyDocument {
  const html = body.contentType === 'html' ? body.content : plainTextToHtml(body.content);
  let remoteImages = 0;
  const purify = DOMPurify();
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (isRemote(src)) {
        remoteImages++;
        if (!showRemoteImages) {
          node.removeAttribute('src');
          node.setAttribute('data-svarstid-src', src);
          node.setAttribute('alt', node.getAttribute('alt') || 'Bild som inte visas / Image not shown');
        }
      } else if (!/^\s*(data:image\/|cid:)/i.test(src)) {
        node.removeAttribute('src');
      }
    }
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
  // Chrome checks inline event handlers of the document DOMPurify parses against the page's CSP
  // (an <svg onload> fires while parsing) and logs a blocked violation, though nothing runs.
  // Rename them first, in linear time; DOMPurify removes them either way (data-* is not allowed).
  const defused = html.replace(/([\s/"'])on([a-z]+\s*=)/gi, '$1data-svarstid-on$2');
  const clean = purify.sanitize(defused, { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false, WHOLE_DOCUMENT: false });
  const csp = [
    "default-src 'none'",
    `img-src data:${showRemoteImages ? ' https: http:' : ''}`,
    "style-src 'unsafe-inline'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const doc = `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="referrer" content="no-referrer"><style>body{font:14px/1.5 'Segoe UI',system-ui,sans-serif;margin:12px;background:${palette.background};color:${palette.foreground};overflow-wrap:anywhere}a{color:${palette.link}}img{max-width:100%;height:auto}table{max-width:100%}</style></head><body>${clean}</body></html>`;
  return { html: doc, remoteImages };
}
