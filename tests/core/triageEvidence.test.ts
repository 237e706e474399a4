import fc from 'fast-check';
import { presetConfig, presetDocument } from '../../src/core/config/presets';
import { configSchema } from '../../src/core/config/schema';
import type { RoutingRuleInput } from '../../src/core/config/triageSchema';
import { triageMessage } from '../../src/core/triage';
import { messageZones, ZONE_INDEX } from '../../src/core/triage/zones';
import { isTopicReference } from '../../src/core/triage/placeReference';
import { MODIFIER_FACTOR, SURNAME_FACTOR, wordRoleFactor } from '../../src/core/triage/wordRole';
import { mail } from '../fixtures/triage/messages';

const config = presetConfig('ljungby');
const triage = (m: Parameters<typeof mail>[0], c = config) => triageMessage(mail(m), c);

/** The Ljungby preset with admin rules in front of the built-in ones. */
function withRules(rules: RoutingRuleInput[], extra: Record<string, unknown> = {}) {
  const doc = presetDocument('ljungby');
  return configSchema.parse({ ...doc, triage: { ...doc.triage, rules, ...extra } });
}

/** Lower-case Swedish words (the keyword and compound parts of the properties). */
const WORD = fc.stringMatching(/^[a-zåäö]{4,9}$/);
const HEAD = fc.stringMatching(/^[a-zåäö]{6,9}$/);

describe('the role of a keyword in its word (Swedish compounds are right-headed)', () => {
  it('a keyword that is the whole word, or the word inflected, counts fully', () => {
    fc.assert(
      fc.property(WORD, fc.constantFrom('', 'en', 'et', 'arna', 's'), (w, ending) => {
        const text = `Det gäller ${w}${ending} här.`;
        const start = 'Det gäller '.length;
        expect(wordRoleFactor(text, start, start + w.length)).toBe(1);
      }),
    );
  });

  it('a keyword that only starts a longer compound is a modifier and counts less', () => {
    fc.assert(
      fc.property(WORD, HEAD, (w, head) => {
        const text = `Det gäller ${w}${head} här.`;
        const start = 'Det gäller '.length;
        expect(wordRoleFactor(text, start, start + w.length)).toBe(MODIFIER_FACTOR);
      }),
    );
    expect(MODIFIER_FACTOR).toBeLessThan(1);
  });

  it('a keyword inside the surname of a person named by first name and surname counts nothing', () => {
    const text = 'Jag vill att Marie Ahlgren ringer mig.';
    const start = text.indexOf('gren');
    expect(wordRoleFactor(text, start, start + 4)).toBe(SURNAME_FACTOR);
    // the same letters as a word of their own, or in a lower-case compound, are not a name
    const tree = 'En gren har fallit ner på gångvägen.';
    expect(wordRoleFactor(tree, tree.indexOf('gren'), tree.indexOf('gren') + 4)).toBe(1);
    const birch = 'Hej Anna, björkgrenen hänger över vägen.';
    expect(wordRoleFactor(birch, birch.indexOf('gren'), birch.indexOf('gren') + 4)).toBe(1);
  });
});

describe('department evidence from what the writer asks about', () => {
  it('a surname is not evidence of a department', () => {
    const question = { subject: 'Fråga', body: 'Hej! Vi heter Josefin Pettersson och Anton Lundgren och undrar vem vi ska vända oss till om en fråga om vår adress.' };
    expect(triage(question).department).toBe('kontaktcenter');
    // the word itself still is
    expect(triage({ subject: 'Gren', body: 'En stor gren har fallit ner över gångvägen i parken.' }).department).toBe('teknik');
  });

  it('a yes/no question about what a service does names the service asked about, not the writer\'s workplace', () => {
    expect(isTopicReference('Har socialtjänsten någon rådgivning?', 4)).toBe(true);
    expect(isTopicReference('Vi undrar. Kan hemtjänsten komma tidigare?', 15)).toBe(true);
    expect(isTopicReference('Does the library lend e-readers?', 9)).toBe(true);
    // not opening a question: the verb is in the middle of a statement
    expect(isTopicReference('Min son har skolan på förmiddagarna.', 12)).toBe(false);
    const r = triage({
      subject: 'Rådgivning utan namn',
      body: 'Hej! Jag är ny som förskollärare på Solrosens förskola och har en känsla kring ett av barnen i gruppen. Har socialtjänsten någon rådgivning där man kan beskriva en situation utan att säga namnet?',
    });
    expect(r.department).toBe('socialtjanst');
  });

  it('how to report a concern is asked of social services, whichever school the teacher writes from', () => {
    expect(triage({ subject: 'Rutin', body: 'Hej, hur anmäler man oro under sommarlovet när rektorn är borta? Jag undervisar på sommarskolan vid Bergsskolan och vill veta vad jag gör om jag skulle få oro för en elev.' }).department).toBe('socialtjanst');
    expect(triage({ subject: 'Question', body: 'Hello, I am a new teacher at Björkskolan. What is the safeguarding procedure for schools here, and who at the school do I talk to first? Nothing has happened, I just want to know.' }).department).toBe('socialtjanst');
  });

  it('family law after a separation is social services\' (custody, cooperation talks), written in English from a preschool parent', () => {
    const r = triage({ subject: 'Custody question', body: 'Hello, my partner and I have separated. Our son goes to preschool in town. Do we keep joint custody, and can we get help with samarbetssamtal in English?' });
    expect(r.department).toBe('socialtjanst');
  });

  it("fishing licences are the fishing association's, whatever lake or jetty is named: the contact centre refers on", () => {
    expect(triage({ subject: 'Fiske', body: 'Hej! Behöver man fiskekort för att fiska abborre från bryggan vid badplatsen i Ljungsjön, och var köper man det?' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'Fishing', body: 'Where can I buy a fishing licence for the river near the campsite?' }).department).toBe('kontaktcenter');
    // the bathing place itself is still the leisure department's
    expect(triage({ subject: 'Badplatsen', body: 'Finns det omklädningsrum och toaletter vid badplatsen i Ljungsjön i sommar?' }).department).toBe('kultur_fritid');
  });

  it("the front desk's opening hours, asked to hand in papers for a department, and praise for the citizen office, are the contact centre's", () => {
    expect(triage({ subject: 'Påsk', body: 'Hej, har receptionen i kommunhuset öppet på skärtorsdagen? Jag vill lämna in ritningarna till bygglovet personligen och få en stämpel.' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'Tack', body: 'Tack till er på medborgarkontoret som hjälpte mig fylla i ansökan om bostadsanpassning i går, så vänligt!' }).department).toBe('kontaktcenter');
    // papers handed in already: the matter is what they are about
    expect(triage({ subject: 'Bygglov', body: 'Jag lämnade in ritningarna i receptionen i kommunhuset i måndags. Hur lång tid tar handläggningen av bygglovet?' }).department).toBe('samhallsbyggnad');
  });

  it("a ban on watering in a dry summer is the water service's", () => {
    expect(triage({ subject: 'Vatten', body: 'Får man vattna med slang nu? Hur länge gäller förbudet?' }).department).toBe('teknik');
    expect(triage({ subject: 'Bevattningsförbud', body: 'Gäller bevattningsförbudet även oss som har egen brunn?' }).department).toBe('teknik');
  });

  it('keywords that match the same words count once, however many of a rule overlap there', () => {
    const c = withRules([
      { id: 'egen.ord', name: 'Påhittade ord', enabled: true, weight: 0.7, when: { any: [{ field: 'body', any: ['zorp blix', 'blix quam'] }] }, then: { department: 'kultur_fritid' } },
      // the rules' evidence alone: the built-in department model would weigh the other words too
    ], { departmentModel: false });
    const body = (t: string) => ({ subject: 'Fråga', body: t });
    // one place where both phrases overlap: one word's evidence, below the threshold
    expect(triage(body('Har ni zorp blix quam i centrum?'), c).department).toBe('kontaktcenter');
    // two places: two words of the rule
    expect(triage(body('Har ni zorp blix nu? Vi har också blix quam.'), c).department).toBe('kultur_fritid');
  });
});

describe("a resident who forwards the municipality's own mail back with a new text of their own", () => {
  const own = 'Hej, jag svarar i den här tråden eftersom jag hade adressen här. Gatlampan utanför vårt hus på Lindvägen 4 har varit släckt i tre veckor nu och det är väldigt mörkt på kvällarna när barnen går hem.';
  const history = 'Hej Anna! Tack för din bokning av sporthallen i Åby, lördagar 10–12 under vårterminen. Nycklar hämtas i simhallens reception. Välkommen! Fritidsavdelningen';
  const forward = (text: string, sender: string) =>
    `${text}\n\n---------- Forwarded message ---------\nFrån: Fritid <${sender}>\nDate: mån 8 mars 2027 kl 09:12\nSubject: Bokningsbekräftelse\nTo: <anna.berg@post.example>\n\n${history}`;
  const zonesOf = (m: Parameters<typeof mail>[0], domains: string[] = []) => messageZones(mail(m), 'epost', 0, { municipalDomains: domains });

  it('goes where the new text points, not where the old thread was', () => {
    const r = triage({ subject: 'Fwd: Bokningsbekräftelse sporthallen', from: 'anna.berg@post.example', body: forward(own, 'bokning@sjobacka.se') });
    expect(r.department).toBe('teknik');
    expect(r.explanation.sv).toMatch(/'Gatlampan' står i brödtexten/);
  });

  it('a few words of its own ("Gäller detta i sommar?") leave the forwarded mail the matter', () => {
    expect(triage({ subject: 'Fwd: Bokningsbekräftelse sporthallen', from: 'anna.berg@post.example', body: forward('Gäller detta även i sommar?', 'bokning@sjobacka.se') }).department).toBe('kultur_fritid');
  });

  it("is the municipality's mail when its sender is under a domain the message went to or the municipality's own, and the forwarder is outside it", () => {
    const base = { subject: 'Fwd: Bokningsbekräftelse', from: 'anna.berg@post.example', body: forward(own, 'bokning@sjobacka.se') };
    expect(zonesOf(base).forwardsOurMail).toBe(true);
    // sent to another address of the municipality than the one the history came from: its configured domains
    expect(zonesOf({ ...base, to: ['kommun@ljungby.se'] }).forwardsOurMail).toBe(false);
    expect(zonesOf({ ...base, to: ['kommun@ljungby.se'] }, ['ljungby.se', 'sjobacka.se']).forwardsOurMail).toBe(true);
    // a colleague forwarding is staff passing something on: the forwarded mail is the matter
    expect(zonesOf({ ...base, from: 'eva.lund@sjobacka.se' }).forwardsOurMail).toBe(false);
    // another organisation's mail, and a reply (its history is quoted, not forwarded)
    expect(zonesOf({ ...base, body: forward(own, 'bokning@idrottsforening.example') }).forwardsOurMail).toBe(false);
    expect(zonesOf({ ...base, subject: 'SV: Bokningsbekräftelse' }).forwardsOurMail).toBe(false);
  });
});

describe("a web form's category and its wrapper lines", () => {
  const form = (lines: string) => ({ subject: 'E-tjänst: Felanmälan - Gata/väg', from: 'no-reply@etjanst.ljungby.se', replyTo: ['kjell@example.com'], body: lines });

  it('a category the writer says was no real choice does not route the matter', () => {
    const said = 'Kategori | Gata/väg\nPlats | Åbybadet\nBeskrivning | Hittade ingen annan kategori. Bastun på Åbybadet har varit kall i en vecka, högst 40 grader. Kan någon titta på aggregatet?';
    expect(triage(form(said)).department).toBe('kultur_fritid');
    expect(triage(form(said.replace('Hittade ingen annan kategori.', "Couldn't find a better category."))).department).toBe('kultur_fritid');
  });

  it("the e-service's own line naming the service ('Ny felanmälan från e-tjänsten …') is the system's, not the resident's", () => {
    const r = triage({
      ...form('Ny felanmälan från e-tjänsten Felanmälan gata, park och belysning\nKategori | Övrigt\nBeskrivning | Duscharna i omklädningsrummet på Åbyvallen har bara kallt vatten och låset till förrådet är trasigt, vi kan inte låsa in grejerna under träningen.'),
      subject: 'E-tjänst: Felanmälan',
    });
    expect(r.department).toBe('kultur_fritid');
    expect(r.explanation.sv).not.toMatch(/belysning/);
  });
});

