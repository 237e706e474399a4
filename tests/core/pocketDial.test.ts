import fc from 'fast-check';
import { presetConfig } from '../../src/core/config/presets';
import { triageMessage } from '../../src/core/triage';
import { isPocketDial } from '../../src/core/triage/pocketDial';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');

/** A voicemail as the phone system mails it: its own header, the transcription, its own footer. */
function voicemail(transcript: string) {
  return triageMessage(
    mail({
      subject: 'Röstmeddelande från 0701740699 (00:31)',
      body: `Du har fått ett nytt röstmeddelande.\nTill: Ljungby kommun, växeln\nTranskribering (automatisk, kan innehålla fel):\n"${transcript}"\nLjudfilen är bifogad. Ljungby kommun - Växeln`,
    }),
    config,
  );
}

const POCKET = '[otydligt] ... nej men ta den vänstra grinden så ... ja ... [skratt] ... vi ses vid bilen om tio minuter ... [musik]';

describe('a pocket dial (a voicemail of background sounds and talk to someone else)', () => {
  it('is no contact: no deadline, the contact centre, and the explanation says why', () => {
    const t = voicemail(POCKET);
    expect([t.kind, t.department]).toEqual(['ej_arende', 'kontaktcenter']);
    expect(t.rules).toContain('ej.fickringning');
    expect(t.explanation.sv).toContain('fickringning');
  });

  it('is only a voicemail: the same text by e-mail or SMS keeps its deadline', () => {
    expect(triageMessage(mail({ subject: 'Hej', body: POCKET }), config).kind).not.toBe('ej_arende');
  });

  it('a caller who speaks to the municipality left a message, however noisy the line', () => {
    for (const said of ['hej jag ringer om skolskjutsen', 'det gäller min pappa', 'ring mig tillbaka', 'mitt nummer är noll sju noll']) {
      expect({ said, kind: voicemail(`[otydligt] ... ${said} ... [brus] ... [ohörbart]`).kind }).toEqual({ said, kind: 'fraga' });
    }
  });

  it('a scream, a cry or a word of distress is never a pocket dial, wherever it stands', () => {
    const distress = fc.constantFrom('[skrik]', '[gråt]', '[slag]', 'hjälp', 'snälla sluta', 'han slår henne', 'ring polisen', 'det blöder', 'mamma har ramlat', 'jag är rädd');
    fc.assert(
      fc.property(distress, fc.nat({ max: 6 }), (word, at) => {
        const parts = POCKET.split(' ... ');
        parts.splice(at % (parts.length + 1), 0, word);
        const transcript = parts.join(' ... ');
        expect(isPocketDial(transcript)).toBe(false);
        expect(voicemail(transcript).kind).not.toBe('ej_arende');
      }),
      { numRuns: 120 },
    );
  });

  it('reads every line of the transcription: a call for help on a line of its own keeps the deadline', () => {
    expect(isPocketDial('Till: Ljungby kommun, växeln\n[otydligt] ... nej ... [brus]')).toBe(true);
    expect(isPocketDial('[otydligt] ... nej ...\nhjälp mig\n... [brus]')).toBe(false);
  });

  it("leaves out the voicemail system's heading, which names the municipality", () => {
    const heading = 'Röstbrevlådan Kontaktcenter – Orrnäs kommun, växel 08-46 500 400\n';
    expect(isPocketDial(`${heading}[otydligt] nej men ta den blå väskan ... vi ses vid badet klockan två ... [prassel] ... [otydligt]`)).toBe(true);
    // (the caller who names the municipality still speaks to it)
    expect(isPocketDial(`${heading}[otydligt] ... hej jag ringer till kommunen ... [brus]`)).toBe(false);
    // (only the system's first line, and only one that names the box and the municipality: a caller's words are read)
    expect(isPocketDial('[otydligt] ... nej ... [brus]\nRöstmeddelande till kommunen, hjälp mig ... [brus]')).toBe(false);
    expect(isPocketDial('Röstmeddelande hjälp mig\n[otydligt] ... nej ... [brus]')).toBe(false);
  });

  it('a caller who says who and where they are, or what has not happened since when, left a message (review U)', () => {
    const broken = 'hallå ... hallå ... ja det är Stig Larsson på Kvarngatan sju ... sopbilen har inte tagit ... [ohörbart] ... tunnan står kvar sedan i torsdags och det luktar ... [ohörbart] ... ja ... hej';
    expect(isPocketDial(broken)).toBe(false);
    expect(voicemail(broken).kind).not.toBe('ej_arende');
    for (const said of ['det är Stig här', 'jag bor på Kvarngatan sju', 'den har inte kommit', 'sedan i torsdags', 'lampan står kvar trasig']) {
      expect({ said, pocket: isPocketDial(`[otydligt] ... ${said} ... [brus] ... [ohörbart]`) }).toEqual({ said, pocket: false });
    }
    // (talk to someone else stays a pocket dial)
    expect(isPocketDial('[prasslande] ... ja men ta med dig jackan då ... [otydligt] ... nej vi tar bilen, det regnar ju ... [motorljud] ... [ohörbart]')).toBe(true);
  });

  it('needs pauses: sounds without them may be a caller the transcription could not follow', () => {
    // (a Finnish caller the Swedish transcription could not follow keeps the deadline: a contact that could not be read)
    const foreign = 'hej tela on aino [ohörbart] minä soitan koska [ohörbart] ei oo [ohörbart] eilen eikä tänään [ohörbart] voisitteko soittaa takaisin [ohörbart] kiitos hei hei';
    expect(isPocketDial(foreign)).toBe(false);
    expect(voicemail(foreign).kind).not.toBe('ej_arende');
    expect(isPocketDial('[brus] nej men ta den blå väskan också [ohörbart] har du sett bilnycklarna [skratt] nej det är inte min tur [brus] [meddelandet slutar]')).toBe(false);
    // (a note that the transcription is incomplete says the message could not be read in full)
    expect(isPocketDial('[otydligt] ... nej ... ja ... [brus] [transkriberingen ofullständig: språket kunde inte identifieras säkert]')).toBe(false);
    expect(isPocketDial('[otydligt] ... nej ... ja ... [brus] [meddelandet slutar]')).toBe(true);
  });

  it('needs at least two bracketed sounds and two pauses, and little talk', () => {
    expect(isPocketDial('[otydligt] nej men ta den')).toBe(false);
    expect(isPocketDial('nej men ta den ... ja ... vi ses sen')).toBe(false);
    expect(isPocketDial(`[brus] ... ${'ord '.repeat(45)} ... [musik]`)).toBe(false);
    expect(isPocketDial('[brus] ... ja vi ses sen ... [musik]')).toBe(true);
  });
});
