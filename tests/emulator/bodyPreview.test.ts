import fc from 'fast-check';
import { bodyPreviewOf, htmlToText } from '../../src/emulator/store';

/** The preview read from the whole body, as Exchange gives it: the first 255 characters of the text. */
function wholePreview(contentType: 'text' | 'html', content: string): string {
  const text = contentType === 'html' ? htmlToText(content) : content;
  return text.replace(/[ \t]+/g, ' ').replace(/ ?\r?\n ?/g, '\r\n').replace(/(\r\n){2,}/g, '\r\n').trim().slice(0, 255);
}

const piece = fc.oneof(
  fc.constantFrom('<p>', '</p>', '<br>', '<div style="x">', '</div>', '<style>p{}</style>', '<!-- c -->', '&amp;', '&nbsp;', '\r\n', '\n\n\n', '   ', '\t', '<style>', '</style>', '<head>', '</head>', '<!--', '-->', '<', '>'),
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom('Hej! Gatlyktan på Storgatan är trasig.', 'Med vänlig hälsning', 'Skickat från min iPhone'),
);

describe('the emulator\'s bodyPreview', () => {
  it('is the first 255 characters of the whole body\'s text, also for long bodies read from their start', () => {
    fc.assert(
      fc.property(fc.constantFrom('text' as const, 'html' as const), fc.array(piece, { minLength: 0, maxLength: 1200 }), fc.nat({ max: 20_000 }), (contentType, pieces, pad) => {
        // long runs of markup or blanks before the text put the preview's end near the part read first
        const content = (contentType === 'html' ? '<div>' + ' '.repeat(pad) : ' '.repeat(pad)) + pieces.join('');
        expect(bodyPreviewOf({ contentType, content })).toBe(wholePreview(contentType, content));
      }),
      { numRuns: 150 },
    );
  });

  it('reads past a long style block in the head (Outlook\'s HTML): the preview is the text, not the CSS', () => {
    const css = Array.from({ length: 900 }, (_, i) => `p.MsoNormal${i}{margin:0cm;font-size:11pt}`).join('\n');
    const content = `<html><head><style>${css}</style></head><body><p>Hej! Gatlyktan på Storgatan är trasig.</p>${'<p>Mer text här.</p>'.repeat(50)}</body></html>`;
    expect(content.length).toBeGreaterThan(20_000);
    expect(bodyPreviewOf({ contentType: 'html', content })).toMatch(/^Hej! Gatlyktan på Storgatan är trasig\./);
    expect(bodyPreviewOf({ contentType: 'html', content })).toBe(wholePreview('html', content));
  });
});