describe('department rules about what must be done and by whom', () => {
  it('what a complaint is about ("klagomål på", "missnöjd med") outweighs the other departments it names', () => {
    const r = triage({ subject: 'Synpunkt', body: 'Jag är missnöjd med biblioteket: när min sons skola var där på besök fick eleverna ingen hjälp.' });
    expect(r.department).toBe('kultur_fritid');
    const s = triage({ subject: 'Synpunkt', body: 'Jag är missnöjd med skolan: när eleverna var på besök i biblioteket fick de ingen hjälp.' });
    expect(s.department).toBe('utbildning');
  });

  it('the duty to report concern for a child is social services’ matter, whoever asks', () => {
    const r = triage({ subject: 'Fråga från förskolan', body: 'Hej, gäller anmälningsplikten alla förskollärare och barnskötare hos oss, eller bara förskolechefen? Vi har inget aktuellt fall.' });
    expect([r.kind, r.department]).toEqual(['fraga', 'socialtjanst']);
    const en = triage({ subject: 'Staff handbook', body: 'Hello, as a preschool teacher, am I obliged to report if I suspect something, or is that for the head teacher only?' });
    expect(en.department).toBe('socialtjanst');
  });

  it('a damage claim goes to the department it asks to pay, not to the owner of the things in the story', () => {
    const r = triage({ subject: 'Ersättning', body: 'När vaktmästaren sandade gångvägen med traktorn körde han in i min parkerade bil. Vi vill att skolan betalar reparationen.' });
    expect([r.kind, r.department]).toEqual(['skadeansprak', 'utbildning']);
    const t = triage({ subject: 'Ersättning', body: 'När vaktmästaren sandade gångvägen med traktorn körde han in i min parkerade bil. Vi vill att kommunen betalar reparationen.' });
    expect([t.kind, t.department]).toEqual(['skadeansprak', 'teknik']);
  });

  it('furniture and white goods to be fetched are bulky waste', () => {
    expect(triage({ subject: 'SMS från 070-174 06 12', from: 'sms@sjobacka.se', body: 'Kan ni hämta en gammal tvättmaskin och en bokhylla på Lingonvägen 3?' }).department).toBe('teknik');
  });

  it('booking alone names no venue; booking a hall does', () => {
    expect(triage({ subject: 'Tid', body: 'Hej, måste man boka tid i förväg eller går det bra att bara komma?' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'Tid', body: 'Hej, måste man boka idrottshallen i förväg eller går det bra att bara komma?' }).department).toBe('kultur_fritid');
  });

  it('a place named only as where something is ("vid badplatsen") is not enough for a department', () => {
    expect(triage({ subject: 'Fråga', body: 'Hej, vi ska ha ett födelsedagskalas vid badplatsen. Får man ha ballonger där?' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'Fråga', body: 'Hej, när öppnar badplatsen i sommar och finns det livräddare?' }).department).toBe('kultur_fritid');
  });

  it('a fault in a culture or leisure facility is its keeper’s; a fault on the street or path by it is the street’s', () => {
    const inside = [
      'Stora isflak rasar från taket över entrén till biblioteket. Någon måste spärra av.',
      'Ytterdörren till Åsbackahallen går inte att låsa, låskolven sitter fast. Kan någon komma och laga?',
      'Belysningen på elljusspåret är släckt sedan i går, det är kolsvart i backarna.',
      'The door of the library is broken and will not open for wheelchairs.',
    ];
    for (const body of inside) expect([body, triage({ subject: 'Felanmälan', body }).department]).toEqual([body, 'kultur_fritid']);
    const street = [
      'Gatlampan utanför biblioteket är trasig, det är kolsvart.',
      'Belysningen på gångvägen förbi simhallen är släckt.',
      'Lamporna på gång- och cykelvägen vid idrottshallen är släckta sedan i fredags.',
    ];
    for (const body of street) expect([body, triage({ subject: 'Felanmälan', body }).department]).toEqual([body, 'teknik']);
  });

  it('a newcomer asking where to begin across services gets the contact centre’s overview; one service asked for goes to it', () => {
    const r = triage({ subject: 'Nyinflyttade', body: 'Hej! Vi har flyttat till kommunen i förra veckan från Finland. Vad behöver vi göra nu? Vi undrar om sophämtning, vatten och skola för våra två barn.' });
    expect(r.department).toBe('kontaktcenter');
    const en = triage({ subject: 'Moving in June', body: 'Hello, we are moving to your municipality in June with our three children. Where do we start? We need school places, a waste bin and we wonder about parking permits.' });
    expect(en.department).toBe('kontaktcenter');
    const one = triage({ subject: 'Förskola', body: 'Hej, vi flyttar till kommunen i augusti och behöver förskoleplats för vår son från 1 september.' });
    expect(one.department).toBe('utbildning');
  });

  it('a newcomer writing in English who asks for one office for all of it gets the contact centre; an English question about a jetty or a building permit goes to the building department (Lövnäs, tuning)', () => {
    const all = triage({ subject: 'Moving here in August', body: 'Hi, we are moving to your town in August from Leeds. Our son is 6 and needs a school, we need waste bins and the children want swimming lessons. Is there one person or office who can help us with all of this?' });
    expect(all.department).toBe('kontaktcenter');
    const jetty = triage({ subject: 'Summer house', body: 'Hello, we have a summer cottage by the lake and want to build a small jetty and a sauna close to the water. Do we need a permit from the municipality?' });
    expect(jetty.department).toBe('samhallsbyggnad');
    // a question about drinking water stays the water utility's
    expect(triage({ subject: 'Water', body: 'Hello, the water from our tap is brown since this morning. Is something wrong with the pipes?' }).department).toBe('teknik');
  });

  it('a state road or a collision with game is outside the remit (the contact centre refers it on); the municipality’s own road is not', () => {
    expect(triage({ subject: 'Plogning', body: 'Länsvägen mellan byn och stationen har inte plogats sedan i går. Ni måste skicka ut plogen.' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'SMS från 070-174 06 21', from: 'sms@sjobacka.se', body: 'jag körde på ett rådjur på vägen norr om byn. vem ska jag ringa?' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'Plogning', body: 'Länsvägen är plogad men inte vår gata. Trafikverket säger att det är kommunens väg från korsningen och in.' }).department).toBe('teknik');
  });

  it('a municipal trail is culture and leisure’s, its faults too', () => {
    expect(triage({ subject: 'Skoterleden', body: 'Bron över bäcken på skoterleden har rasat, det är ett stort hål i plankorna. Spärra av den innan någon kör ner.' }).department).toBe('kultur_fritid');
    expect(triage({ subject: 'Snowmobile', body: 'Hello, do we need a trail card to drive on the snowmobile trails in March, and where do we buy it?' }).department).toBe('kultur_fritid');
  });

  it('building work and machines at night are a nuisance for environment and health protection', () => {
    const r = triage({ subject: 'Oljud', body: 'Nu kör de grävmaskin på bygget mittemot igen, kl 23 en tisdag. Är det tillåtet?' });
    expect(r.department).toBe('samhallsbyggnad');
  });
});

