import { checkOutgoingMail } from '../../src/core/sender';
import { splitMessageText } from '../../src/core/text';
import { presetConfig, presetDocument, parseConfig, PRESET_IDS } from '../../src/core/config';
import { CITIZEN_MAIL, REPLY_FORMATS, replyBody } from '../fixtures/replies/replyFormats';

const ljungby = presetConfig('ljungby');
const unsigned = 'Hej Anna!\n\nTack för din fråga. Jag har skickat den vidare till bygglovshandläggarna.\n\nMed vänlig hälsning\nKontaktcenter';
const signed = `${unsigned}\nLjungby kommun`;

describe('the sender check reads only what the sender writes now', () => {
  it.each(REPLY_FORMATS.map((f) => [`${f.program} (${f.lang})`, f] as const))(
    '%s: a reply whose own text does not name the municipality is stopped, however often the quoted mail names it',
    (_name, format) => {
      const body = replyBody(format, unsigned);
      expect(body).toContain('Ljungby kommun'); // the quoted history names it
      const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body }, ljungby);
      expect(result.findings.map((f) => f.code)).toContain('municipality-not-named');
      expect(result.allowSend).toBe(false);
      expect(result.checkedText).not.toContain('Jag undrar');
      expect(result.checkedText).not.toContain('anna.andersson@example.se');
    },
  );

  it.each(REPLY_FORMATS.map((f) => [`${f.program} (${f.lang})`, f] as const))('%s: a signed reply passes', (_name, format) => {
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: replyBody(format, signed) }, ljungby);
    expect(result.findings.map((f) => f.code)).not.toContain('municipality-not-named');
    expect(result.allowSend).toBe(true);
  });

  it.each(REPLY_FORMATS.map((f) => [`${f.program} (${f.lang})`, f] as const))(
    '%s: the splitter triage uses puts the quoted mail outside the newest text',
    (_name, format) => {
      const parts = splitMessageText(replyBody(format, unsigned));
      expect(`${parts.newest}\n${parts.signature}`).not.toContain('Jag undrar');
      expect(parts.newest).toContain('Tack för din fråga');
      expect(parts.quoted).toContain('Jag undrar hur lång tid');
    },
  );

  it('does not take the answer time from the quoted mail', () => {
    // the citizen wrote "senast fredag"; the reply itself promises nothing
    const format = REPLY_FORMATS[0]!;
    const result = checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: replyBody(format, signed), answersOpenContact: true }, ljungby);
    expect(CITIZEN_MAIL).toContain('senast fredag');
    expect(result.findings.map((f) => f.code)).toContain('answer-time-missing');
  });

  it('keeps ordinary text that merely mentions a date and "skrev" as the sender\'s own', () => {
    const body = 'Hej!\n20 personer skrev under listan:\n- Anna\n\nMed vänlig hälsning\nLjungby kommun';
    expect(checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body }, ljungby).allowSend).toBe(true);
  });
});

describe('official names (SPEC §4)', () => {
  const OFFICIAL: Record<(typeof PRESET_IDS)[number], string> = {
    ljungby: 'Ljungby kommun',
    alvesta: 'Alvesta kommun',
    varmdo: 'Värmdö kommun',
    salem: 'Salems kommun',
    harnosand: 'Härnösands kommun',
  };

  it.each(PRESET_IDS)('%s carries the official name in its name and its signature', (id) => {
    const config = presetConfig(id);
    expect(config.municipality.name).toBe(OFFICIAL[id]);
    expect(config.senderCheck.signature).toContain(`\n${OFFICIAL[id]}\n`);
    // correctly signed mail from the preset's own mailbox passes the check in block mode
    const body = `Hej!\nVi svarar senast fredag.\n\n${config.senderCheck.signature!}`;
    expect(checkOutgoingMail({ from: config.municipality.mailbox, bodyText: body }, config).allowSend).toBe(true);
  });

  it("gives Värmdö its documented mailbox and marks every other mailbox and domain as a local choice", () => {
    expect(presetConfig('varmdo').municipality.mailbox).toBe('varmdo.kommun@varmdo.se');
    expect(presetConfig('varmdo').municipality.local).toBeUndefined();
    for (const id of PRESET_IDS.filter((p) => p !== 'varmdo')) {
      expect(presetConfig(id).municipality.local).toEqual(['domains', 'mailbox']);
    }
    for (const id of PRESET_IDS) expect(presetConfig(id).senderCheck.local).toEqual(['signature']);
  });

  it('accepts the official form in any case and spacing, and its genitive', () => {
    const salem = presetConfig('salem');
    for (const text of ['SALEMS KOMMUN', 'Salems\u00a0kommun', 'Salems\nkommun', 'Salems kommuns kontaktcenter']) {
      expect(checkOutgoingMail({ from: 'kommun@salem.se', bodyText: `Hej!\n\n${text}` }, salem).allowSend).toBe(true);
    }
  });

  it('accepts a variant only when the configuration lists it', () => {
    const doc = presetDocument('salem');
    const body = 'Hej!\n\nMed vänlig hälsning\nSalem kommun';
    expect(checkOutgoingMail({ from: 'kommun@salem.se', bodyText: body }, parseConfig(doc)).allowSend).toBe(false);
    const withVariant = parseConfig({ ...doc, municipality: { ...doc.municipality, nameVariants: ['Salem kommun'] } });
    expect(checkOutgoingMail({ from: 'kommun@salem.se', bodyText: body }, withVariant).allowSend).toBe(true);
  });

  it('does not take a name inside another word', () => {
    const body = 'Hej!\n\nNorrljungby kommunförbund';
    expect(checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: body }, ljungby).allowSend).toBe(false);
  });
});
