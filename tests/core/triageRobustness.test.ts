import fc from 'fast-check';
import { presetConfig } from '../../src/core/config/presets';
import { parseMailMessage, type MailMessage } from '../../src/core/message';
import { triageMessage } from '../../src/core/triage';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');

describe('triageMessage on hostile and odd input', () => {
  it('bounds the work on a huge body and still decides from its start', () => {
    const body = 'Gatlyktan utanför skolan är trasig.\n' + 'bla '.repeat(2_000_000);
    const r = triageMessage(mail({ body }), config);
    expect(r).toMatchObject({ kind: 'felanmalan', department: 'teknik' });
  });

  it('bounds the work on huge HTML with deep nesting and many attributes', () => {
    const html = '<div a="1" b="2">'.repeat(100_000) + '<p>Hej</p>' + '</div>'.repeat(100_000);
    expect(() => triageMessage(mail({ html: true, body: html }), config)).not.toThrow();
  });

  it('copes with a keyword-dense body without slowing down', () => {
    const body = 'hål i vägen trasig gatlykta bygglov hemtjänst '.repeat(20_000);
    expect(triageMessage(mail({ body }), config).kind).toBe('felanmalan');
  });

  it('copes with null fields, no body and no sender', () => {
    const bare = parseMailMessage({ id: 'x', receivedDateTime: '2026-11-16T09:15:00Z', subject: null, body: null, from: null, replyTo: null, toRecipients: null });
    expect(bare.ok).toBe(true);
    if (bare.ok) expect(triageMessage(bare.message, config)).toMatchObject({ channel: 'epost', department: 'kontaktcenter' });
    const emptyAddresses: MailMessage = { ...mail({ body: 'Hej' }), from: { emailAddress: { name: null, address: null } }, replyTo: [{ emailAddress: null }] };
    expect(() => triageMessage(emptyAddresses, config)).not.toThrow();
  });

  it('uses the body preview when the body is empty', () => {
    const m: MailMessage = { ...mail({ body: '' }), bodyPreview: 'Gatlyktan på min gata är trasig' };
    expect(triageMessage(m, config).kind).toBe('felanmalan');
  });

  it('copes with a huge recipient list', () => {
    const to = Array.from({ length: 100_000 }, (_, i) => `person${i}@example.com`);
    expect(() => triageMessage(mail({ body: 'Hej', to }), config)).not.toThrow();
  });

  it('never throws, whatever the subject, body and addresses', () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ maxLength: 2000 }), fc.boolean(), fc.string(), (subject, body, html, from) => {
        const r = triageMessage(mail({ subject, body, html, from }), config);
        return typeof r.explanation.sv === 'string' && r.explanation.sv.length > 0;
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same answer every time (compiled rules are cached per configuration)', () => {
    const m = mail({ body: 'Soptunnan har inte tömts, jag är missnöjd.' });
    expect(triageMessage(m, config)).toEqual(triageMessage(m, config));
  });
});