describe('kind rules about what the writer does, whatever words surround it', () => {
  it("a nuisance a neighbour or a landlord causes is a complaint for supervision, not a fault to fix, whatever broken thing is named (SPEC §1)", () => {
    const smoke = triage({ subject: 'Rök', body: 'Grannen på Ekvägen 3 eldar i en gammal vedpanna hela dygnet och röken lägger sig över vår tomt. Vi kan inte vädra och vår altandörr är trasig så det kommer in. Kan ni komma och titta?' });
    expect(smoke).toMatchObject({ kind: 'klagomal', department: 'samhallsbyggnad' });
    const mould = triage({ subject: 'Mögel', body: 'Hyresvärden gör ingenting åt möglet i badrummet fast fläkten är trasig sedan i våras. Kan någon från kommunen komma och titta?' });
    expect(mould).toMatchObject({ kind: 'klagomal', department: 'samhallsbyggnad' });
    // the municipality's own broken thing stays a fault
    expect(triage({ subject: 'Lampa', body: 'Gatlampan utanför grannens hus på Ekvägen 3 är trasig sedan en vecka.' }).kind).toBe('felanmalan');
  });

  const sms = (body: string) => ({ subject: 'SMS från 070-174 06 12', from: 'sms@sjobacka.se', body });

  it('a request made, then a question of what it needs, is an application; asking when applications open is a question', () => {
    expect(triage({ subject: 'Hyran', body: 'Jag har blivit sjukskriven och pengarna räcker inte. Jag behöver ekonomiskt bistånd till hyran i april. Vad behöver ni för papper från mig?' }).kind).toBe('ansokan');
    expect(triage({ subject: 'Fritids', body: 'Hej! Vi behöver fritids för Tilde från och med 1 september, hon börjar ettan. Måste vi fylla i något mer eller räcker det här?' }).kind).toBe('ansokan');
    const job = triage({ subject: 'Sommarjobb', body: 'Hej, jag vill söka sommarjobb hos kommunen i sommar, gärna inom äldreomsorgen. Jag är 17. När får man besked?' });
    expect([job.kind, job.department]).toEqual(['ansokan', 'kommunledning']);
    expect(triage({ subject: 'Feriejobb', body: 'Hej! Jag är 15 och vill söka feriejobb i sommar. När öppnar ansökan?' }).kind).toBe('fraga');
    expect(triage({ subject: 'Sommarjobb', body: 'Jag vill söka sommarjobb, hur gör jag?' }).kind).toBe('fraga');
    expect(triage({ subject: 'Sommarjobb', body: 'Hur söker man sommarjobb hos er?' }).kind).toBe('fraga');
    expect(triage({ subject: 'Hyran', body: 'Jag funderar på att söka ekonomiskt bistånd. Vilka papper behövs?' }).kind).toBe('fraga');
  });

  it('a records request not met, complained of in the newest text, is a complaint; a request that cites the law is still a request', () => {
    const late = triage({ subject: 'SV: Handlingar', body: 'Det har gått en vecka och jag har inte fått handlingarna. Enligt lagen ska allmänna handlingar lämnas ut skyndsamt. Det är under all kritik, och jag kommer att anmäla kommunen till JO.' });
    expect([late.kind, late.department]).toEqual(['klagomal', 'kommunledning']);
    const asked = triage({ subject: 'Protokoll', body: 'Hej, jag begär ut protokollet från nämndens möte i mars. Jag vet att allmänna handlingar ska lämnas ut skyndsamt.' });
    expect([asked.kind, asked.department]).toEqual(['ansokan', 'kommunledning']);
  });

  it('a change of the waste service asked for is an application; why it changed is a complaint', () => {
    expect(triage({ subject: 'Sophämtning', body: 'Hej, vi vill ha uppehåll i sophämtningen för vårt fritidshus från oktober till april.' }).kind).toBe('ansokan');
    expect(triage({ subject: 'Sophämtning', body: 'Varför har ni gjort uppehåll i hämtningen hos oss? Kärlet har inte tömts på tre veckor.' }).kind).toBe('klagomal');
  });

  it('copies of the authority’s correspondence in a case, or its diary, are a public records request for the registry', () => {
    const r = triage({ subject: 'Bygglovet på Tallvägen 3', body: 'Hej, jag vill ha kopior av all korrespondens mellan bygglovsenheten och min granne i ärendet, och ett diarieutdrag. Mejla gärna som pdf.' });
    expect([r.kind, r.department]).toEqual(['ansokan', 'kommunledning']);
  });

  it('an application needs no article or word "ansökan": a document, a hall for set times, a place in preschool', () => {
    expect(triage({ subject: 'Timmar', body: 'Hej, jag vikarierade på kommunens förskolor i våras och behöver intyg på timmarna till a-kassan.' }).kind).toBe('ansokan');
    expect(triage({ subject: 'Höst', body: 'Vi är en kör som gärna vill ha gymnastiksalen torsdagar kl 18-20 från september.' }).kind).toBe('ansokan');
    expect(triage({ subject: 'Flytt', body: 'Vi flyttar till kommunen i juni och behöver förskoleplats för vår dotter från augusti.' }).kind).toBe('ansokan');
    // asking how is still a question
    expect(triage({ subject: 'Flytt', body: 'Hur ansöker man om förskoleplats när man flyttar hit?' }).kind).toBe('fraga');
  });

  it("another organisation's acknowledgement is not a matter; a person who thanks and asks is", () => {
    const ack = triage({ subject: 'Re: Din förfrågan', body: 'Tack för ditt meddelande. Ditt ärende har registrerats och en handläggare kommer att kontakta dig inom tre arbetsdagar.' });
    expect(ack.kind).toBe('ej_arende');
    const person = triage({ subject: 'Re: Din förfrågan', body: 'Tack för ditt meddelande. Ditt ärende har registrerats säger ni, men när får jag svar på min fråga om bygglovet?' });
    expect(person.kind).not.toBe('ej_arende');
  });

  it('a short thanks that names whom it thanks is praise; a bare thanks closing an e-mail conversation is not a matter', () => {
    expect(triage(sms('Tack till fritids!')).kind).toBe('berom');
    expect(triage({ subject: 'SV: Din fråga om bygglov', body: 'Tack!' }).kind).toBe('ej_arende');
    // by SMS too a bare thanks only closes the exchange (six independent writers labelled it so, as SPEC §1 does);
    // a thanks by SMS that says for what, or more than a receipt ("Tack så mycket!"), keeps a deadline (below)
    expect(triage(sms('Tack!')).kind).toBe('ej_arende');
  });

  it('how someone was treated is a complaint, not a fault, whatever the subject says', () => {
    expect(triage({ subject: 'Felanmälan', body: 'Jag blev otrevligt bemött i telefon när jag ringde om min faktura.' }).kind).toBe('klagomal');
    expect(triage({ subject: 'Felanmälan', body: 'Gatlyktan utanför Tallvägen 3 är trasig sedan i fredags.' }).kind).toBe('felanmalan');
  });

  it('proposing a time to meet is arranging a meeting, not a suggestion to the municipality', () => {
    expect(triage({ subject: 'Möte', body: 'Tack för samtalet. Jag föreslår att vi ses på torsdag kl 10, annars får du gärna föreslå en annan tid.' }).kind).not.toBe('forslag');
    expect(triage({ subject: 'Idé', body: 'Jag föreslår att kommunen sätter upp fler bänkar längs strandpromenaden.' }).kind).toBe('forslag');
  });

  it('a caller asking for an elected official to call back writes to the politician', () => {
    const r = triage({ subject: 'Röstmeddelande från 0701740600 (00:40)', body: 'hej det är Karl jag vill att kommunalrådet Anna Berg ringer mig om nedläggningen av biblioteket' });
    expect([r.kind, r.department]).toEqual(['fortroendevald', 'kommunledning']);
  });

  it('a service asked for a relative who wants it is an application; a relative asking what they need after asking is too', () => {
    const home = triage({ subject: 'Telefonmeddelande: Lars Ek om sin pappa', body: 'Samtal kl 10.05. Lars Ek ringer för sin pappa Gösta, 91 år, som kommer hem från sjukhuset på måndag. Lars vill att pappan ska få hemtjänst två gånger om dagen. Gösta vill själv.' });
    expect([home.kind, home.department]).toEqual(['ansokan', 'socialtjanst']);
    const alarm = triage({ subject: 'Larm till mamma', body: 'Min mamma har ramlat två gånger i vinter och nu måste hon ha ett trygghetslarm. Hon vill det själv. Vad behöver ni från oss?' });
    expect(alarm.kind).toBe('ansokan');
    // a relative who complains that it never came is not applying
    expect(triage({ subject: 'Hemtjänst', body: 'Jag ville att mamma skulle få hemtjänst, men varför har ingen kommit? Jag är mycket missnöjd.' }).kind).not.toBe('ansokan');
  });

  it('a job application goes to HR whatever workplace it names; a CV with a grant application does not; thinking of applying is a question', () => {
    const job = triage({ subject: 'Undersköterska natt på Solgården', body: 'Hej! Jag såg er annons på Platsbanken om undersköterska natt på Solgården. Jag har jobbat sex år på ett korttidsboende med demensvård och palliativ vård. Bifogar mitt CV och betyg.' });
    expect([job.kind, job.department]).toEqual(['ansokan', 'kommunledning']);
    const grant = triage({ subject: 'Kulturstipendium 2027', body: 'Jag söker kulturstipendiet för ett projekt om textilkonst som ska visas på biblioteket. Bifogat: CV, arbetsprover och budget.' });
    expect(grant.department).toBe('kultur_fritid');
    const thinking = triage({ subject: 'Fråga om tjänsten', body: 'Hej! Jag funderar på att söka jobbet som socialsekreterare. Vad är lönespannet och går det att jobba hemifrån?' });
    expect([thinking.kind, thinking.department]).toEqual(['fraga', 'kommunledning']);
  });

  it('"ska ersätta den gamla spisen" replaces; "vem ska ersätta min cykel?" claims', () => {
    expect(triage({ subject: 'Ny kamin', body: 'Jag har köpt en braskamin som ska ersätta den gamla vedspisen. Behöver jag anmäla det till kommunen?' }).kind).toBe('fraga');
    expect(triage({ subject: 'Cykeln', body: 'Er sopbil backade över min cykel vid återvinningen i går. Vem ska ersätta min cykel?' }).kind).toBe('skadeansprak');
  });

  it('a seller asking for a short meeting is no contact; an engine driven round at night is a nuisance for the environment office', () => {
    const pitch = triage({
      subject: 'Halkan förra veckan',
      body: 'Hej! Jag läste om alla halkolyckor förra veckan. Vi har en lösning med förvärmd våtsand. Har du 15 minuter nästa vecka för ett kort Teams-möte? Välj en tid som passar här: https://halkfri.example/boka\n\nVänliga hälsningar\nJonas Ekdahl\nKey Account Manager\nHalkfri Norden AB',
    });
    expect(pitch.kind).toBe('ej_arende');
    expect(triage({ subject: 'Skoter', body: 'Grannen kör snöskoter runt runt på åkern bakom husen varje natt. Det går inte att sova.' }).department).toBe('samhallsbyggnad');
  });

  it('a demand to sign in with BankID before a deadline is phishing, in the police\'s or the social services\' name; a resident who cannot sign in is not', () => {
    const sms = triage({ subject: 'SMS från 070-174 06 99', body: 'Socialtjansten: Ditt arende om orosanmalan har uppdaterats. Logga in med BankID inom 24 h for att se beslutet, annars avslutas arendet: https://mina-arenden.example/bid' });
    expect([sms.kind, sms.department]).toEqual(['ej_arende', 'kontaktcenter']);
    const police = triage({ subject: 'Kallelse: Anmälan om brott mot barn', body: 'POLISEN. Vi informerar dig om att en anmälan har registrerats där din organisation förekommer. Du måste lämna ditt yttrande inom 48 timmar. Om ingen åtgärd vidtas överlämnas ärendet till åklagare. Identifiera dig med BankID: Ta del av kallelse (PDF)' });
    expect(police.kind).toBe('ej_arende');
    expect(triage({ subject: 'E-tjänsten', body: 'Jag försöker logga in med BankID i e-tjänsten för bygglov men det går inte. Ska jag skicka ansökan inom 24 timmar på annat sätt?' }).kind).not.toBe('ej_arende');
  });

  it('money said to be owed to the reader, to be claimed with BankID or bank details, is refund phishing; a family applying or waiting with BankID by a deadline keeps its deadline', () => {
    const refund = triage({
      subject: 'Ni har en godkänd återbetalning',
      body: 'Bästa mottagare, efter årets beräkning har ni rätt till en återbetalning på 3 950,00 SEK. Beloppet kunde inte sättas in. Bekräfta er identitet och ansök om utbetalning med BankID senast 14 maj, annars makuleras ärendet. Med vänliga hälsningar, Återbetalningsenheten',
    });
    expect(refund.kind).toBe('ej_arende');
    // families write "vi" and do not always ask with a question mark: no phishing shape, whatever the deadline
    for (const body of [
      'Vi har ansökt om försörjningsstöd med BankID men inget har hänt. Hyran måste betalas senast idag annars förlorar vi lägenheten. Barnen är 3 och 5 år.',
      'Vi har fått plats på förskolan och ska tacka ja med BankID inom 24 timmar, annars förlorar vi platsen. Men länken fungerar inte. Tacksam för hjälp. Familjen Ek',
      'Skolvalet görs med BankID och vi måste välja inom 12 dagar, annars placeras barnen på närmaste skola. Vi hittar inte formuläret.',
      'Vårt bygglovsbeslut signerades med BankID och nu står det att ärendet överlämnas till byggnadsnämnden om ingen åtgärd vidtas. Vad betyder det för oss.',
      'Hej, vi har rätt till en återbetalning av förskoleavgiften för sommaren enligt ert beslut. Vårt kontonummer är 1234-567890. Mvh Anna och Per',
      'Hej, jag har försökt ansöka om bostadsanpassning med BankID men sidan laddar aldrig klart. Kan jag skicka in ansökan på papper i stället, annars förfaller väl min tid?',
    ]) {
      expect([body, triage({ subject: 'Hjälp', body }).kind]).not.toEqual([body, 'ej_arende']);
    }
  });

  it('records asked for as "begär härmed att få ut kopior" go to the registry; a PE lesson is the school\'s', () => {
    const records = triage({ subject: 'Handlingar om min son', body: 'Socialtjänsten utredde vår son efter en anmälan. Jag begär härmed att få ut kopior av anmälan och hela utredningen.' });
    expect([records.kind, records.department]).toEqual(['ansokan', 'kommunledning']);
    const glasses = triage({ subject: 'Trasiga glasögon', body: 'Min dotter i 8A fick en innebandyboll i ansiktet på idrottslektionen och glasögonen gick sönder. Jag begär att kommunen ersätter kostnaden, 3 890 kr.' });
    expect([glasses.kind, glasses.department]).toEqual(['skadeansprak', 'utbildning']);
  });

  it("another organisation's automatic receipt of a report the contact centre made is no contact; a resident quoting one and asking is", () => {
    const receipt = triage({
      subject: '[HedeBo #58231] Vi har tagit emot din felanmälan',
      body: 'Hej! Tack för din felanmälan. Vi har registrerat ärendet med nummer 58231. Ärende: Snöröjning, Bruksgatan 9. Vi återkommer när ärendet är åtgärdat. Det här mejlet går inte att svara på. HedeBo AB',
    });
    expect([receipt.kind, receipt.department]).toEqual(['ej_arende', 'kontaktcenter']);
    const resident = triage({
      subject: 'Snöröjningen',
      body: 'Tack för din felanmälan står det, ärendenummer 58231, och att mejlet går inte att svara på. Men ingen har skottat än. När kommer ni?',
    });
    expect(resident.kind).not.toBe('ej_arende');
  });

  it('a road to plough now is a fault report; why the cycle paths are always ploughed last is a complaint', () => {
    expect(triage({ subject: 'Backvägen ej plogad', body: 'Backvägen upp till äldreboendet är inte plogad och det är blankis. Nattpersonalen kom inte upp. Hon vill att vägen plogas och sandas så snart som möjligt.' }).kind).toBe('felanmalan');
    expect(triage({ subject: 'Synpunkt', body: 'Varför plogas och sandas alltid Storgatan först medan cykelvägarna får vänta? Prioriteringen är helt fel.' }).kind).toBe('klagomal');
  });

  it('an SMS reply of a word or three that only acknowledges is no contact; a thanks that says for what is praise', () => {
    for (const body of ['Ok', 'Tack!', 'Mottaget, tack']) {
      expect({ body, kind: triage({ subject: 'SMS från 070-174 06 61', body, from: 'sms@ljungby.se' }).kind }).toEqual({ body, kind: 'ej_arende' });
    }
    expect(triage({ subject: 'SMS från 070-174 06 61', body: 'Tack för igår, superbra möte', from: 'sms@ljungby.se' }).kind).toBe('berom');
    expect(triage({ subject: 'SMS från 070-174 06 61', body: 'Tack så mycket!', from: 'sms@ljungby.se' }).kind).not.toBe('ej_arende');
    expect(triage({ subject: 'SMS från 070-174 06 61', body: 'Ok tack, när kommer de?', from: 'sms@ljungby.se' }).kind).not.toBe('ej_arende');
  });

  it('asking whether brown tap water is safe to drink is a question; a leak to repair is still a fault', () => {
    expect(triage({ subject: 'Vattnet är brunt', body: 'Hej! Sedan i morse kommer det brunt vatten ur kranen hos oss på Lillgatan. Kan man dricka det? Vad har hänt?' }).kind).toBe('fraga');
    expect(triage({ subject: 'Vattenläcka', body: 'Det läcker vatten ur en brunn på Lillgatan och det forsar ut på gatan.' }).kind).toBe('felanmalan');
  });

  it('a bill the writer cannot pay after losing the job is for social services', () => {
    expect(triage({ subject: 'elräkning', body: 'Hej, jag har förlorat jobbet och elräkningen är 4800 kr i januari. Kan kommunen hjälpa till? Vad ska jag göra?' }).department).toBe('socialtjanst');
  });

  it('a contract or invoices asked for with "ta del av" are a request for public records', () => {
    const records = triage({ subject: 'Avtal vinterväghållning', body: 'Hej, jag skulle vilja få ta del av det avtal kommunen har med entreprenören som sköter vinterväghållningen, samt fakturorna för december.' });
    expect([records.kind, records.department]).toEqual(['ansokan', 'kommunledning']);
  });

  it('a politician asked about their own motion is written to; "ingenstans att va" is no water; a lost paper is no lost property', () => {
    expect(triage({ subject: 'Enskilda vägar', body: 'Hej Per-Erik! Din motion om bidrag till plogning av enskilda vägar ska upp i fullmäktige. Vad kan vi göra för att påverka de andra partierna?' }).kind).toBe('fortroendevald');
    expect(triage({ subject: 'Fritidsgården', body: 'Varför stänger fritidsgården redan kl 21 nu? Ungdomarna har ingenstans att va.' }).department).toBe('kultur_fritid');
    const bus = triage({ subject: 'Skolskjuts', body: 'Jag har tappat bort lappen med skolskjutsens nya tider. Går bussen från Gruvbäcken halv åtta som innan jul?' });
    expect(bus.department).toBe('utbildning');
    // a lost thing in a public place is still lost property
    expect(triage({ subject: 'Borttappad', body: 'Jag tappade bort min plånbok i simhallen i går. Har någon lämnat in den?' }).department).toBe('kontaktcenter');
  });

  it('"måste man ansöka?" asks whether to apply; leave from school asked for one\'s children is applied for, at the school', () => {
    expect(triage({ subject: 'Modersmål', body: 'Kan vår dotter få modersmålsundervisning i somaliska, och måste man ansöka om det?' }).kind).toBe('fraga');
    const leave = triage({ subject: 'Ledighet', body: 'Hej, jag ber om ledighet för våra barn Sara och Ali 3–7 maj, vi ska på släktbröllop i Turkiet.' });
    expect([leave.kind, leave.department]).toEqual(['ansokan', 'utbildning']);
  });

  it('a school is known by its name, but not a school of culture, sport or driving', () => {
    expect(triage({ subject: 'Fråga', body: 'Vilken tid slutar lågstadiet på Björkängsskolan på fredagar?' }).department).toBe('utbildning');
    expect(triage({ subject: 'Fråga', body: 'När börjar terminen på Kulturskolan?' }).department).not.toBe('utbildning');
  });

  it('copies of a board\'s minutes are a records request; a waste subscription shared or changed is an application', () => {
    const minutes = triage({ subject: 'Protokoll', body: 'Hej, kan jag få kopior av byggnadsnämndens protokoll från oktober och november?' });
    expect([minutes.kind, minutes.department]).toEqual(['ansokan', 'kommunledning']);
    const bins = triage({ subject: 'Sopor', body: 'Vi i nummer 4 och 6 vill dela på ett sopkärl från maj. Kan ni ändra abonnemangen?' });
    expect([bins.kind, bins.department]).toEqual(['ansokan', 'teknik']);
  });

  it('a ticket system\'s reply line and an automatic maintenance notice are not matters; a resident reporting a broken e-service is', () => {
    expect(triage({ subject: '[#5512] Vi har tagit emot ditt ärende', body: '##- Skriv ditt svar ovanför denna rad -## Hej! Ditt ärende har fått nummer 5512. Vill du lägga till något kan du svara på detta mejl.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Driftinformation', body: 'Planerat underhåll: bokningssystemet är inte tillgängligt söndag 02–06 och inloggning fungerar inte under tiden. Detta är ett automatiskt meddelande, det går inte att svara på detta mejl.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'E-tjänsten', body: 'Inloggningen i e-tjänsten för bygglov fungerar inte sedan i morse, jag får bara ett felmeddelande. Kan ni kolla?' }).kind).not.toBe('ej_arende');
  });

  it('a newcomer who asks what to do first, across services, is for the contact centre', () => {
    const r = triage({ subject: 'Flytt', body: 'Vi flyttar från Tammerfors till er kommun i juni med två barn. Vad ska vi göra först? Skola, folkbokföring, bostad?' });
    expect(r.department).toBe('kontaktcenter');
  });

  it('a person who tells of their family or asks how they go about it is not a newsletter, whatever words they share', () => {
    const r = triage({ subject: 'Evening classes', body: 'Hello, my husband and I moved here in June. My husband wants to learn Swedish. How do we sign up for the course, and is there a waiting list? Can he study in the evenings? We have two small children so daytime is hard for us. Thanks a lot, Maria' });
    expect(r.kind).not.toBe('ej_arende');
  });

  it('a letter to a committee\'s chair is to an elected official; a proposal asked to be registered is a proposal', () => {
    expect(triage({ subject: 'Skrivelse', body: 'Till Byggnadsnämndens ordförande. Herr ordförande! Jag vill att ni tar upp frågan om strandskyddet på nästa möte.' }).kind).toBe('fortroendevald');
    expect(triage({ subject: 'Medborgarförslag: utegym', body: 'Jag kom inte in i e-tjänsten, så jag ber er registrera detta som ett medborgarförslag: Att kommunen bygger ett utegym vid sjön.' }).kind).toBe('forslag');
  });

  it('environment and health by name, and its survey of private sewage, are planning\'s; a European route is the state\'s road', () => {
    expect(triage({ subject: 'Brev', body: 'Jag fick ett brev från miljö och hälsa om att mitt avlopp kanske inte är godkänt. Vad betyder det?' }).department).toBe('samhallsbyggnad');
    expect(triage({ subject: 'Belysning', body: 'Lamporna i påfarten till E4:an vid industriområdet är släckta sedan i söndags.' }).department).toBe('kontaktcenter');
  });

  it('a seller\'s printed campaign is not a matter; a night of machines droning from a factory is planning\'s nuisance', () => {
    expect(triage({ subject: 'Inskannad post 2026-10-01 (1 sida)', from: 'skanner@sjobacka.se', body: 'LEKPARKEN AB. Vårkampanj: 20 % på alla sandlådor vid order före 31 mars. Kontakta er säljare Lisa Ek, tel 070-174 06 40.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Buller', body: 'Det har brummat från sågverket hela natten igen, vi kan inte sova. Kan ni göra något?' }).department).toBe('samhallsbyggnad');
  });

  it('an English report of a lifted manhole cover is a fault, though the cars make a noise over it', () => {
    expect(triage({ subject: 'Manhole', body: 'The manhole cover outside number 12 is lifted and there is water bubbling up when it rains. Cars make a loud noise driving over it.' }).kind).toBe('felanmalan');
  });

  it('a code mail gives the code and says how to use it; a person who writes about a code keeps a deadline', () => {
    expect(triage({ subject: 'Din kod', body: 'Din engångskod är 482 913. Koden är giltig i 10 minuter. Dela inte koden med någon.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Ingen kod', body: 'Vi har försökt logga in i bokningen i två dagar men det kommer ingen engångskod till min telefon.' }).kind).not.toBe('ej_arende');
    // a question asked in the subject alone is a person's
    expect(triage({ subject: 'Är det ni som skickat koden?', body: 'Vi har skickat en engångskod till dig. Dela inte koden med någon.' }).kind).not.toBe('ej_arende');
  });

  it('a service ordered in everyday words is an application: an interest registered, a bin of another size, things handed out, a civil wedding', () => {
    const kindAndDept = (subject: string, body: string) => {
      const t = triage({ subject, body });
      return [t.kind, t.department];
    };
    expect(kindAndDept('Lott', 'Hej, jag vill anmäla intresse för en kolonilott vid ån.')).toEqual(['ansokan', 'kultur_fritid']);
    expect(kindAndDept('Tunna', 'Vi skulle behöva en större soptunna nu när vi är fem i familjen.')).toEqual(['ansokan', 'teknik']);
    expect(kindAndDept('Påsar', 'Kan ni skicka fler matavfallspåsar till Lindvägen 2? De tog slut.')).toEqual(['ansokan', 'teknik']);
    expect(kindAndDept('Mat', 'Mamma behöver få mat hemkörd, hon orkar inte laga mat själv längre.')).toEqual(['ansokan', 'socialtjanst']);
    expect(kindAndDept('Bröllop', 'Vi vill gifta oss borgerligt lördag 14 augusti, gärna i stadshuset.')).toEqual(['ansokan', 'kommunledning']);
    // asking how is still a question (SPEC §1)
    expect(triage({ subject: 'Tunna', body: 'Hur gör man för att få en större soptunna?' }).kind).toBe('fraga');
    // the surveyors asked to come and set out a boundary: ordered, not proposed
    expect(kindAndDept('Gräns', 'Kan ni komma och sätta ut gränspunkterna på vår tomt? Vi ska bygga ett staket.')).toEqual(['ansokan', 'samhallsbyggnad']);
  });

  it('Björkhamn’s lessons, in texts written here: a reporter is press, a politician asked to be reached is addressed, colloquial "va" is no water service', () => {
    // a reporter who asks for a comment on bathing water is the communications unit's
    expect(triage({ subject: 'Fråga', body: 'Hej, jag är reporter på Lokalbladet. Har kommunen tagit prover på badvattnet vid Näset och finns det algblomning där? Vi har deadline i dag.' }).department).toBe('kommunledning');
    // asked to pass a request to a named councillor: to an elected official, even from a school paper
    expect(triage({ subject: 'Intervju', body: 'Jag skriver en artikel för skoltidningen och vill intervjua kommunalrådet Eva Lind. Kan ni vidarebefordra det här till henne?' }).kind).toBe('fortroendevald');
    // "va" as in "var" is not VA; a fee called stingy is a complaint
    expect(triage({ subject: 'SMS från 070-1740655', body: 'förra sommaren va parkeringen gratis vid badet, nu 30 kr i timmen. snålt' })).toMatchObject({ kind: 'klagomal' });
    expect(triage({ subject: 'Vatten', body: 'Kan någon från VA komma och titta på brunnen i gatan, det bubblar upp vatten.' }).department).toBe('teknik');
    // the neighbour's mower at dawn is planning's nuisance; the municipality's own mowing is the parks'
    expect(triage({ subject: 'Gräsklippning', body: 'Grannen kör sin gräsklippare varje söndag kl 06.30, barnen vaknar.' }).department).toBe('samhallsbyggnad');
    expect(triage({ subject: 'Gräsklippning', body: 'Kommunens gräsklippare kör i parken kl 06 varje morgon utanför våra fönster, varför måste ni börja så tidigt?' }).department).toBe('teknik');
    // street lights burning all day are a fault; an invoice naming the order it bills is no order
    expect(triage({ subject: 'Belysning', body: 'Gatlyktorna på Parkvägen lyser hela dagarna sedan en vecka.' }).kind).toBe('felanmalan');
    expect(triage({ subject: 'Faktura 123', body: 'Bifogat finner ni faktura 123 avseende beställning av 40 säckar jord. Fakturanummer: 123 Förfallodatum: 2027-06-30 Att betala: 4 000 kr.' }).kind).toBe('fraga');
    // building without a permit is a complaint, a lost item a question, a contract asked to be seen a records request
    expect(triage({ subject: 'Anmälan', body: 'Vi vill anmäla olovligt byggande på grannfastigheten, en stuga byggs nära stranden.' })).toMatchObject({ kind: 'klagomal', department: 'samhallsbyggnad' });
    expect(triage({ subject: 'Mössa', body: 'Min dotter tappade sin mössa vid torget igår. Har någon lämnat in den?' })).toMatchObject({ kind: 'fraga', department: 'kontaktcenter' });
    expect(triage({ subject: 'Avtal', body: 'Jag skulle vilja se avtalet mellan kommunen och Bergets skidanläggning om marken.' })).toMatchObject({ kind: 'ansokan', department: 'kommunledning' });
    // a sentence about what happens every summer names no specific child
    expect(triage({ subject: 'Förslag: simskola', body: 'Mitt förslag är att skolorna har simundervisning i sjön. Det drunknar barn varje sommar i Sverige.' }).kind).toBe('forslag');
  });

  it('dust from a gravel pit and dead fish in a lake are nuisances for environmental supervision', () => {
    expect(triage({ subject: 'Damm', body: 'Det dammar enormt från grustaget, bilen och fönstren är täckta varje dag.' })).toMatchObject({ kind: 'klagomal', department: 'samhallsbyggnad' });
    expect(triage({ subject: 'Sjön', body: 'Det ligger döda fiskar längs stranden i viken och det luktar illa.' }).department).toBe('samhallsbyggnad');
  });
  it('Sandvika’s lessons, in texts written here: the phone queue and the front desk, beaches to clean, parking fees, youth clubs, a politician reminded, payment phishing', () => {
    // not getting through on the phone is the contact centre's, whatever the errand was
    expect(triage({ subject: 'Telefonen', body: 'Jag stod i kö i 40 minuter och sedan bröts samtalet. Jag ville bara fråga om min sophämtning. Så här kan ni inte ha det.' })).toMatchObject({ kind: 'klagomal', department: 'kontaktcenter' });
    // praise for the receptionist, in English, is the contact centre's
    expect(triage({ subject: 'Thanks', body: 'Thank you to the lady at the reception who helped us with our recycling questions and our parking permit. So kind!' })).toMatchObject({ kind: 'berom', department: 'kontaktcenter' });
    // … unless the thanks is set aside for the real errand
    expect(triage({ subject: 'Tack, men', body: 'Tack till tjejen i receptionen som var så trevlig. Men det är inte därför jag skriver: mitt bygglov för garaget har legat i åtta veckor utan besked.' }).department).toBe('samhallsbyggnad');
    // a beach to be cleaned is the park keepers', not the bathing place's booking
    expect(triage({ subject: 'Badplatsen', body: 'Badplatsen vid Norrviken är fortfarande inte städad, det ligger skräp och tång överallt.' }).department).toBe('teknik');
    // a parking fee raised is the traffic office's, whoever it hits
    expect(triage({ subject: 'Avgift', body: 'Parkeringsavgiften vid stationen har fördubblats och turisterna får parkera gratis. Orimligt.' }).department).toBe('teknik');
    // young people with nowhere to be because the youth club closes early
    expect(triage({ subject: 'Gården', body: 'Sedan jul har fritidsgården Kojan bara öppet till 18. Nu hänger ungdomarna vid macken och polisen har varit där två gånger.' }).department).toBe('kultur_fritid');
    // a councillor reminded of what they said is addressed as an elected official
    expect(triage({ subject: 'Cykelvägen', body: 'Till Eva Lind, kommunalråd. Du sa i valet att cykelvägen till Ösby skulle byggas i år. Vad hände?' })).toMatchObject({ kind: 'fortroendevald', department: 'kommunledning' });
    // "your payment failed, pay today or be cut off" is phishing; a resident's own failed payment is a question
    expect(triage({ subject: 'SMS från 070-1740699', body: 'Kommunen: Din betalning for vattenavgiften misslyckades. Undvik avstangning, betala idag via lanken.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Betalning', body: 'Min betalning för bygglovet misslyckades i dag. Vart ska jag vända mig?' }).kind).not.toBe('ej_arende');
    // drawings and a permit decision asked for in copy are a records request
    expect(triage({ subject: 'Bygglov', body: 'Jag vill få kopior på ritningarna till grannens nya garage och beslutet om bygglov.' })).toMatchObject({ kind: 'ansokan', department: 'kommunledning' });
    // containers banging at night are a nuisance for environmental supervision
    expect(triage({ subject: 'SMS från 070-1740698', body: 'dom lastar containrar i hamnen mitt i natten igen, det smäller hela tiden' }).department).toBe('samhallsbyggnad');
    // a broken thing in the school yard is the school's
    expect(triage({ subject: 'Gungan', body: 'Gungan på skolgården vid Ekbacken har gått sönder, kedjan hänger löst.' }).department).toBe('utbildning');
  });
  it('Kvarnby-Småland’s lessons, in texts written here: parcel phishing by SMS, the ski slope, a private sewage system to replace', () => {
    expect(triage({ subject: 'SMS från Bring', body: 'Bring: Ditt paket kunde inte levereras. Bekräfta adressen och betala 25 kr inom 24 h via länken.' }).kind).toBe('ej_arende');
    // a resident asking about their own parcel is not phishing
    expect(triage({ subject: 'Paket', body: 'Mitt paket från biblioteket kunde inte levereras, kan jag hämta det i receptionen?' }).kind).not.toBe('ej_arende');
    expect(triage({ subject: 'Backen', body: 'Har skidbacken öppet under sportlovet, och går det att hyra skidor och pjäxor där?' }).department).toBe('kultur_fritid');
    expect(triage({ subject: 'Avlopp', body: 'Vi har köpt ett hus med stenkista från 70-talet. Måste vi byta avloppet, och när?' }).department).toBe('samhallsbyggnad');
  });
  it('Hallsjö’s and Kvarnby-Småland’s lessons, in texts written here: a politician forwarding, a repair thanked for, rusty tap water, a boundary, a wrist alarm, holiday workshops', () => {
    // a politician passing on what a voter wrote to them: the matter decides, not the voter's words to the politician
    const forwarded = triage({
      subject: 'VB: Lampan vid skolan',
      body: 'Hej, fick detta i går, kan ni ta hand om det?\n/Sara Berg (S), kommunalråd\n\nFrån: Olle Ek\nSkickat: den 3 mars 2026\nÄmne: Lampan\n\nHej Sara, jag röstade på er så jag skriver till dig. Gatlampan vid skolan på Storgatan är trasig och det är kolsvart på morgonen.',
    });
    expect(forwarded.kind).toBe('felanmalan');
    expect(forwarded.department).toBe('teknik');
    // the fault is the past's when "har ni lagat" comes with thanks
    expect(triage({ subject: 'Tack', body: 'Jag ringde om det trasiga räcket vid bron i måndags och nu har ni lagat det redan. Tack så mycket!' }).kind).toBe('berom');
    // discoloured water in the tap is a fault, even asked about
    expect(triage({ subject: 'Vattnet', body: 'Sedan i morse är vattnet i kranen brunt hos oss och grannarna. Kan man dricka det?' }).kind).toBe('felanmalan');
    // where the boundary to the neighbour runs is the survey office's
    expect(triage({ subject: 'Staket', body: 'Vi vill sätta upp ett staket men grannen och vi är oense om var gränsen går. Kan någon mäta?' }).department).toBe('samhallsbyggnad');
    // a safety alarm named by what it is, not by its name, is asked for from social services
    expect(triage({ subject: 'Larm', body: 'Min mamma vill ha ett sånt där larm som man bär runt handleden, hon ramlade i förra veckan.' })).toMatchObject({ kind: 'ansokan', department: 'socialtjanst' });
    // a holiday workshop is leisure's; "sportlovet" alone is not
    expect(triage({ subject: 'Tack', body: 'Sportlovsverkstaden på Hyttan var jättekul, barnen vill gå igen!' }).department).toBe('kultur_fritid');
    expect(triage({ subject: 'Lov', body: 'Hur många dagar är skolan stängd under sportlovet i år?' }).department).not.toBe('kultur_fritid');
  });
  it('Hallsjö’s and Ängsby’s lessons, in texts written here: a letter’s sentence before its list, things locked in a locker, a meeting, the recycling centre’s short name, benches, a pool’s reception, a decided application thanked for, fee phishing, a cold sauna, help at meals', () => {
    // a scanned letter's "Jag begär ersättning för:" before its list is the writer's sentence, not a form label
    const letter = triage({
      subject: 'Inskannad post 2026-08-26 (1 sida)',
      from: 'skanner@sjobacka.se',
      body: 'Inskannad post från registraturen.\nOCR-text:\nJag cyklade på cykelvägen vid skolan och föll i lösgruset efter ert vägarbete. Cykeln fick ett böjt hjul.\nJag begär ersättning för:\n- ny fälg, 1 200 kr\n- trasiga byxor, 600 kr\nEva Lund',
    });
    expect(letter.kind).toBe('skadeansprak');
    // things locked in a locker are not a person locked in
    expect(triage({ subject: 'Skåpet', body: 'Jag låste in mina grejer i ett skåp i omklädningsrummet på badet och när jag kom tillbaka var plånboken borta. Ni ska ersätta den.' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'Grannen', body: 'Grannen låste in pojken på balkongen i två timmar i kylan i går kväll.' }).kind).toBe('orosanmalan');
    // a meeting ("sammanträdet") is no tree
    expect(triage({ subject: 'Protokoll', body: 'Jag är missnöjd med att protokollet från sammanträdet i mars fortfarande inte är publicerat.' }).department).not.toBe('teknik');
    // the recycling centre by its short name; a schedule for emptying bins
    expect(triage({ subject: 'Fråga', body: 'Har ÅVC öppet på lördag? Jag har ett släp med skrot.' }).department).toBe('teknik');
    expect(triage({ subject: 'när kommer nya sopkalendern för hösten??', body: '' }).department).toBe('teknik');
    // a pumptrack is leisure's, whatever it is made of; benches along a walk are the park keepers'
    expect(triage({ subject: 'Förslag', body: 'Bygg en pumptrack med asfalterad bana på grusplanen vid skolan.' }).department).toBe('kultur_fritid');
    expect(triage({ subject: 'Förslag', body: 'Det finns inga bänkar alls längs promenaden mellan hamnen och badet. Kan ni sätta upp några?' }).department).toBe('teknik');
    // the reception of the swimming pool is the pool's, not the contact centre's front desk
    expect(triage({ subject: 'Bemötande', body: 'Kvinnan i receptionen på badhuset var otrevlig mot mina barn och sa att vi fick gå hem.' }).department).toBe('kultur_fritid');
    // thanks for an application already decided is praise
    expect(triage({ subject: 'Tack', body: 'Tack till handläggaren! Vi lämnade in vår ansökan om bygglov för altanen i juni och fick beslut på två veckor.' }).kind).toBe('berom');
    // "you have an unpaid toll, pay today" is phishing; a resident's own unpaid invoice is not
    expect(triage({ subject: 'SMS från 070-1740697', body: 'Transportstyrelsen: Du har en obetald trängselskatt. Betala 89 kr idag för att undvika avgift: https://betala.example' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Faktura', body: 'Jag har en obetald faktura för barnomsorgen som jag inte förstår. Kan jag betala idag och få en ny?' }).kind).not.toBe('ej_arende');
    // a sauna gone cold is a fault, however far apart the words
    expect(triage({ subject: 'SMS från 070-1740696', body: 'bastun på herrsidan i simhallen är kall igen, tredje gången' }).kind).toBe('felanmalan');
    // no one helping a resident of a care home to eat is the care's
    expect(triage({ subject: 'Maten', body: 'Min man bor på avdelning Björken och ingen hjälper honom att äta, maten står kvar orörd.' }).department).toBe('socialtjanst');
  });
  it('Kvarnby-Småland’s other lessons, in texts written here: an invoice by its fields, thanks in advance, a school’s ski day', () => {
    // a supplier's invoice for snow clearing is the finance office's question, not the roads'
    const invoice = triage({
      subject: 'Faktura 5521',
      body: 'Hej, bifogar faktura 5521 avseende snöröjning i januari enligt avtal.\nFakturabelopp: 88 000 kr inkl. moms\nFörfallodatum: 2027-03-01\nBankgiro 123-4567\nMed vänlig hälsning, Ekonomi, Snö & Väg AB',
    });
    expect(invoice).toMatchObject({ kind: 'fraga', department: 'kommunledning' });
    // a reminder for glass replaced after vandalism is no fault to report
    expect(triage({ subject: 'Påminnelse', body: 'BETALNINGSPÅMINNELSE. Fakturanr 1187. Avser: byte av trasig glasruta efter skadegörelse, Ekskolan. Org.nr 556000-0002. Att betala 14 410 kr.' }).kind).toBe('fraga');
    // a resident asking about the bill they got is not read as an invoice by its fields
    expect(triage({ subject: 'Faktura', body: 'Jag har fått en faktura på vattnet med förfallodatum i morgon men beloppet är dubbelt. Bankgiro står fel också. Varför?' }).rules).not.toContain('avd.kl.fakturafalt');
    // gratitude asked for in advance is no praise
    expect(triage({ subject: 'Moving', body: 'Hello, we move to the municipality in April. Where do we register our children for school? I would be grateful for any pointers.' }).kind).toBe('fraga');
    // teachers thanked for the class's ski day are the school's
    expect(triage({ subject: 'Tack', body: 'Tack till lärarna som ordnade skiddagen i backen för sexorna och hade lånepjäxor till alla!' }).department).toBe('utbildning');
    // a neighbour's building doubted is a nuisance for the building office
    expect(triage({ subject: 'SMS från 070-1740695', body: 'grannen bygger ett stort garage precis vid tomtgränsen har han lov för det?? det skuggar hela vår trädgård' })).toMatchObject({ kind: 'klagomal', department: 'samhallsbyggnad' });
    // "planeringen fungerar inte" in a complaint about home care is no fault to mend; a broken lamp complained of still is
    expect(triage({ subject: 'Hemtjänsten', body: 'Jag vill klaga på hemtjänsten hos min pappa. Personalen är snäll men planeringen fungerar inte, de kommer när som helst.' }).kind).toBe('klagomal');
    expect(triage({ subject: 'Lampan', body: 'Jag vill klaga på gatlampan på Storgatan, den är trasig och det är mörkt.' }).kind).toBe('felanmalan');
    // a mail client's notice that the body could not be shown is no text: unread, and the contact keeps its deadline
    const winmail = triage({ subject: 'Fråga', body: '[Det här meddelandet har skickats i ett format som inte stöds. Innehållet finns i bilagan winmail.dat och kunde inte visas.]' });
    expect(winmail.kind).not.toBe('ej_arende');
    expect(winmail.department).toBe('kontaktcenter');
    expect(winmail.uncertain).toBe(true);
  });
  it('Ekholma’s lessons, in texts written here: a full bin is no drunk parent, a newcomer’s first steps, short praise, a neighbour burning rubbish, a letter from the Tax Agency', () => {
    // "fullt" is said of a bin; "full" of a person still counts with another sign
    expect(triage({ subject: 'Sophämtning', body: 'Kärlet är fullt efter fem dagar och säckarna i garaget luktar. Vi är fem med tre barn, en i blöjor. Det är inte rimligt.' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'Grannen', body: 'Pappan i lägenheten bredvid var full igen i natt och barnen grät hela kvällen.' }).kind).toBe('orosanmalan');
    // a newcomer asking where to begin is the contact centre's, whatever services the questions name
    expect(triage({ subject: 'Moving', body: 'We are moving to the town in November with two children. Where do we begin with preschool, school and the waste bins? Is there one place that explains everything?' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'SMS från 070-1740694', body: 'Tack för en super simskola! Lovisa kan simma 25 m nu' }).kind).toBe('berom');
    expect(triage({ subject: 'Rök', body: 'Grannen eldar trädgårdsavfall och plast i en tunna varje helg och hela kvarteret luktar rök.' }).department).toBe('samhallsbyggnad');
    expect(triage({ subject: 'Blankett', body: 'Jag har fått ett brev från Skatteverket om min mammas flytt till äldreboendet och förstår inte blanketten. Vem kan hjälpa mig?' }).department).toBe('kontaktcenter');
  });
  it('Kroksta’s lessons, in texts written here: foreign out-of-office subjects, another authority’s receipt, the e-service’s own name, money back demanded, reception thanks at a sports hall, bins overflowing', () => {
    // a German, French or Dutch out-of-office reply, by its mail program's subject
    expect(triage({ subject: 'Abwesenheitsnotiz: Ihre Anfrage', body: 'Ich bin bis 12. April nicht im Büro. Ihre Nachricht wird nicht weitergeleitet.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Réponse automatique : Facture', body: 'Je suis absente jusqu’au 3 mai.' }).kind).toBe('ej_arende');
    // another authority's automatic receipt of what the municipality sent in
    expect(
      triage({
        subject: 'Kvittens på inlämning',
        from: 'noreply@lansstyrelsen.example',
        body: 'Länsstyrelsen har tagit emot följande inlämning: Ansökan om tillstånd för vattenverksamhet. Avsändare: kommunen. Detta meddelande har skapats automatiskt och kan inte besvaras.',
      }).kind,
    ).toBe('ej_arende');
    // a resident who asks whether the county board has received it keeps the deadline
    expect(triage({ subject: 'Länsstyrelsen', body: 'Har ni fått kvittens på att Länsstyrelsen har tagit emot vår ansökan om strandskyddsdispens? Vi har inte hört något.' }).kind).not.toBe('ej_arende');
    // the e-service's name in its wrapper ("Synpunkter och klagomål") is no complaint
    expect(
      triage({
        subject: 'E-tjänst: Synpunkt',
        from: 'no-reply@ljungby.se',
        replyTo: ['a@example.com'],
        body: 'Ett ärende har lämnats in via Mina sidor (e-tjänst: Synpunkter och klagomål).\nDin synpunkt: Det behövs en bänk vid busshållplatsen på Storgatan, många äldre väntar där.',
      }).kind,
    ).not.toBe('klagomal');
    // money back demanded is a claim; asking whether a fee is refunded is a question
    expect(triage({ subject: 'Simkort', body: 'Badhuset var stängt i tre veckor. Vi begär att få tillbaka 400 kr för de veckor vi inte kunde använda kortet.' }).kind).toBe('skadeansprak');
    expect(triage({ subject: 'Avbokning', body: 'Får man tillbaka avgiften om man avbokar lokalen en vecka innan?' }).kind).not.toBe('skadeansprak');
    // thanks to the reception of a sports hall are the hall's; a letter handed in at the reception is about what it says
    expect(triage({ subject: 'Tack', body: 'Stort tack till tjejen i receptionen på Sjöhallen som hittade min dotters väska i omklädningsrummet!' }).department).toBe('kultur_fritid');
    expect(triage({ subject: 'Skannad post', body: 'Lämnat i receptionen. TACK till all personal i hemtjänsten för omsorgen om vår pappa i vinter.' }).department).toBe('socialtjanst');
    // bins overflowing, in English, are a fault for the street and park keepers
    expect(triage({ subject: 'Voicemail', body: 'hi the bins at the picnic area by the lake are overflowing can someone come and empty them' })).toMatchObject({ kind: 'felanmalan', department: 'teknik' });
  });
});

describe('Rämnäs (session 13): whose service it is, and words that only look like a department', () => {
  it('"va ska vi göra" is "what shall we do", not the water service', () => {
    expect(triage({ subject: 'SMS', body: 'varför e fritidsgården stängd på lördagar nu?? va ska vi göra då, va kommer hända med alla' }).department).not.toBe('teknik');
  });
  it("a driving licence or a passport is the state's: the contact centre refers it on, whatever the form's category says", () => {
    const form = (text: string) => ({ subject: 'Webbformulär: Kontakta oss', from: 'no-reply@ljungby.se', replyTo: ['kim@example.com'], body: `Ämne:\nTrafik och gator\n\nDitt meddelande:\n${text}` });
    expect(triage(form('mitt körkort har gått ut, kan jag förnya körkortet hos er i kommunhuset?')).department).toBe('kontaktcenter');
    // a licence named in a job application or a claim is no such question
    expect(triage({ subject: 'Ansökan sommarjobb hemtjänsten', body: 'Jag söker sommarjobb i hemtjänsten. Jag har körkort B och kan jobba helger.' }).department).not.toBe('kontaktcenter');
  });
  it('thanks for a repair already done stays praise, however the fault is told ("kedjan hade lossnat")', () => {
    expect(triage({ subject: 'Tack', body: 'Jag anmälde att rutschkanan i Stadsparken var trasig (en skruv hade lossnat och plåten stack ut) och två dagar senare var den redan lagad. Snabbt jobbat, tack!' }).kind).toBe('berom');
  });
  it("neighbours' names under a scanned letter of complaint are a petition, not an applicant's signature", () => {
    const letter = (extra: string) =>
      triage({ subject: 'Inskannad post', from: 'skanner@ljungby.se', body: `Till kommunen\nVi vill att ni flyttar containrarna vid Lärkvägen, de står i vägen och luktar. Kopia till bygglovsenheten.\n${extra}` }).kind;
    expect(letter('--- sida 2 ---\n(namnlista, 9 namnteckningar från grannarna)')).not.toBe('ansokan');
  });
  it("noise from the municipality's own refuse lorry or crew is a complaint about that service, not a nuisance it supervises", () => {
    expect(triage({ subject: 'Störning på morgonen', body: 'Sopbilen kommer kl 05.30 och backar med pip som väcker hela huset, kärlen smäller och den kör upp på gräsmattorna.' }).department).toBe('teknik');
    // a neighbour's party in the night is still the nuisance the municipality supervises
    expect(triage({ subject: 'Störande grannar', body: 'Grannarna har fest med hög musik varje helg till kl 03, vi kan inte sova.' }).department).toBe('samhallsbyggnad');
  });
  it("a restaurant's fan humming into the bedrooms till midnight is a nuisance for the environmental health office", () => {
    const form = { subject: 'E-tjänst: Synpunkt - Klagomål', from: 'no-reply@ljungby.se', replyTo: ['lo@example.com'] };
    const body = 'Typ av synpunkt | Klagomål\nOmråde | Gator, trafik och parkering\nDin synpunkt | Kebabstället har satt upp en ny fläkt mot vår innergård. Den brummar till midnatt och hörs in i sovrummen. Kan kommunen mäta?';
    expect(triage({ ...form, body }).department).toBe('samhallsbyggnad');
  });
  it('children running and shouting in the flat above until after ten, by SMS, is a neighbour nuisance (Yttervik)', () => {
    expect(triage({ subject: 'SMS', body: 'ungarna i lgh ovanför springer o skriker till efter 22 varje dag, föräldrarna bryr sig inte. kan kommunen göra nåt' }).department).toBe('samhallsbyggnad');
  });
  it('school staff who want to consult social services without naming the pupil ask social services', () => {
    expect(triage({ subject: 'Samtal', body: 'Kuratorn på Lövskolan vill konsultera socialtjänsten om en elev, utan namn, för att bedöma om skolan ska göra en anmälan eller inte. Ring henne efter 13.' }).department).toBe('socialtjanst');
  });
});

describe('the department a request names, and words that only look like it (seventeenth session, Bergsnäs and Fagerlund, with an independent review)', () => {
  const dept = (body: string, subject = 'Hej') => triage({ subject, body }).department;
  it('a plan and its consultation are the planners\' whatever they are about; consulting someone is not a plan', () => {
    expect(dept('hej jag såg i tidningen att ni ska bygga hus vid badplatsen de här detaljplan grejen vad innebär de ska badet försvinna å bryggan')).toBe('samhallsbyggnad');
    expect(dept('Vad innebär samrådet om planen för Badviken, och när är sista dagen att lämna synpunkter?')).toBe('samhallsbyggnad');
    expect(dept('Hej. I samråd med mamma vill jag ändra tiderna för hemtjänsten till förmiddagar. Kan ni ringa mig?')).toBe('socialtjanst');
    expect(dept('Hej, vi har i samråd med förskolan bestämt att Elsa ska sluta i juni.')).toBe('utbildning');
  });
  it('school transport is the school\'s, a fault at its stop the streets\'', () => {
    expect(dept('För tredje gången gick skolskjutsen från vändplanen före utsatt tid och min son stod kvar i mörkret vid hållplatsen. Jag fick köra honom på väg till jobbet.')).toBe('utbildning');
    expect(dept('Gatlampan vid hållplatsen där skolbussen stannar är trasig, det är becksvart på morgonen.')).toBe('teknik');
  });
  it('asking whether one may burn one\'s own brush is environmental supervision\'s; not wanting to burn it is a waste question', () => {
    expect(dept('Vi har röjt tomten och har en stor hög med ris och grenar. Får vi elda upp riset på tomten på lördag?', 'Trädgårdsavfall')).toBe('samhallsbyggnad');
    expect(dept('Var kan jag lämna trädgårdsavfall och grenar? Vi har inget släp.')).toBe('teknik');
  });
  it('help asked of social services names the department over the school around it', () => {
    expect(dept('I study SFI at Lärcentrum in the morning group and my teacher told me to write. My husband lost his job and we cannot pay the rent. Is it possible to get help from the kommun for the rent and for food?')).toBe('socialtjanst');
  });
  it('a letter asked to go to a politician and not to an officer is to the politician; the same words about a road association or a complaint are not', () => {
    expect(triage({ subject: 'Förskola och skola', body: 'Jag vill att detta går direkt till barn- och utbildningsnämndens ordförande Anders Holmqvist och inte till någon tjänsteman. Särskolegruppen flyttas utan att vi fått yttra oss.' }).kind).toBe('fortroendevald');
    expect(triage({ subject: 'Bygglov', body: 'Min kritik är inte till någon tjänsteman personligen, utan till hur bygglov hanteras.' }).kind).not.toBe('fortroendevald');
    expect(triage({ subject: 'Bidrag', body: 'Bidraget ska betalas direkt till ordföranden i föreningen, inte till kassören.' }).kind).not.toBe('fortroendevald');
  });
  it('"Jag skriver till er" is how anyone writes to the municipality, not a letter to politicians', () => {
    expect(triage({ subject: 'Duschen i Bruksha llen', body: 'Jag skriver till er på VA eftersom det gäller vatten: duscharna i herrarnas omklädningsrum i Brukshallen har bara kallvatten sedan i måndags.' }).kind).toBe('felanmalan');
    expect(triage({ subject: 'Till politikerna', body: 'Jag skriver till er politiker för att ni ska rösta nej till nedläggningen av biblioteket.' }).kind).toBe('fortroendevald');
  });

  it('a person who stayed behind is no machine that stopped', () => {
    expect(triage({ subject: 'Tack till läraren', body: 'Hon vill tacka läraren Maja som har stannat kvar efter skolan två eftermiddagar i veckan och läst med Hugo.' }).kind).toBe('berom');
    expect(triage({ subject: 'Fontänen', body: 'Fontänen på torget har stannat.' }).kind).toBe('felanmalan');
  });
});

// The twenty-eighth session's tuning inboxes (Orrnäs, Kvistby; tests/fixtures/triage), told in new words.
describe('what the Orrnäs and Kvistby inboxes showed', () => {
  it("a system's receipt of what the mailbox itself applied for or booked is no contact; a resident telling of one is", () => {
    // [subject, sender, body]: a receipt of the mailbox's own application; a booking system's confirmation; an authority
    // that has received what the mailbox sent, in its own words; a service desk saying it is automatic under its greeting
    const receipts: [string, string, string][] = [
      ['Mottagningskvitto - Ansökan om bidrag 2027 (Dnr 4.1-2027:118)', 'noreply@bidrag.myndigheten.example',
        'Mottagningskvitto\nEr ansökan har kommit in till Myndigheten.\nSökande: Kommunen, Barn- och utbildningsförvaltningen\nDiarienummer: 4.1-2027:118\nDetta kvitto skickas automatiskt och går inte att besvara.'],
      ['Bokningsbekräftelse B-2027-00418 - Sporthallen, hall A', 'noreply@boka.kommun.example',
        'Hej!\nTack för din bokning. Här är din bekräftelse.\nAvbokning ska göras senast 48 timmar före bokad tid.\nDetta meddelande skickas från bokningssystemet och går inte att svara på.'],
      ['Mottagningsbekräftelse – ansökan om naturvårdsbidrag', 'noreply@etjanst.lansstyrelsen.example',
        'Länsstyrelsen har tagit emot er ansökan om bidrag till lokala naturvårdsprojekt.\nSökande: Kommunen\nDiarienummer: 511-2291-2025\nDetta e-postmeddelande har skickats automatiskt från Länsstyrelsens e-tjänst.'],
      ['Kvittens – arbetsgivardeklaration period 202501 mottagen', 'noreply@skatteverket.example',
        'Skatteverket har tagit emot arbetsgivardeklarationen.\nArbetsgivare: Kommunen\nKvittensnummer: 7741 2290 1184\nSpara kvittensen. Meddelandet kan inte besvaras.'],
      ['Tack för din felanmälan – ärende 55-20911', 'kundservice@elnat.example',
        'Hej,\nTack för din felanmälan. Vi har registrerat ärendet.\nÄrendenummer: 55-20911\nFel: Belysningscentral utan spänning\nVi åtgärdar normalt fel inom 5 arbetsdagar.\nMed vänlig hälsning\nKundservice Elnät\nDetta är ett automatiskt svar.'],
    ];
    for (const [subject, from, body] of receipts) {
      const r = triage({ subject, from, body });
      expect({ subject, got: [r.kind, r.department] }).toEqual({ subject, got: ['ej_arende', 'kontaktcenter'] });
    }
    // residents who write of a receipt they got, paste it or forward it keep the deadline (the code review's texts)
    const residents: [string, string][] = [
      ['Min ansökan', 'Hej! Min ansökan har kommit in enligt kvittot, men när får jag besked? Det har gått sex veckor.'],
      ['Felanmälan gatlampa', 'Min anmälan har registrerats och bekräftelsen går inte att besvara. Vill bara lägga till att det är lampan vid busshållplatsen på Storgatan.'],
      ['Gatlampa Storgatan', 'Tack för din felanmälan stod det, ärendenummer 4455. Kvittot går inte att besvara. Lampan lyser fortfarande inte.'],
      ['Komplettering bygglov', 'Har skickat in bygglovsansökan och fått ett mottagningskvitto. Kvittot går inte att besvara, så jag skickar kompletteringen hit. Bifogar fasadritningen.'],
      ['Parkeringsbot', 'Jag betalade parkeringen i appen men fick ändå en bot. Kvittot skickas automatiskt och betalningen har registrerats. Jag bestrider boten.'],
      ['Avbokning simhallen', 'Tack för din bokning, bokningsnummer 5521. Bekräftelsen går inte att besvara, så jag avbokar här i stället.'],
      ['Bygglov Åsen 1:4', 'Min ansökan har tagits emot. Men handläggaren säger att frågan om strandskydd är komplicerad och går inte att besvara förrän i januari.'],
      ['Deklarationen', 'Hej, Skatteverket har tagit emot min deklaration men jag har inte fått något besked om återbetalningen. Meddelandet kan inte besvaras, stod det, så jag skriver till er.'],
      ['VB: Mottagningsbekräftelse', 'Hej, se nedan. Det här var för tre veckor sedan och jag har inte hört något. Tacksam för besked.\n\nMottagningsbekräftelse\nDin ansökan har kommit in. Detta meddelande skickas automatiskt och kan inte besvaras.'],
    ];
    for (const [subject, body] of residents) expect({ subject, kind: triage({ subject, body }).kind }).not.toEqual({ subject, kind: 'ej_arende' });
  });

  it("a subject addressed to a committee's chair or member is to a politician; a club's chair is not", () => {
    const body = 'Hej Lena! Jag tycker att dagkortet i backen har blivit för dyrt. Hur resonerade ni när ni beslutade om taxan?';
    expect(triage({ subject: 'Till Lena Strand, ordförande i kultur- och fritidsnämnden - priserna i backen', body }).kind).toBe('fortroendevald');
    expect(triage({ subject: 'Till Per Ek, ledamot i socialnämnden', body: 'Hej Per, jag vill berätta hur det är att vänta på färdtjänst.' }).kind).toBe('fortroendevald');
    expect(triage({ subject: 'Till Per Ek, ordförande i vägföreningen - gropar', body: 'Hej, gropen vid infarten har blivit djupare. Kan kommunen titta på den?' }).kind).not.toBe('fortroendevald');
    // (a subject that names a chair as the sender, or as whom a complaint is about, is not addressed to a politician: the code review's texts)
    for (const subject of [
      'Ordförande i Ljungby IF – ansökan om föreningsbidrag till kultur- och fritidsnämnden',
      'Medborgarförslag till kommunfullmäktige från ordförande i PRO Ljungby',
      'Skrivelse till kultur- och fritidsnämnden från ordförande i Ljungby Konstförening',
      'Från ordförande i hembygdsföreningen: överklagande av kommunstyrelsens beslut',
      'Klagomål på ordförande i socialnämnden',
    ]) {
      expect({ subject, kind: triage({ subject, body: 'Hej, se bifogad skrivelse. Vi ber om besked före sommaren.' }).kind }).not.toEqual({ subject, kind: 'fortroendevald' });
    }
  });

  it("a preschool's day told without the word preschool (drop-off, a placement offer) is education's", () => {
    expect(triage({ subject: 'SMS från 070-174 06 56', body: 'Vill bara tacka personalen på Myrstacken för den här veckan. Alva har äntligen slutat gråta vid lämningen. Ni är guld!' }).department).toBe('utbildning');
    // (a relic in the ground is no drop-off)
    expect(triage({ subject: 'Fornlämningen vid sjön', body: 'Fornlämningen vid sjön har fått en ny skylt, men stigen dit är igenvuxen.' }).department).not.toBe('utbildning');
    // (nor is handing in keys or bulky waste)
    expect(triage({ subject: 'Nycklar till föreningslokalen', body: 'Hej, vid lämning av nycklarna till föreningslokalen i Folkets hus, var ska vi lägga dem?' }).department).not.toBe('utbildning');
    expect(triage({ subject: 'Grovsopor', body: 'Lämningen av grovsopor på återvinningscentralen tog en timme i kö i lördags.' }).department).not.toBe('utbildning');
  });
});

describe('what the Häggvik inbox showed (twenty-ninth session)', () => {
  it('copies of every document in a case are a request for public records', () => {
    const t = triage({ subject: 'Handlingar', body: 'Hej. Jag vill ha kopior av alla handlingar i bygglovsärendet för grannens garage. Skicka som pdf. /Per-Olof' });
    expect([t.kind, t.department]).toEqual(['ansokan', 'kommunledning']);
    // (copies the writer sent or handed over are no request: the code review's texts)
    const sent = triage({
      subject: 'Bygglov för altanen',
      body: 'Jag har redan skickat in kopior av alla handlingar till er två gånger och ingen har hört av sig om min bygglovsansökan för altanen på Ekvägen 7. Det är inte acceptabelt att det ska ta tre månader.',
    });
    expect(sent.department).toBe('samhallsbyggnad');
    const school = triage({ subject: 'Stöd i klassrummet', body: 'Jag har lämnat kopior av alla handlingar till skolan om min sons diagnos, men han får ändå inget stöd i klassrummet. Vad gör ni?' });
    expect(school.department).toBe('utbildning');
  });

  it("snow in English is the roads' matter, not a tourist's snowsuits or snowboard", () => {
    const tourist = 'Hi! We are a family coming for a week. Is there anywhere to rent snowsuits for the children, and a snowboard for me? Thanks, Sanne';
    expect(triage({ subject: 'Visiting in December', body: tourist }).department).not.toBe('teknik');
    expect(triage({ subject: 'Our street', body: 'Hello, our street has not been cleared of snow for three days and the bus cannot get through. Please send the plough.' }).department).toBe('teknik');
    expect(triage({ subject: 'Birch Lane', body: 'There was a snowstorm last night and our street (Birch Lane) still has not been cleared. My elderly mother cannot get to the bus stop.' }).department).toBe('teknik');
  });
});

describe('who writes about the press (thirtieth session)', () => {
  // SPEC §1: a press enquiry is the executive office's whatever its topic; a resident who names the press is not one
  it('a resident who has talked to a journalist, will go to the paper or has a journalist in the family is routed by the matter', () => {
    const snow = triage({
      subject: 'Snöröjningen på Björkvägen',
      body: 'Hej! Det har inte plogats på Björkvägen på fyra dagar. Jag har pratat med en journalist på Smålänningen om snöröjningen och han tänker skriva om det.\nMvh Kent',
    });
    expect(snow.department).toBe('teknik');
    const permit = triage({ subject: 'Bygglov granne', body: 'Hej, grannen bygger ett garage utan bygglov. Jag har kontaktat redaktionen på Ljungby-Posten också. Vad tänker ni göra?\n/Sven' });
    expect(permit.department).toBe('samhallsbyggnad');
    const daughter = triage({
      subject: 'Skolskjutsen',
      body: 'Min dotter är journalist och säger att ni bryter mot lagen. Skolskjutsen till Almaskolan kom inte i morse och min son stod ute i kylan i 40 minuter.\nHälsningar Eva',
    });
    expect(daughter.department).not.toBe('kommunledning');
  });

  it('a journalist writing privately about their own damage is a damage claim for the roads, not a press enquiry', () => {
    const t = triage({ subject: 'Däck sönder', body: 'Jag är reporter på P4 men skriver privat. Jag kräver ersättning för däcket som gick sönder i gropen på Storgatan i fredags. Kvitto bifogas.\nOla Berg' });
    expect([t.kind, t.department]).toEqual(['skadeansprak', 'teknik']);
  });

  it('the press shown by its outlet and what it asks for (a comment, figures for an article), not by the word journalist', () => {
    const paper = triage({ subject: 'Simhallen', body: 'Hej! Ebba på Norrlandskuriren. Vi skriver om simhallens stängning i morgondagens nummer, kan någon kommentera varför den stänger?' });
    expect([paper.kind, paper.department]).toEqual(['fraga', 'kommunledning']);
    const english = triage({ subject: 'Waste sorting', body: "Hi, I'm writing for the Nordic Times about your new waste sorting scheme. Could someone give a short comment by Friday?" });
    expect([english.kind, english.department]).toEqual(['fraga', 'kommunledning']);
    const address = triage({ subject: 'Kön till förskolan', from: 'nyheter@vastanbladet.example', body: 'Hur många barn står i kö till förskolan just nu? Behöver siffran i morgon.' });
    expect([address.kind, address.department]).toEqual(['fraga', 'kommunledning']);
    // (a resident who read the paper asks about the matter itself; a reporter's own claim, signed at work, is theirs)
    expect(triage({ subject: 'VA-taxan', body: 'Jag läste i tidningen att ni ska höja VA-taxan. Hur mycket blir det för en villa med två personer? Kan ni kommentera det?' }).department).toBe('teknik');
    const claim = triage({
      subject: 'Skada på bilen',
      body: 'Hej, kommunens sopbil backade in i min bil på uppfarten i tisdags. Jag kräver ersättning för reparationen, 8 400 kr enligt offert.\n\nMvh\nPer Ek\nSportreporter, Västanbladet',
    });
    expect([claim.kind, claim.department]).toEqual(['skadeansprak', 'teknik']);
  });

  it('a paper named by its own reporter with a request for a comment is press; a resident answering what a paper wrote is not', () => {
    const reporter = triage({
      subject: 'Biblioteket',
      body: 'Hej, Kim från Västanbladet här. Biblioteket i Bäcka ska enligt uppgift stänga på lördagar. Stämmer det? Vi vill gärna ha en kommentar från kulturchefen före fredag.',
    });
    expect(reporter.department).toBe('kommunledning');
    const pothole = triage({
      subject: 'Gropen på Storgatan',
      body: 'Hej! Västanbladet skrev i går om gropen på Storgatan, och jag körde sönder en fälg i den i morse. Kan ni kommentera varför den inte lagats? Jag vill ha ersättning.',
    });
    expect(pothole.department).toBe('teknik');
    const answer = triage({ subject: 'Snöröjningen', body: 'Svar på artikeln i Lokaltidningen: er gatuchef säger att villagatorna plogas sist. Det är inte acceptabelt, ändra prioriteringarna!' });
    expect(answer.department).toBe('teknik');
  });

  it("a press enquiry goes to the executive office however many of a department's words its topic has", () => {
    const radio = triage({
      subject: 'Skolskjutsarna',
      body: 'Hej! Vi på Radio Nordvik gör ett inslag om skolskjutsarna i Nordvik. Hur många elever åker skolskjuts till Nordviksskolan och Bäckaskolan, och vad kostar skolskjutsen för kommunen per år? Vi sänder i morgon bitti.\n/Maja Ström',
    });
    expect([radio.kind, radio.department]).toEqual(['fraga', 'kommunledning']);
    // (a school class's own paper is the pupils' school work; a paper's newsletter is no enquiry)
    const pupils = triage({ subject: 'Mangahyllan', body: 'Hej! Vi går i 6A på Bäckaskolan och gör en skoltidning. Får vi komma och intervjua någon på biblioteket om den nya mangahyllan? Hälsningar Ella och Sam' });
    expect(pupils.department).toBe('kultur_fritid');
    const newsletter = triage({
      subject: 'Morgonbrevet: fem nyheter från Nordvik',
      from: 'nyhetsbrev@nordvikstidning.example',
      body: 'God morgon! Här är dagens nyheter: 1. Skolskjutsen blir dyrare 2. Nytt bibliotek i Bäcka 3. Väder. Läs alla artiklar på webben. Du får detta nyhetsbrev eftersom du prenumererar på Nordviks Tidning. Avsluta prenumerationen här.',
    });
    expect(newsletter.kind).toBe('ej_arende');
  });

  it('a reporter asking about any topic is still a press question for the executive office', () => {
    const school = triage({
      subject: 'Fråga om skolnedläggning',
      body: 'Hej! Jag är reporter på Kustbladet och skriver om beslutet att stänga Lyckeby skola. Kan någon i ledningen kommentera varför? Vi publicerar i morgon.\nMvh Kim Ek\nReporter, Kustbladet',
    });
    expect([school.kind, school.department]).toEqual(['fraga', 'kommunledning']);
    const care = triage({ subject: 'Intervju om hemtjänsten', body: 'Hej, jag heter Lisa Nord och jobbar på Lokalnytt. Vi skulle vilja intervjua någon om hemtjänstens bemanning i julhelgen.\nLisa Nord\nJournalist' });
    expect([care.kind, care.department]).toEqual(['fraga', 'kommunledning']);
  });
});

describe('the road or the snow said not to be the matter (thirtieth session)', () => {
  it('a service blamed on the snow when the roads were ploughed answers for itself', () => {
    const t = triage({
      subject: 'Färdtjänsten',
      body: 'Hej. Färdtjänsten kom en timme för sent i tisdags och chauffören skyllde på snön, men vägarna var nyplogade hela vägen till Vallgården. Det är tredje gången i år. Jag vill att någon tar ansvar för färdtjänsten.\nMvh Inga',
    });
    expect(t.department).toBe('socialtjanst');
    const bus = triage({ subject: 'Brevlådan', body: 'Det var inte plogbilen som tog vår brevlåda, det var skolbussen som backade in i den i morse. Vi vill ha ersättning, 1 900 kr.' });
    expect(bus.department).not.toBe('teknik');
  });

  it('snow and road words around a service said not to be the fault are background', () => {
    const sms = triage({ subject: 'Färdtjänst igen', body: 'färdtjänsten kom 40 min sent idag igen. det var inte snön, det var plogat och sandat hela vägen. fjärde gången i månaden. /Elsa' });
    expect(sms.department).toBe('socialtjanst');
    // (a car road ploughed beside a footpath that is not: the footpath is the roads' matter)
    const path = triage({
      subject: 'Gångvägen till skolan',
      body: 'Varje vinter samma sak: bilvägen är plogad och sandad tidigt, men gång- och cykelvägen till Bäckaskolan är blankis till lunch. Sanda gångvägen också!',
    });
    expect(path.department).toBe('teknik');
  });

  it('a road that was not ploughed, or ice under the snow, is still the roads\' matter', () => {
    expect(triage({ subject: 'Mamma fick ingen hjälp', body: 'Vägen till mammas hus var inte plogad på hela dagen och hemtjänsten kom inte fram. Ni måste ploga Kvarnvägen!' }).department).toBe('teknik');
    expect(triage({ subject: 'Halka', body: 'Det är inte snön som är problemet utan isen under. Ingen har sandat trappan vid busshållplatsen på Torget, två personer har ramlat.' }).department).toBe('teknik');
  });
});

describe('a report of concern told inside a complaint, and the complaints it is told beside (thirty-first session)', () => {
  it('a person locked in, a wound nobody dresses, a diaper not changed, a child kept home to care for the little ones', () => {
    const locked = triage({
      subject: 'Klagomål på boendet',
      body: 'Jag vill klaga på hur min syster behandlas på gruppbostaden. I söndags var hennes dörr låst utifrån när jag kom, och hon har ett sår på armen som ingen har lagt om på en vecka. Någon måste åka dit.\nMvh Per',
    });
    expect(locked.kind).toBe('orosanmalan');
    expect(locked.department).toBe('socialtjanst');
    const baby = triage({
      subject: 'Festerna på tredje våningen',
      body: 'Det är fest varje helg hos grannarna med hög musik. I morse stod deras dörr öppen, föräldrarna sov på soffan bland flaskorna och deras lilla pojke satt på golvet med en blöja som inte var bytt sedan i går.',
    });
    expect(baby.kind).toBe('orosanmalan');
    const school = triage({
      subject: 'Skolan märker inget',
      body: 'Det är skandal. Pojken i lägenheten bredvid, han är elva, har inte gått till skolan sedan jul. Han går ut med sina småsyskon mitt på dagen och säger att han måste ta hand om de små, för pappa sover hela dagarna.',
    });
    expect(school.kind).toBe('orosanmalan');
  });

  it('a complaint about the same services told after the fact, or about a care home\'s food, is no report', () => {
    // (kilos lost are told in complaints about a care home's food as often: no harm word of its own)
    const food = triage({ subject: 'Maten på Solgården', body: 'Maten på pappas avdelning är kall och smaklös och han har gått ner fem kilo sedan i somras. Personalen säger att det är köket. Det är inte värdigt.' });
    expect(food.kind).not.toBe('orosanmalan');
    const late = triage({ subject: 'Hemtjänsten', body: 'Förra månaden kom hemtjänsten sent till mamma flera gånger. Nu fungerar det, men jag vill att ni ser över planeringen.' });
    expect(late.kind).not.toBe('orosanmalan');
  });
});

describe('the bus that did not come while children waited (thirty-first session)', () => {
  it('is the school transport, whatever road, stop or darkness it tells of', () => {
    const sms = triage({ subject: '[SMS] 070-174 06 93', body: 'Bussen till Hällby kom inte idag HELLER. 3e gången på 2 veckor. Barnen står vid vägen i mörkret i 40 min och ingen ringer. /Mamma till Ella' });
    expect(sms.department).toBe('utbildning');
  });

  it('a bus to work, a regional line or a broken shelter is not', () => {
    expect(triage({ subject: 'Buss', body: 'Bussen till stan kom inte idag heller. Jag står vid vägen i 40 min och kommer för sent till jobbet.' }).department).not.toBe('utbildning');
    expect(triage({ subject: 'Busskuren', body: 'Busskuren på Ängsvägen är trasig, glaset är krossat och barnen står i regnet när bussen inte kom.' }).department).toBe('teknik');
  });
});

describe('an absence reply that points elsewhere, and systems that say what they are (thirty-first session)', () => {
  it('an absence reply whose redirect names the matters and a number written in groups', () => {
    const reply = triage({
      subject: 'Ej på plats: SV: Skolskjuts Hällby',
      body: 'Hej! Jag är med 9B på studieresa i Berlin 25–29 oktober och läser inte e-post. Därefter är det höstlov; jag är tillbaka 8 november.\nBrådskande elevärenden: expeditionen Solängsskolan, 08-46 500 431.\nÖvriga ärenden: rektor.\n\nLinnea Holm\nLärare SO',
    });
    expect(reply.kind).toBe('ej_arende');
    // (a resident away who then tells a matter keeps the deadline)
    const resident = triage({ subject: 'Ledig', body: 'Hej! Jag är på semester till och med 8 augusti. Övriga ärenden: soptunnan på Ekvägen 4 har inte tömts på tre veckor, kan ni komma?' });
    expect(resident.kind).not.toBe('ej_arende');
  });

  it('a booking system\'s confirmation naming itself to the mailbox that booked is machine mail; a resident\'s is not', () => {
    const receipt = triage({
      subject: 'Bokningsbekräftelse 2027-88321 – Ekvallshallen A-hall',
      body: 'Bokningsbekräftelse\nBokningsnummer: 2027-88321\nAnläggning: Ekvallshallen, A-hall\nBokad av: kommun@masterby.se (ombud: Kontaktcenter)\nDetta meddelande skapades av Mästerby Boka. Det går inte att svara på detta meddelande.',
    });
    expect(receipt.kind).toBe('ej_arende');
    const mine = triage({ subject: 'Bokningsbekräftelse', body: 'Hej, jag fick en bokningsbekräftelse på fel dag, det går inte att svara på den. Kan ni flytta min bokning av A-hallen till lördag?' });
    expect(mine.kind).not.toBe('ej_arende');
  });

  it('a sports ground by its short name, not a form footer\'s IP address', () => {
    expect(triage({ subject: 'Staketet vid Vallby IP', body: 'Staketet vid Vallby IP är trasigt efter stormen.' }).department).toBe('kultur_fritid');
    const form = triage({
      subject: 'Webbformulär: Kontakta oss',
      body: 'Ämne: Socialt stöd\nMeddelande: Om man är tränare och tror att ett barn i laget inte har det bra hemma, vart vänder man sig då?\n-- Skickat via formulärmodulen. IP-adress loggas inte.',
    });
    expect(form.department).not.toBe('kultur_fritid');
  });
});

describe('what belongs to another owner: a state road, a landlord, a road association (thirty-first session)', () => {
  it('a fault on a numbered road is Trafikverket\'s, however many street words it has', () => {
    const pothole = triage({ subject: 'Stora hål på väg 593', body: 'Det är flera djupa potthål på väg 593 mellan avfarten mot Lillån och bron, ca 200 m efter busshållplatsen. Jag slog i fälgen i morse.' });
    expect(pothole.department).toBe('kontaktcenter');
    const lights = triage({ subject: 'Belysningen i rondellen', body: 'I rondellen där väg 56 och väg 272 möts är alla lyktstolpar släckta sedan helgen. Det är kolsvart där på morgonen.' });
    expect(lights.department).toBe('kontaktcenter');
  });

  it('a state road named as a landmark, or beside a municipal street or footpath, leaves the matter the town\'s', () => {
    expect(triage({ subject: 'Oplogat', body: 'Trafikverket har plogat väg 226 fint men vår gata, Skogsbrynet, som är kommunal, har inte plogats på fem dagar. Varför är vi alltid sist?' }).department).toBe('teknik');
    expect(triage({ subject: 'Mörkt i tunneln', body: 'Alla lampor i gångtunneln under väg 287 vid Norrtäppan är trasiga. Helt mörkt på morgonen.' }).department).toBe('teknik');
    expect(
      triage({ subject: 'Plogning av Lillträskvägen', body: 'Lillträskets vägförening har avtal med kommunen om snöröjning av Lillträskvägen (enskild väg från väg 1047 till vändplanen). Vi vill att kommunen fortsätter att ploga vägen.' }).department,
    ).toBe('teknik');
  });

  it('a landlord\'s lift, laundry room or stairwell is referred on; cold, mould or vermin in the flat is environmental health\'s', () => {
    expect(triage({ subject: 'Hiss trasig igen', body: 'Hissen i vårt hus på Kvarngatan 11 har varit trasig i nio dagar. Hyresvärden säger att reservdelen är beställd. Kan inte kommunen sätta press på dem?' }).department).toBe('kontaktcenter');
    expect(triage({ subject: 'Hyresvärden lagar inte värmen', body: 'Det är 15 grader i vår lägenhet sedan två veckor och hyresvärden gör ingenting. Kan kommunen hjälpa oss?' }).department).toBe('samhallsbyggnad');
  });
});

describe('reports of concern from review X2: a drunk young teenager, a small child alone on a balcony, insulin not given (thirty-first session)', () => {
  it('finds them inside a complaint about something else', () => {
    expect(
      triage({
        subject: 'Busstationen',
        body: 'Busstationen är ett helvete på fredagskvällar, glas överallt. En tjej, kanske 13 år, står där med några vuxna män. Hon är full, och i fredags satte hon sig i en bil med två av dem.',
      }).kind,
    ).toBe('orosanmalan');
    expect(
      triage({
        subject: 'Röken från balkongen',
        body: 'Grannen ovanför röker på balkongen och röken kommer in till mig. Dessutom är hans son, kanske två år, ute ensam på balkongen och klättrar på räcket. Det är sex våningar ner.',
      }).kind,
    ).toBe('orosanmalan');
    expect(
      triage({
        subject: 'Inget svar från hemtjänsten',
        body: 'Jag har mejlat enhetschefen två gånger utan svar.\n\nPS. Sedan i söndags har ingen gett mamma hennes insulin på kvällen. Hon hade högt blodsocker i går och var yr.',
      }).kind,
    ).toBe('orosanmalan');
  });

  it('a full bin and a claim for an injury without an adult watching are no report', () => {
    expect(triage({ subject: 'Containern', body: 'Containern vid lekplatsen är full igen och barnen klättrar på den.' }).kind).not.toBe('orosanmalan');
    expect(
      triage({
        subject: 'Krav på ersättning',
        body: 'Vår son föll från klätterväggen på klassresan. Ingen vuxen stod vid väggen och han slog av en framtand. Vi kräver att kommunen ersätter våra kostnader för tandläkaren.',
      }).kind,
    ).toBe('skadeansprak');
  });
});

describe('a system subject written with its own letters, an eviction told in its steps, a booking system thanking for a booking (thirty-second session)', () => {
  it('a resident whose subject begins "Låst" keeps the deadline (folding made "Låst" and a read receipt\'s "Läst:" one word)', () => {
    expect(triage({ subject: 'Låst grind vid skolan', body: 'Grinden är låst och barnen kommer inte in.' }).kind).not.toBe('ej_arende');
    expect(triage({ subject: 'Låst idrottshall', body: 'Hallen var låst i tisdags när vi kom, 25 barn stod ute i regnet. Vi vill ha pengarna tillbaka.' }).kind).not.toBe('ej_arende');
    // … nor one whose subject begins "Läst" without a system's colon
    expect(triage({ subject: 'Läst igenom planförslaget för Norra Ängsvägen', body: 'Hej! Jag har läst igenom samrådshandlingen. Jag tycker inte att ni ska bygga fyra våningar mot Ängsvägen.' }).kind).not.toBe('ej_arende');
    // … and a read receipt is still one, also from a system that drops the letters
    expect(triage({ subject: 'Läst: Möte om bygglov', body: 'Ditt meddelande till Anna lästes 2027-03-01 10:14.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'Last: Fraga om bygglov', body: 'Your message was read on 13 November 2026 08:02.' }).kind).toBe('ej_arende');
    expect(triage({ subject: 'LÄST: Möte', body: 'Ditt meddelande har lästs.' }).kind).toBe('ej_arende');
  });
  it('a family whose landlord has ended the contract, with the bailiff\'s papers, asks social services', () => {
    const r = triage({
      subject: 'hjälp med bostad',
      body: 'Vretgården har sagt upp mitt kontrakt för att jag var sen med hyran, jag har fått papper från kronofogden att vi måste flytta ut 31 januari. Var ska vi bo? Kan kommunen hjälpa med hyran?',
    });
    expect(r.department).toBe('socialtjanst');
  });
  it('a booking system\'s "Tack för din bokning!" that cannot be answered is machine mail; a resident quoting it is not', () => {
    expect(
      triage({
        subject: 'Bokningsbekräftelse 27-00412 – Furulund A-hall',
        body: 'Tack för din bokning!\nBokningsnummer 27-00412\nAnläggning Furulund, A-hallen\nBokad av Kontaktcenter för Sjöviks IF\nDetta mejl skickas från FriBok och går inte att svara på.',
      }).kind,
    ).toBe('ej_arende');
    expect(triage({ subject: 'Fel datum', body: 'Hej! Jag fick ett mejl "Tack för din bokning" för Folkets park den 14 juni, men jag bokade den 21 juni. Kan ni ändra? Mvh Lena' }).kind).not.toBe('ej_arende');
  });
});

describe('a web form set out in columns, and the young writing of harm to themselves (thirty-third session, review AB)', () => {
  const plainForm = (type: string, rows: [string, string][]) => ({
    subject: `E-tjänst: ${type}`,
    from: 'no-reply@etjanst.ljungby.se',
    body: `${type} - ärende FA-2027-01184\nInskickat: 2027-05-09 21:17 via ljungby.se/etjanst\n\n${rows.map(([l, v]) => `${l.padEnd(26)} ${v}`).join('\n')}\n\nDetta meddelande är skickat automatiskt från Ljungbys e-tjänstplattform. Det går inte att svara på detta mejl.`,
  });

  it("a form system's plain-text columns are read as label and value: the writer's description is the writer's words, not the system's", () => {
    const zones = messageZones(
      mail(plainForm('Felanmälan', [['Vad gäller felet?', 'Övrigt'], ['Plats/adress', 'Storgatan 4'], ['Beskrivning', 'Gatlampan utanför porten har varit släckt i två veckor, det är helt mörkt på kvällarna.'], ['Namn', 'Kjell Ek']])),
      'webb',
      0,
    );
    expect(zones.texts[ZONE_INDEX.body]).toContain('Gatlampan utanför porten');
    expect(zones.texts[ZONE_INDEX.boiler]).not.toContain('Gatlampan');
    // the name is personal data, never evidence
    expect(zones.texts.slice(0, ZONE_INDEX.from).join(' ')).not.toContain('Kjell');
  });

  it('a child who reports harm at home through a fault or praise form set out in columns is a report of concern', () => {
    const locked = plainForm('Felanmälan', [
      ['Vad gäller felet?', 'Övrigt'],
      ['Plats/adress', 'hemma'],
      ['Beskrivning', 'det är inget fel på nån gata men jag hittade inget annat ställe. jag är 13. min styvpappa låser mitt rum från utsidan på nätterna och jag får inte gå ut och äta förrän mamma kommer hem.'],
      ['Vill du ha återkoppling?', 'Nej'],
    ]);
    expect(triage(locked).kind).toBe('orosanmalan');
    const praise = plainForm('Synpunkt - Beröm', [
      ['Typ av synpunkt', 'Beröm'],
      ['Din synpunkt', 'jag vill berömma kuratorn på skolan. hon e den enda jag har pratat med om att jag vill dö, och det har jag velat hela veckan igen. nu är hon ledig och det finns ingen.'],
    ]);
    expect(triage(praise).kind).toBe('orosanmalan');
    // the same form with an ordinary fault stays a fault report
    expect(triage(plainForm('Felanmälan', [['Vad gäller felet?', 'Belysning'], ['Beskrivning', 'Lampan i gångtunneln vid skolan blinkar och slocknar.']])).kind).toBe('felanmalan');
  });

  it("a farewell in a child's own words is a report; an adult's goodbye to a club is not", () => {
    expect(triage({ subject: 'hej', body: 'jag e 13. ni slipper mig snart. ingen bryr sig ändå' }).kind).toBe('orosanmalan');
    expect(triage({ subject: 'help', body: "im 15 and everyone would be better off without me. sorry" }).kind).toBe('orosanmalan');
    expect(triage({ subject: 'x', body: 'I am 14. This is my last post. You will never see me again.' }).kind).toBe('orosanmalan');
    // a farewell quoted from a note ("Där stod: …")
    expect(triage({ subject: 'Hej', body: 'Min son, 12 år, skrev en lapp igår. Där stod: ni kommer inte se mig mer' }).kind).toBe('orosanmalan');
    // not: an adult leaving a post, a young person leaving a place, an English "I am 16" asking about school hours
    expect(triage({ subject: 'Avgår', body: 'Jag avgår som kassör. Det här är sista gången ni hör från mig, lycka till med föreningen!' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'fritidsgården', body: 'jag e 15 och det här är sista gången ni ser mig på fritidsgården, ni är orättvisa' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'School start', body: 'I am 16 and I cannot get out of bed in the mornings because of my medication. Can my school schedule start later?' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'late', body: 'I am 15 minutes late to the meeting, sorry. This is my last post here.' }).kind).not.toBe('orosanmalan');
  });

  it('a farewell with last words, one quoted from a friend, one in a child\'s forwarded mail, and "orkar inte leva mer" without its "jag" are reports', () => {
    const sms = (text: string) => ({ subject: 'SMS från 070-174 06 12', from: 'sms@ljungby.se', body: `Inkommande SMS\n\n${text}` });
    expect(triage(sms('kan ni säga till dom på fritidsgården att jag inte kommer mer. ni kommer inte behöva bry er om mig mer. säg till Nadia att det inte var hennes fel')).kind).toBe('orosanmalan');
    expect(triage(sms('orkar inte leva mer. förlåt.')).kind).toBe('orosanmalan');
    expect(triage({ subject: 'Snap ikväll', body: 'Min dotter Alice (15) fick ett snap av sin kompis Jasmin. Hon skrev: "om ni läser det här så är jag redan borta. förlåt mamma". Ingen svarar hos Jasmin.' }).kind).toBe('orosanmalan');
    const forwarded =
      'Se nedan, kom till min privata mejl i natt. Eleven går i åk 6.\n\n---------- Vidarebefordrat meddelande ---------\nFrån: vince <vince@post.example>\nDate: ons 12 maj 2027 kl 23:48\nSubject: fröken\nTo: <annika@post.example>\n\nfröken jag kommer inte till skolan mer. pappa säger att allt är mitt fel så det blir bättre utan mig';
    expect(triage({ subject: 'Fwd: fröken', body: forwarded }).kind).toBe('orosanmalan');
  });

  it('an adult leaving a post, a team, or a lesson that quotes what a pupil might write is no report', () => {
    expect(triage({ subject: 'Ordförande', body: 'Jag lämnar nu som ordförande. Ni kommer inte behöva bry er om mig mer, Lisa tar över registret.' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'Laget', body: 'Laget spelar bättre utan mig, så jag slutar. Förlåt alla!' }).kind).not.toBe('orosanmalan');
    const letter =
      'Hej vårdnadshavare!\nDen här veckan hade åk 9 en lektion om självskadebeteende och om vad man gör om en kompis skriver något oroande i en chatt, till exempel "ni kommer inte behöva bry er om mig mer". Budskapet var: berätta för en vuxen.\nTrevlig helg!';
    expect(triage({ subject: 'Veckobrev v. 19', body: letter }).kind).not.toBe('orosanmalan');
    const themeDay =
      'Vi planerar en temadag om psykisk hälsa för åk 8. Eleverna har lagt anonyma frågor i en låda och de vanligaste är "vad gör man om en kompis skadar sig själv?" och "måste kuratorn berätta för mina föräldrar?". Kan någon från fältgruppen komma?';
    expect(triage({ subject: 'Temadag', body: themeDay }).kind).not.toBe('orosanmalan');
  });
});

describe('machine mail review AA showed given a deadline (thirty-third session)', () => {
  it("a supplier's order confirmation, a booking system's cancellation and a trade newsletter are inget ärende", () => {
    const order =
      'Hej Ljungby kommun!\n\nTack för din order. Här är en sammanfattning:\n\nOrdernummer: 1180452\nKundnummer: 40022\nSumma exkl. moms: 1 015,00 kr\nLeverans: 2–3 arbetsdagar.\n\nMed vänlig hälsning\nKundservice, Kontorsgrossen\nDet här är ett automatiskt utskick.';
    expect(triage({ subject: 'Orderbekräftelse 1180452', from: 'order@kontorsgrossen.example', body: order }).kind).toBe('ej_arende');
    const cancelled =
      'Hej Jimmy Sandqvist,\n\nDin bokning har avbokats.\n\nBokningsnummer: LB-27-08841\nAnläggning: Idrottshallen, hall B\nAvgift: 0 kr (avbokad i tid)\n\nTack för att du använder Lokalbokaren.\n\nDetta meddelande kan inte besvaras.';
    expect(triage({ subject: 'Avbokning bekräftad – LB-27-08841', from: 'noreply@lokalbokaren.example', body: cancelled }).kind).toBe('ej_arende');
    const trade =
      'VECKOBREVET FRÅN KOMMUNFORUM | VECKA 23\n\nGatubelysning: en kommun halverade antalet felanmälningar med sensorer i stolparna.\n\nKlagomålshantering: ny vägledning.\n\nTipsa en kollega! Du får Veckobrevet som prenumerant hos Kommunforum. Avsluta: kommunforum.example/avsluta';
    expect(triage({ subject: 'Veckobrevet v. 23', from: 'info@kommunforum.example', body: trade }).kind).toBe('ej_arende');
    // … and a resident who writes of a cancelled booking is a contact
    expect(triage({ subject: 'Avbokning?', body: 'Hej! Jag fick ett mejl att min bokning har avbokats, men jag har inte avbokat något. Vad har hänt? /Jimmy' }).kind).not.toBe('ej_arende');
  });
});

describe('a girl to be sent away and married off, told in Persian (thirty-third session, review Y4 of the thirty-second)', () => {
  it('sending a girl away to be married off is a report; a sister\'s wedding abroad and a son sent on holiday are not', () => {
    expect(triage({ subject: 'کمک', body: 'سلام. دختر ۱۴ ساله همسایه ما را می‌خواهند تابستان به افغانستان بفرستند و آنجا شوهرش بدهند. او خیلی می‌ترسد. لطفا کمک کنید.' }).kind).toBe('orosanmalan');
    expect(triage({ subject: 'عروسی', body: 'سلام. خواهرم تابستان در افغانستان شوهر می‌کند و ما همه به عروسی می‌رویم. آیا مدرسه پسرم می‌تواند دو هفته مرخصی بدهد؟' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'سوال', body: 'سلام، ما پسرمان را تابستان به ایران می‌فرستیم. آیا کارت اتوبوس او در تعطیلات کار می‌کند؟' }).kind).not.toBe('orosanmalan');
  });
});

describe('what review AB2 and AA2 showed (thirty-third session)', () => {
  it('a young person\'s goodbye in a praise form, in a voicemail that gives the cat away, and a threat to kill told in a job application are reports', () => {
    const form = (type: string, text: string) => ({
      subject: `E-tjänst: ${type}`,
      from: 'no-reply@etjanst.ljungby.se',
      body: `${type}\nEtt nytt ärende har skickats in via e-tjänsten.\n\nInskickat: 2027-11-06 00:41\nDin synpunkt: ${text}\nVill du ha svar?: Nej\n\nDetta meddelande skickades automatiskt. Svara inte på detta meddelande.`,
    });
    expect(triage(form('Synpunkt - Beröm', 'jag vill bara säga tack till Jonna o Ahmed på fritidsgården. jag kommer inte finnas kvar efter helgen så jag ville att ni skulle veta att det inte var erat fel. säg hejdå till Ella från mig')).kind).toBe('orosanmalan');
    const voicemail = {
      subject: 'Röstmeddelande från 0701740694 (00:44)',
      from: 'voicemail@ljungby.se',
      body: 'Nytt röstmeddelande\n\nAutomatisk transkribering (kan innehålla fel):\nja hej ni kan väl ge min katt till nån som e snäll hon heter sushi farsan är på jobbet till måndag jag fixar inte det här längre det är ingen som kommer sakna mig ändå så eh ja hej',
    };
    expect(triage(voicemail).kind).toBe('orosanmalan');
    const job = form('Ansökan feriearbete', 'Jag behöver pengar för att kunna flytta ut. När jag berättade för min pappa att jag är gay sa han att om jag kommer hem igen så dödar han mig. Just nu sover jag hos olika kompisar.');
    expect(triage(job).kind).toBe('orosanmalan');
  });

  it('a film night about a suicide, a child asking how old one must be to swim alone, and a teenager\'s joke are no reports', () => {
    expect(
      triage({ subject: 'filmkväll – licens?', body: 'Vi är några på fritidsgården (jag är 16) som vill ha en filmkväll och visa "Sista sommaren". Den handlar om en kille som tar livet av sig och hur hans kompisar hanterar det. Behöver man licens?' }).kind,
    ).not.toBe('orosanmalan');
    expect(triage({ subject: 'simhallen', body: 'hej hur gammal måste man va för att få gå till simhallen själv utan vuxen? jag är 11 o kan simma 200 m. mamma jobbar på lördagar.' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'betyg', body: 'om jag får F i matte igen så kommer mamma döda mig haha. kan man göra omprov i juni?' }).kind).not.toBe('orosanmalan');
    // … nor not wanting to live as a figure of speech, while the plain words stay a report
    expect(triage({ subject: 'Skräp i centrum', body: 'Vill dö av skam när jag visar gäster vår stad, så skräpigt det är i centrum. Städa!' }).kind).not.toBe('orosanmalan');
    expect(triage({ subject: 'hej', body: 'Jag orkar inte leva mer. Förlåt.' }).kind).toBe('orosanmalan');
    // … nor is a dog that jumps at the writer
    expect(triage({ subject: 'Hunden', body: 'Grannens hund skäller och hoppar på mig varje dag, den biter nästan. Gör något!' }).kind).not.toBe('orosanmalan');
  });

  it('an association asking how to leave the register keeps its deadline; a course provider\'s friendly paragraph over its own booking confirmation does not make a note', () => {
    expect(triage({ subject: 'Kören läggs ned', body: 'Kören läggs ned vid årsskiftet. Två frågor: Måste vi betala tillbaka aktivitetsstödet? Hur avregistrerar vi föreningen hos er, så att ni inte skickar fler utskick?' }).kind).not.toBe('ej_arende');
    const course =
      'Hej Ljungby kommun!\n\nVad kul att ni anmält er till vår kurs! Har ni någon särskild text ni brottas med? Ta gärna med den.\n\nTack för din bokning!\n\nKurs: Klarspråk i praktiken\nBokningsnummer: 7781\nDetta är ett automatiskt meddelande.';
    expect(triage({ subject: 'Välkommen till Klarspråk i praktiken!', from: 'kurs@skrivakademin.example', body: course }).kind).toBe('ej_arende');
    // … while the same role address speaking as "jag" over a pasted confirmation is a person
    const person = 'Jag måste tyvärr avboka vår plats nedan, jag är sjuk.\n\nTack för din bokning!\n\nKurs: Klarspråk i praktiken\nBokningsnummer: 7781\nDetta är ett automatiskt meddelande.';
    expect(triage({ subject: 'Avbokning', from: 'info@foreningen.example', body: person }).kind).not.toBe('ej_arende');
  });
});

describe("the second code review's findings (thirty-third session)", () => {
  it('an everyday goodbye of a young writer, a jokey threat, a handover and a thing that will not remain raise no alarm', () => {
    for (const body of [
      'hej jag är 12 och det här är mitt sista meddelande om gungorna, jag lovar. kan ni laga dom?',
      'jag e 14 och åker på seglarläger, ni ser mig inte mer förrän i augusti haha. kan jag få busskort?',
      'jag är 11. fotbollsplanen kommer inte finnas kvar när ni bygger hus, var ska vi spela?',
      'Om jag glömmer min frus födelsedag igen så dödar hon mig. Har ni öppet på lördag?',
      'haha rektorn hotade att döda oss 😂 om vi inte städar klassrummet',
      'Jag går i 7an och är ordförande i elevrådet. Ni slipper mig snart för i höst tar Ebba över.',
      'Bussen kom inte igen. Det är inte hans fel, chauffören gör så gott han kan, men ni slipper mig som kund.',
    ]) {
      expect({ body, kind: triage({ subject: 'Hej', body }).kind }).not.toEqual({ body, kind: 'orosanmalan' });
    }
  });

  it('a farewell with last words or despair beside it, and a threat told as said, stay reports', () => {
    expect(triage({ subject: 'x', body: 'im 15 and this is my last message. take care of my dog' }).kind).toBe('orosanmalan');
    expect(triage({ subject: 'x', body: 'jag e 13 och alla hatar mig. ni slipper mig snart' }).kind).toBe('orosanmalan');
    expect(triage({ subject: 'x', body: 'Min dotter är 15. Hon sa att hennes pappa sa att om hon kommer hem igen så dödar han henne. Hon sover hos oss nu.' }).kind).toBe('orosanmalan');
    expect(triage({ subject: 'x', body: 'jag är 16. min mamma sa att om jag kommer hem igen så dödar hon mig.' }).kind).toBe('orosanmalan');
  });

  it("a mailing that forwards itself and a forwarded newsletter 'you may like' stay machine mail; a resident's 'som prenumerant' remark keeps its deadline", () => {
    const parcel =
      'Vi vill att du svarar med din adress och betalar tullavgiften så att vi kan leverera ditt paket till dig snarast möjligt.\n\n---------- Forwarded message ---------\nFrom: Paketservice <info@paket-tull.example>\nDate: Wed, 2 Jun 2027 at 08:14\nSubject: Ditt paket\n\nDitt paket väntar på tullavgift.';
    expect(triage({ subject: 'Fwd: Ditt paket', from: 'kundtjanst@paket-tull.example', body: parcel }).kind).toBe('ej_arende');
    expect(
      triage({ subject: 'Som prenumerant', body: 'Som prenumerant hos kommunens nyhetsbrev vill jag påpeka att länken till sophämtningsschemat är trasig sedan en vecka.' }).kind,
    ).not.toBe('ej_arende');
  });
});
