import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { presetConfig } from '../../src/core/config/presets';
import { parseMailMessage } from '../../src/core/message';
import { triageMessage } from '../../src/core/triage';
import { mail, type LabelledMessage } from '../fixtures/triage/messages';
import { channelEvidence } from '../../src/core/triage/channel';
import { readConcern } from '../../src/core/triage/concern';
import fc from 'fast-check';
import { CONCERN_OVER_OTHER_KIND, modelConcern, modelConcernStands } from '../../src/core/triage/concernModel';
import { messageZones, ZONE_INDEX } from '../../src/core/triage/zones';

/**
 * Orosanmälan first: one clear sign of concrete concern about a child or a vulnerable adult, in
 * Swedish or English, on any channel, decides `orosanmalan`; a general question about how to
 * report stays `fraga`. The two labelled sets (Lindås, Sörbo) were written by people who had not
 * read the rules: 102 reports of concern in many forms and 118 near-misses.
 */
const salem = presetConfig('salem');
const ljungby = presetConfig('ljungby');

function read(name: string): LabelledMessage[] {
  return readFileSync(join(__dirname, '../fixtures/concern', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledMessage);
}

function kindOf(body: string, subject = 'Hej'): string {
  return triageMessage(mail({ subject, body }), salem).kind;
}

/** What the concern reader's own words find (not the text model), on the channel the subject and sender give. */
function readerFinds(body: string, subject = 'Hej', from?: string): boolean {
  const message = mail({ subject, body, ...(from ? { from } : {}) });
  const channel = channelEvidence(message, ljungby.triage.channelMarkers);
  return readConcern(messageZones(message, channel.channel, channel.subjectPrefixLength), channel.channel).concern !== null;
}

/**
 * A near miss the concern model retrained in the twenty-sixth session reads as a report (a known alarm, listed with the
 * reviews' in tests/fixtures/triage/review-model-alarms.json): the reader's own words find no concern, and where triage
 * says orosanmälan it rests on the text model and is marked for a person's look — never a sure report.
 */
function modelAlarmOnly(body: string, subject = 'Hej', config = salem): void {
  expect([body, readerFinds(body, subject)]).toEqual([body, false]);
  const r = triageMessage(mail({ subject, body }), config);
  if (r.kind === 'orosanmalan') {
    expect(r.uncertain).toBe(true);
    expect(r.uncertainty?.en).toContain("the built-in text model's reading");
  }
}

describe('orosanmälan from plain words', () => {
  it.each([
    'Min granne slår sina barn, jag hör det genom väggen varje kväll.',
    'Barnen i lägenheten bredvid verkar inte få mat och är ute ensamma sent på kvällarna.',
    'Pappan i huset mittemot är full varje dag och de två små barnen är ofta ensamma hemma.',
    'Jag är orolig för min gamla granne, han verkar förvirrad och hans son tar hans pengar.',
    "I am worried about a boy in my daughter's class, he has bruises and says his stepfather hits him.",
  ])('"%s" is a report of concern for social services, due within two business hours', (body) => {
    const r = triageMessage(mail({ subject: 'Hej', body }), salem);
    expect(r.kind).toBe('orosanmalan');
    expect(r.department).toBe('socialtjanst');
    expect(r.priority).toBe('high');
    expect(r.explanation.sv).toContain('konkret oro för ett barn eller en utsatt vuxen');
  });

  it('reads a short SMS, a voicemail transcription and a forwarded message', () => {
    expect(
      triageMessage(mail({ subject: 'SMS från 070-174 06 12', from: 'sms@sjobacka.se', body: 'barnen på 3B ensamma igen sen igår. ingen vuxen synts' }), ljungby).kind,
    ).toBe('orosanmalan');
    expect(
      triageMessage(
        mail({
          subject: 'Röstmeddelande från 0701740626 (00:58)',
          from: 'voicemail@sjobacka.se',
          body: 'Nytt röstmeddelande.\nTranskribering: hej jag är nio år mamma har inte kommit hem och min lillasyster gråter vi har ingen mat\nLjudfilen bifogas.',
        }),
        ljungby,
      ).kind,
    ).toBe('orosanmalan');
    expect(
      triageMessage(
        mail({
          subject: 'VB: hjälp',
          body: 'Fick detta av en tjej på fritidsgården.\n\n---------- Forwarded message ---------\nFrån: x <x@insta.example>\nDate: fre 26 maj\nSubject: hjälp\nTo: y <y@sjobacka.se>\n\nmamma har slängt ut mig igen. orkar inte mer, har skurit mig igen',
        }),
        ljungby,
      ).kind,
    ).toBe('orosanmalan');
  });

  it('keeps a general question about how to report a question for social services', () => {
    const r = triageMessage(mail({ subject: 'Fråga', body: 'Hur gör man en orosanmälan och kan man vara anonym?' }), salem);
    expect(r.kind).toBe('fraga');
    expect(r.department).toBe('socialtjanst');
    expect(kindOf('Vi håller på med en rutin för föreningen: hur gör man om en ledare blir orolig för ett barn?')).toBe('fraga');
  });

  it('does not take noise, a school matter or an accident for a concern', () => {
    expect(kindOf('Familjen ovanför har tre små barn som springer och skriker sent på kvällen, det stör vår sömn.')).not.toBe('orosanmalan');
    expect(kindOf('Min dotter gråter när hon ska göra läxorna, vem kan hjälpa henne med matten?')).not.toBe('orosanmalan');
    expect(kindOf('Jag halkade på trottoaren och slog mig, vem ersätter mina glasögon?')).not.toBe('orosanmalan');
  });

  it('leaves a harm to the complaint, the crowd or the writer it belongs to, and still finds the concern beside it', () => {
    // one harm in a complaint about a care service is the complaint's; two are a concern
    expect(
      kindOf('Hemtjänsten kom två timmar för sent igen i lördags och pappa var förvirrad när grannen hittade honom. Det duger inte, jag vill att enhetschefen ringer mig.'),
    ).toBe('klagomal');
    expect(
      kindOf('Hemtjänsten kom inte i går, det duger inte. Pappa var förvirrad, han hade inte ätit sedan i fredags och låg på golvet när jag kom.'),
    ).toBe('orosanmalan');
    // a crowd or a whole class names no one at risk; a named child in the sentence does
    expect(kindOf('Maten i matsalen är så dålig att halva klassen inte äter, vi har sagt till i elevrådet.')).not.toBe('orosanmalan');
    expect(kindOf('Halva klassen vet att Alva inte äter hemma, hennes mamma har inget att ge henne.')).toBe('orosanmalan');
    // grown-up children are adults; the writer's own exhaustion when asking for support is their own need
    expect(
      kindOf('Min man dricker varje kväll sedan han blev arbetslös. Våra barn är vuxna och utflyttade. Jag orkar inte mer, finns det samtalsgrupper för anhöriga?'),
    ).not.toBe('orosanmalan');
    expect(kindOf('Min man dricker varje kväll och våra barn är 4 och 6 år, de är rädda för honom.')).toBe('orosanmalan');
    expect(kindOf('Hon orkar inte mer, min granne på 86 sitter ensam och gråter varje dag.')).toBe('orosanmalan');
  });

  it('leaves weak signs to a fault, a letter of thanks, a foreseen result of a decision and an application for care, and still finds the concern beside them', () => {
    // a smell of sewage in the basement is the fault's; a smell from a neighbour who has not been seen is not
    expect(kindOf('Det väller upp vatten ur golvbrunnen i källaren och det luktar avlopp hela natten, grannarna har samma sak. Kan ni skicka en spolbil?')).toBe('felanmalan');
    expect(kindOf('Det luktar illa från grannens lägenhet och han har inte synts på två veckor, han är 90 år och bor ensam.')).toBe('orosanmalan');
    // a thanks for the care of a father who died
    expect(kindOf('Pappa gick bort i söndags. Han var rädd för att dö ensam, men personalen satt hos honom hela natten. Vi är så tacksamma.')).toBe('berom');
    // a death or a thanks said in passing does not hide the signs beside it
    expect(kindOf('Sedan mamma gick bort sitter pappa ensam och gråter hela tiden, han luktar illa och verkar inte äta.')).toBe('orosanmalan');
    expect(kindOf('Jag vill tacka för att ni tar detta på allvar. Barnen bredvid gråter varje natt och verkar smutsiga och hungriga.')).toBe('orosanmalan');
    // a harm foreseen as a decision's result, in a letter to a politician
    expect(
      kindOf('Till socialnämndens ordförande: att flytta mamma från boendet kommer att göra henne förvirrad och rädd. Jag ber dig träffa oss anhöriga.'),
    ).not.toBe('orosanmalan');
    expect(kindOf('Mamma är förvirrad och rädd sedan i går, hon känner inte igen mig och har inte ätit.')).toBe('orosanmalan');
    // English: a child who has not eaten and a parent who sleeps all the time
    expect(kindOf("I'm a tutor and a 10-year-old boy I help told me today he hasn't eaten since yesterday and that his mum is sleeping all the time. I'm really worried.")).toBe('orosanmalan');
    // frailty told in an application for more care
    expect(kindOf('Mamma glömmer att äta och klarar inte längre att duscha själv. Vi vill att hemtjänsten utökas med hjälp morgon och kväll.')).toBe('ansokan');
    // a child's harm beside an application is still a concern
    expect(kindOf('Vi vill att hemtjänsten utökas för mormor. Barnen som bor hos henne, 5 och 7 år, får ingen mat och har blåmärken.')).toBe('orosanmalan');
    // help asked for with the person's own consent is an application; the same frailty told without it, and a fall, is a concern
    expect(kindOf('Pappa bor ensam och har börjat glömma att äta. Han behöver hjälp hemma med mat och städning. Pappa vet om att jag skriver och vill ha hjälpen.')).toBe('ansokan');
    expect(kindOf('Pappa bor ensam och har börjat glömma att äta. Han ligger på golvet när jag kommer dit och ingen hjälper honom.')).toBe('orosanmalan');
    expect(kindOf('Pappa bor ensam i huset sedan mamma dog i höstas. Han orkar inte längre laga mat, och han vill inte duscha ensam sedan han halkade i badrummet. Vi har pratat och han vill ha hjälp hemma. Kan en biståndshandläggare komma hem till honom?')).toBe('ansokan');
    expect(kindOf('Min granne är 88 och bor ensam. Hon har inte ätit på flera dagar och verkar förvirrad. Hon vill inte ha hjälp men jag är orolig.')).toBe('orosanmalan');
    // a care service failing again (a missed visit, no food until evening) is a complaint about the service; a meal missed at home with no one coming is a concern
    expect(kindOf('Det här är tredje gången på två veckor som hemtjänsten inte kommer till pappa vid lunch. I går fick han ingen mat förrän kl 17. Jag vill veta vem som ansvarar.')).not.toBe('orosanmalan');
    expect(kindOf('Pappa har inte fått någon mat på två dagar och ingen kommer till honom. Han är 90 och kan inte gå själv. Jag är orolig.')).toBe('orosanmalan');
    // weak signs in a complaint about school transport are the complaint's; a child left alone at home is not
    expect(kindOf('Skolskjutsen släppte av vår son, 7 år, vid fel hållplats igen, andra gången i höst. Han gick ensam längs vägen och kom hem gråtande. Vad gör kommunen åt det?')).not.toBe('orosanmalan');
    expect(kindOf('Grannens pojke, 7 år, är ensam hemma varje kväll och gråter länge. Vi ser ingen vuxen där.')).toBe('orosanmalan');
    // an old woman who asks for a safety alarm for herself applies; a grown daughter named away from the signs puts no child at risk
    expect(kindOf('Jag är 87 år och bor ensam sen min man dog. I somras ramlade jag i badrummet. Min dotter säger att ni har trygghetslarm som man bär runt handleden. Jag vill gärna ha ett sånt så fort som möjligt. Jag är rädd när det blir mörkt på kvällarna.')).not.toBe('orosanmalan');
    // weak signs in a complaint about a neighbour's smoke are the nuisance's
    expect(kindOf('Grannen eldar skräp i en tunna varje helg. I lördags luktade det så illa att min man med astma fick hosta hela natten. Är det tillåtet?')).toBe('klagomal');
  });

  it('hears joy, not harm, in a letter of thanks whose child does not want to go home from the place it thanks for — and a concern in every other such sentence (Bergsnäs, 2026-12-06; independent review)', () => {
    // praise of a ski school, a preschool, a camp: the child will not leave for joy
    expect(kindOf('Tack för en superbra skidskola i backen i morse!! Elsa 7 år åkte själv i barnliften för första gången o vill inte åka hem 😍')).toBe('berom');
    expect(kindOf('Tack till personalen på Solrosens förskola! Vår son trivs så bra att han inte vill gå hem när vi hämtar.')).toBe('berom');
    expect(kindOf('Tusen tack för sommarlägret! Barnen har haft så roligt, de vill inte åka hem och frågar redan om nästa år.')).not.toBe('orosanmalan');
    // no thanks, no joy, joy denied or only a courtesy: a concern
    for (const body of [
      'Min granne pojken 8 år vill inte gå hem efter skolan, han sitter i trappan till kvart i tio på kvällen och säger att pappa blir arg.',
      'Grannens pojke trivs inte hemma och vill inte gå hem efter skolan, han är 9 år.',
      'Det är inte roligt längre. Lilla Sara 6 år vill inte gå hem till pappa.',
      'Tack för att ni läser detta. Min dotters kompis 11 år vill inte gå hem på kvällarna, hon sover hos oss nästan varje natt.',
      'Det är inget roligt mejl att skriva. Min systers son (10) vill inte åka hem efter helgerna hos oss.',
      'Hon trivs så dåligt hemma att hon inte vill gå hem.',
      'Grannens pojke (8) trivs hos oss och vill inte gå hem. Hans mamma är nästan aldrig hemma.',
      'Hej 🙂 Jag jobbar på fritids. En pojke i åk 2 vill inte gå hem när pappa hämtar.',
      "The girl next door (10) loves being at our place and doesn't want to go home. She says her mum shouts at her.",
      'Thanks for your help last time. The boy next door (9) does not want to go home, his dad yells all the time.',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
    // joy words never hide a child who does not want to live or to be at home
    for (const body of [
      'Jag är 13. Inget är kul. Jag vill inte leva.',
      'Tack för allt. Alva har alltid tyckt att det är kul i skolan. I dag sa hon till mig att hon inte vill leva.',
      'Tack! Jag är 14. Min bästa vän vill inte vara hemma för hennes styvpappa.',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
  });

  it('second independent review: a carer drunk, a family or a frail adult drawn attention to, a child in a class-size complaint, a child who will not go home because of home — all still reports of concern', () => {
    for (const body of [
      'The mother of the two little boys next door seemed drunk when she picked them up from preschool today.',
      'Their dad comes home drunk almost every night and the children are scared.',
      'The children next door were left with their drunk mother again this weekend.',
      'Jag vill uppmärksamma er på att hushållet i huset bredvid verkar ha det mycket svårt. Tvillingarna på fyra år går ute sent på kvällarna utan vuxna.',
      'Vill uppmärksamma er på grannfamiljen. De har tre små, yngsta är runt ett år, och de lämnas ofta ensamma hela kvällar.',
      'Banken vill uppmärksamma er på en kund i 90-årsåldern vars konto har tömts av en person som påstår sig vara hennes vän.',
      'Jag vill uppmärksamma er på att det bor en man i 80-årsåldern i trappuppgången som jag inte sett på två veckor. Posten väller ut ur brevlådan.',
      'Jag vill uppmärksamma er på min granne. Han har blivit så tunn och jag ser honom aldrig handla mat.',
      'Hej, jag är vikarie på Centralskolan där det är brist på lärare och för många elever. Jag vill ändå säga att en flicka i 2B, Maja, ofta kommer smutsig och hungrig till skolan.',
      'Det är för många elever i 3A. En flicka i klassen är alltid smutsig och mager.',
      'Tack till fritids ❤️ Leo vill inte gå hem. Han har det inte bra hemma.',
      'Tack för allt ni gör på fritids. Noah älskar er och vill inte gå hem, hemma är pappa arg hela tiden och mamma gråter.',
      'Tack till personalen! Vår grannpojke Leo trivs så bra hos er att han inte vill gå hem. Hans mamma kommer ofta hem sent och full.',
      'Tack! Kalle trivs så bra på korttids att han inte vill åka hem ❤️ Hemma har vi inte mat längre och elen är avstängd.',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
    // Swedish 'drunkna' (to drown) is not English 'drunk'
    expect(kindOf('Två barn drunknade nästan vid bryggan i somras, sätt upp livbojar.')).not.toBe('orosanmalan');
  });

  it('reads merged classes and class sizes as the school\'s organisation, not a fight or a child at risk (Tegelby, 2026-12-06)', () => {
    expect(kindOf('Vår son går i 3B. Efter jul slogs 3B och 3C ihop på grund av lärarbrist och klassen har nu 31 elever. Det är stökigt och han har börjat säga att han har ont i magen.')).not.toBe('orosanmalan');
    // a fight, and a child hurt and afraid at home, still are
    expect(kindOf('Grannens pojke, 9 år, slogs med sin pappa i trappan i natt och skrek. Han har ont i magen och gråter.')).toBe('orosanmalan');
  });

  it('hears no child at risk in a crowd at a beach without lifeguards; two named small children alone by the lake are at risk (Vargnäs, 2026-12-06)', () => {
    expect(kindOf('Badvakterna slutade i söndags. I går var det hundratals barn där och ingen vuxen med ansvar på stranden. Någon kommer att drunkna.')).not.toBe('orosanmalan');
    expect(kindOf('Grannens barn, 4 och 6 år, leker vid sjön varje kväll och ingen vuxen är med.')).toBe('orosanmalan');
    // English 'drunk' is said of a person, not the start of 'drunkna' (to drown)
    expect(kindOf('The mother next door is drunk every evening and the kids (3 and 5) are alone.')).toBe('orosanmalan');
  });

  it('takes attention drawn to a child or a frail adult for a report, and attention drawn to a thing or a neighbour\'s building for what it is (session 17 probe)', () => {
    // "uppmärksamma er på" alone made every such sentence a report of concern: a fault, a timetable, a road
    expect(kindOf('Jag vill uppmärksamma er på att gatlampan på Storgatan är trasig sedan en vecka.')).toBe('felanmalan');
    expect(kindOf('Vill bara uppmärksamma er på att busstidtabellen på hemsidan är fel.')).not.toBe('orosanmalan');
    expect(kindOf('Jag vill uppmärksamma er på att vägen till Byskolan är livsfarlig. Gör något!')).not.toBe('orosanmalan');
    expect(kindOf('Jag vill uppmärksamma er på att min granne bygger ett stort garage utan bygglov.')).not.toBe('orosanmalan');
    // … and still a report about a person
    expect(kindOf('Vi vill uppmärksamma er på att en äldre kund, 91 år, har tagit ut stora summor och verkar styrd av en ny bekant.')).toBe('orosanmalan');
    expect(kindOf('Jag vill uppmärksamma er på familjen i nummer 5. Barnen är ute sent varje kväll.')).toBe('orosanmalan');
    expect(kindOf('Vill uppmärksamma er på att min granne, en gammal dam, inte har synts på en vecka.')).toBe('orosanmalan');
  });

  it('never takes an out-of-office reply that refers to reports for a report', () => {
    const r = triageMessage(
      mail({ subject: 'Automatiskt svar: Anmälan om oro – elev åk 3', body: 'Jag är ledig till 12 augusti. Vid orosanmälan, ring socialjouren 08-46 500 400.' }),
      salem,
    );
    expect(r.kind).toBe('ej_arende');
  });

  it('reads a child sleeping where no one should, a child locked in, a person taken over in their own home', () => {
    for (const body of [
      'En av spelarna i mitt lag, 11 år, har sagt att han får sova i bilen när mamma har besök.',
      'There is a teenage girl sleeping in the stairwell of our building for three nights now. She says she cannot go home.',
      'Hi, I am an au pair. The father in the family I work for screams at the 5-year-old and locks him in his room for hours. I do not know who to tell.',
      'Min bror har en utvecklingsstörning och bor själv. Hans nya "vänner" har flyttat in och han får inte bestämma något hemma längre.',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
    // a bike in the stairwell, a pupil council that does not decide: no concern
    expect(kindOf('Grannens cykel står i trapphuset hela tiden och barnen snubblar på den.')).not.toBe('orosanmalan');
    expect(kindOf('Eleverna i elevrådet får inte bestämma något om skolmaten, är det rimligt?')).not.toBe('orosanmalan');
  });

  it('reads worry about someone else\'s child, a person who does not respond, a young child alone for hours', () => {
    // the subject is the whole message
    expect(triageMessage(mail({ subject: 'Orolig för grannens barn', body: '' }), salem).kind).toBe('orosanmalan');
    // a danger now, whoever should have come: not the care service's complaint
    expect(kindOf('min mormor ligger i sängen o säger inget. hemtjänsten har inte kommit sen i går', 'SMS')).toBe('orosanmalan');
    expect(kindOf('My neighbour, an old lady with dementia, was found outside in the snow in her nightgown last night. She lives alone.')).toBe('orosanmalan');
    expect(kindOf('Hur kan det vara ok att en 7-åring går hem själv varje dag kl 13 och är ensam tills kl 19? Det gäller grannens son.')).toBe('orosanmalan');
    expect(kindOf('Hola, no hablo bien sueco. Mi vecina tiene un bebé que llora todo el día y la madre está borracha. Jag är orolig för bebisen.')).toBe('orosanmalan');
    expect(kindOf('Vi hyr ut en lägenhet till en familj och i går när vi var där var det inga sängar till barnen, inget i kylen och mamman verkade påverkad.')).toBe(
      'orosanmalan',
    );
    // worry about one's own child's grades or start at preschool, a late home care visit, an unanswered mail: no concern
    expect(kindOf('Vi är lite oroliga för barnet inför inskolningen, hur lång tid brukar den ta?')).not.toBe('orosanmalan');
    expect(kindOf('Jag är orolig för min dotters betyg i matte, hon hänger inte med.')).not.toBe('orosanmalan');
    expect(kindOf('Hemtjänsten har inte kommit i dag och mormor väntar fortfarande på sin lunch. Det händer hela tiden.')).not.toBe('orosanmalan');
    expect(kindOf('Han svarar inte på mina mejl om bygglovet och nu har det gått tre veckor.')).not.toBe('orosanmalan');
    // neighbours under the influence at a party, a family without beds after a fire asking for help, a child who walks home
    expect(kindOf('Grannarna verkade påverkade när de spelade hög musik till tre i natt. Igen.')).not.toBe('orosanmalan');
    expect(kindOf('Vi har inga sängar till barnen i den tillfälliga bostaden ni gav oss efter branden. Kan kommunen hjälpa oss?')).not.toBe('orosanmalan');
    expect(kindOf('Min son går hem själv från fritids kl 16, måste jag meddela det någonstans?')).not.toBe('orosanmalan');
    expect(kindOf('Någon sover i tvättstugan på nätterna, det ligger filtar och flaskor där. Kan fastighetsskötaren titta?')).not.toBe('orosanmalan');
  });

  it('reads self-harm and violence told of the writer\'s own spouse as a vulnerable adult, and a spouse\'s other troubles as the couple\'s own (session 18 review)', () => {
    expect(kindOf('Min man ska slå ihjäl sig', 'SMS')).toBe('orosanmalan');
    expect(kindOf('Min fru vill inte leva längre. Jag vet inte vem jag ska ringa.')).toBe('orosanmalan');
    expect(kindOf('Maken har pratat om självmord hela veckan och nu svarar han inte i telefon.')).toBe('orosanmalan');
    expect(kindOf('My husband says he wants to die and has locked himself in the garage.')).toBe('orosanmalan');
    expect(kindOf('Min sambo har skurit sig i armarna igen')).toBe('orosanmalan');
    // a spouse who is late home, or a couple's own trouble with a neighbour, is no report
    expect(kindOf('Min man har inte kommit hem från jobbet än, går bussarna som vanligt i kväll?')).not.toBe('orosanmalan');
    expect(kindOf('Min man och jag har bråk med grannen om häcken igen, vem ska klippa den?')).not.toBe('orosanmalan');
  });

  it('reads an old person not seen or not opening for days, and an age given without "år" (session 19)', () => {
    expect(kindOf('Min mamma är 84 och har inte öppnat dörren på fyra dagar', 'Mamma')).toBe('orosanmalan');
    expect(kindOf('Har inte sett gamla damen på nr 4 på en vecka, posten väller ut ur brevlådan')).toBe('orosanmalan');
    expect(kindOf('Min pappa är 91 och förvirrad, han gick ut i natt i bara kalsonger')).toBe('orosanmalan');
    // a door that a craftsman does not open, minutes late, a fault: no one at risk
    expect(kindOf('Hantverkaren öppnar inte dörren till tvättstugan, den är låst')).not.toBe('orosanmalan');
    expect(kindOf('Han är 16 minuter sen varje dag, bussen alltså')).not.toBe('orosanmalan');
  });

  it('reads a person held or exploited, a young person\'s own self-harm asked "as if in general", and the session-19 words in Polish and Ukrainian', () => {
    // passports taken, not let go to a doctor: a concern whoever it is about
    expect(kindOf('Chefen har tagit deras pass och de har inte fått någon lön sedan oktober. De bor åtta i en barack.')).toBe('orosanmalan');
    expect(kindOf('The boss took their passports and they have not been paid since October. One is sick and not allowed to see a doctor.')).toBe('orosanmalan');
    expect(kindOf('Szef zabrał nam paszporty i nikt nie dostał pensji. Tomasz jest chory, ale szef nie pozwala mu iść do lekarza.')).toBe('orosanmalan');
    // … not a shift taken, nor a passport lost
    expect(kindOf('Jag tog passet på lördag åt Lena, kan ni ändra i schemat?')).not.toBe('orosanmalan');
    expect(kindOf('Jag har tappat mitt pass, var gör man ett nytt?')).not.toBe('orosanmalan');
    // the young person of themself
    expect(kindOf('om man är 15 och skär sig själv ibland, måste ni berätta för ens föräldrar då?', 'Fråga')).toBe('orosanmalan');
    expect(kindOf('jag är 15 och skär mig ibland och tänker på att inte finnas', 'Fråga')).toBe('orosanmalan');
    expect(kindOf('Jag skar mig på en trasig flaska i parken vid lekplatsen, kan ni städa?')).not.toBe('orosanmalan');
    expect(kindOf('Om man är 15 får man då jobba i sommar på kommunen?', 'Fråga')).not.toBe('orosanmalan');
    // an old woman with dementia out at night in her nightgown (Polish); a boy beaten behind the wall (Ukrainian)
    expect(kindOf('Myślę, że ona ma demencję. Dzisiaj w nocy znalazłem ją na parkingu w kapciach i koszuli nocnej.')).toBe('orosanmalan');
    expect(kindOf('Майже кожного вечора я чую, як чоловік кричить, потім удари, і хлопчик плаче.')).toBe('orosanmalan');
  });

  it('reads a drunk parent called by the bare name a child uses as the child\'s report; a grown child\'s question about "min pappa" is not (session 19)', () => {
    expect(kindOf('Pappa är full varje kväll och skriker', 'SMS')).toBe('orosanmalan');
    expect(kindOf('Min pappa dricker varje helg, har ni AA-möten i kommunen?')).not.toBe('orosanmalan');
    expect(kindOf('Pappa driver restaurangen och gästerna var berusade igår', 'Serveringstillstånd')).not.toBe('orosanmalan');
  });

  it('reads neglect, fraud against an old parent and injuries the story does not explain', () => {
    for (const body of [
      'Jag jobbar på ett café. En kvinna kommer in varje morgon med en bebis som är kall och blöt och hon verkar inte veta var hon är.',
      'Barnen i familjen på Storgatan 9 ser ut att inte ha vinterkläder, de har gått i gympaskor i snön hela veckan.',
      'I am a nurse at the health centre. A 4-year-old came in with injuries that do not match what the parents say.',
      'Min 80-åriga mamma har blivit lurad på 200 000 kr av en man hon träffat på nätet. Hon vill inte att vi gör något.',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
    // wet wood that smells, a writer cheated on a bike sale: no concern
    expect(kindOf('Grannen eldar blött virke varje kväll och det luktar i hela huset, vår son på 4 år har astma. Kan miljöinspektören komma?')).not.toBe('orosanmalan');
    expect(kindOf('Jag blev lurad på en cykel på Blocket av någon som sa att han bodde i kommunen. Kan ni hjälpa mig?')).not.toBe('orosanmalan');
  });

  it('reads a body left without food or dry sheets as a harm to the person right beside the words, left so — not one told of a meal, a reason, care or an errand (session 21, four independent reviews)', () => {
    for (const body of [
      'Pappa får ingen mat',
      'Dad has not been fed since Monday.',
      'Ring Solgården, där ligger pappa i blöta lakan sedan i morse.',
      'Mina föräldrar har inte fått mat på två dagar.',
      'my mum hasnt eaten in 3 days',
      'Farmor har inte ätit på tre dagar och ingen svarar när jag ringer.',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
    for (const body of [
      'Pappa har Parkinson och har gått ner i vikt. Vad kostar matlådorna från kommunen per portion och hur beställer man?',
      'Vi har en multisjuk pappa hemma och kärlet är fullt med sopor redan på onsdagen. Kan vi få tätare hämtning?',
      'Mamma har inte ätit lunch på Träffpunkten sedan ni höjde priset.',
      'Pappa har inte fått sin medicindosett från apoteket.',
      'Mamma har inte fått medicinen på apoteket eftersom e-receptet hade gått ut.',
      'Mum has not had her medication review yet.',
      'Mamma och pappa har inte varit hemma sedan oktober, kan vi få uppehåll i sophämtningen?',
      'Pappa har inte ätit sedan i går inför operationen i morgon, kan färdtjänsten komma kl. 6?',
      'Mamma har inte fått sin medicin på tre dagar, apoteket har leveransproblem.',
      'Pappa ligger på golvet och lagar diskmaskinen.',
    ]) {
      expect(kindOf(body)).not.toBe('orosanmalan');
    }
  });

  it("reads suicide talk right after a brother, a sister, a friend or a colleague as theirs — not a grief, a topic or what they say of others (session 21, independent reviews)", () => {
    for (const body of [
      'Min vän vill inte leva längre. Hon har slutat gå till jobbet och svarar inte i telefon.',
      'Min kusin har självmordstankar och bor ensam i Lagan, vad gör vi?',
    ]) {
      expect(kindOf(body)).toBe('orosanmalan');
    }
    for (const body of [
      'Min syster har skrivit en bok om sorgen efter vår brors självmord och skulle gärna vilja hålla en författarkväll på biblioteket.',
      'Vår kollega Anders Lind valde att ta sitt liv förra veckan. Vi vill ordna en minnesstund, kan vi låna en sal?',
      'Min bror har fått ett nytt jobb på kommunen och undrar när lönen kommer.',
      'My brother keeps saying suicide rates in Ljungby are higher than the national average. Is there official data?',
      'Min syster vill dö av skratt varje gång vi läser era skyltar.',
    ]) {
      expect(kindOf(body)).not.toBe('orosanmalan');
    }
  });

  it('lets a concern outrank every other kind', () => {
    const r = triageMessage(
      mail({ subject: 'Klagomål', body: 'Jag har klagat förut. Men igår kväll stod pojken i huset mittemot ute i t-shirt i kylan, styvpappan hade låst honom ute.' }),
      salem,
    );
    expect(r.kind).toBe('orosanmalan');
  });
});

  it('lets another kind the rules recognise stand where the text model alone, without any sign of harm or worry, reads concern', () => {
    // an application for home care for a father who lives alone: the model (trained on messages with
    // a sign) reads it as concern, the reader sees no sign, the rules see an application — it is one
    // (a water cut told at the switchboard was this test's case until the model was retrained on the
    // tenth session's sets and no longer read it as concern)
    const body =
      'Hej. Min pappa bor ensam i huset i Norrby sedan mamma dog i våras. Han vill inte flytta men klarar inte trappan längre och vet inte hur han ska få hem maten. ' +
      'Jag bor i Göteborg. Jag vill ansöka om hemtjänst för honom, vad behöver ni från oss?';
    const message = mail({ subject: 'Hemtjänst till pappa', body });
    const channel = channelEvidence(message, ljungby.triage.channelMarkers);
    const zones = messageZones(message, channel.channel, channel.subjectPrefixLength);
    expect(readConcern(zones, channel.channel)).toEqual({ concern: null, signs: false });
    expect(modelConcern(zones, channel.channel)).not.toBeNull();
    expect(triageMessage(message, ljungby)).toMatchObject({ kind: 'ansokan', department: 'socialtjanst' });
  });

  it('still lets the text model find a concern told without any of the reader\'s words', () => {
    // no word the reader knows as harm or worry, and no other kind the rules make of it: it must not wait
    const told = triageMessage(
      mail({
        subject: 'Hej',
        body: 'Jag vet inte vart jag ska vända mig. Grannpojken säger att mamma sover hela tiden och att kylen alltid är tom, han kommer hit och äter hos oss nästan varje kväll.',
      }),
      ljungby,
    );
    expect(told.kind).toBe('orosanmalan');
    expect(told.explanation.sv).toContain('inbyggda textmodell');
    // money taken from someone who cannot look after it is a harm the reader knows
    const taken = triageMessage(mail({ subject: 'Pappa', body: 'Min pappa har demens och hans nya flickvän tar ut pengar från hans konto. Han förstår inte vad som händer.' }), ljungby);
    expect(taken.kind).toBe('orosanmalan');
  });

  it('hears a teenager thrown out asking as if in general, a small child left alone named as "ungen", and a bank drawing attention to a customer', () => {
    const sms = (body: string) => triageMessage(mail({ subject: 'SMS från 070-1740693', from: 'sms@sjobacka.se', body }), ljungby);
    // "kan man … om man" is the writer's own case when the writer is a child ("jag e 15")
    expect(sms('kan man få sova nånstans om man blivit utkastad? jag e 15 o får inte komma hem i kväll').kind).toBe('orosanmalan');
    // … and still a general question when nobody is named
    expect(sms('hur gör man om man vill anmäla oro för ett barn? kan man vara anonym').kind).not.toBe('orosanmalan');
    expect(triageMessage(mail({ subject: 'Grannarna', body: 'De går ut på kvällarna och lämnar sin lilla unge ensam. Vi hör den skrika i timmar.' }), ljungby).kind).toBe('orosanmalan');
    expect(triageMessage(mail({ subject: 'Kund', body: 'Banken vill uppmärksamma socialnämnden på en äldre kund som under vintern har fört över stora belopp till personer hon inte känner.' }), ljungby).kind).toBe('orosanmalan');
    // people with nowhere to swim, or not knowing where to turn, are no concern
    expect(triageMessage(mail({ subject: 'Badet', body: 'Vi pensionärer har ingenstans att ta vägen när badet är stängt. Jag vet inte vart jag ska vända mig med min fråga.' }), ljungby).kind).not.toBe('orosanmalan');
  });

  it.each([
    ['Finnish', 'Naapuri', 'Hei, naapurin lapset ovat usein yksin kotona myöhään illalla ja isä on humalassa. Pieni poika itkee paljon.'],
    ['Polish', 'Sąsiedzi', 'Dzień dobry, dzieci sąsiadów są często same w domu, a ojciec krzyczy na nie. Proszę o pomoc.'],
    ['Polish, a child writing', 'SMS', 'moja córka mówi że ojczym ją bije'],
    ['Somali', 'Deriska', 'Salaan, carruurta deriska waxay joogaan guriga keligood habeen walba. Fadlan caawiya.'],
    ['Bosnian', 'Komšije', 'Djeca od komšije su sama kod kuće cijelu noć, otac ih tuče.'],
    ['Turkish', 'Komşu', 'Merhaba, komşunun çocukları her gece evde yalnız kalıyor ve babası onları dövüyor.'],
    ['Spanish', 'Vecinos', 'Hola, los niños de los vecinos están solos en casa toda la noche y tienen hambre.'],
    ['German', 'Nachbarn', 'Hallo, die Kinder der Nachbarn sind oft allein zu Hause und der Vater schlägt sie.'],
  ])('reads a report of concern written only in %s', (_language, subject, body) => {
    expect(triageMessage(mail({ subject, body }), ljungby).kind).toBe('orosanmalan');
  });

  it.each([
    ['Arabic', 'مساعدة', 'مرحبا، أطفال الجيران وحدهم في المنزل كل ليلة. الأب يضربهم ونسمع البكاء.'],
    ['Persian', 'کمک', 'سلام، بچه های همسایه هر شب تنها در خانه هستند و پدرشان مست است.'],
    ['Ukrainian', 'Допоможіть', 'Добрий день, діти сусідів самі вдома всю ніч, батько п’яний і б’є їх.'],
    ['Russian', 'Соседи', 'Здравствуйте. Соседский ребенок часто голодный, мать пьяная каждый вечер.'],
  ])('reads a report of concern written only in %s script, and says to hand it on now without waiting for someone who reads it', (_script, subject, body) => {
    const r = triageMessage(mail({ subject, body }), ljungby);
    expect(r.kind).toBe('orosanmalan');
    expect(r.explanation.sv).toContain('Hantera den som en orosanmälan och lämna den vidare nu, utan att vänta på någon som kan språket: socialtjänsten kan ta hjälp av tolk.');
    // not the weak-sign sentence, which asks the officer to read it first (reader round 32, B1)
    expect(r.explanation.sv).not.toContain('läs den nu');
    expect(r.explanation.en).toContain('hand it on now, without waiting for someone who knows the language');
  });

  it('says "most of the text" when the concern was read in a Swedish line beside a text in another script', () => {
    const body = 'السلام عليكم، أكتب إليكم بخصوص عائلة في الطابق الثالث من العمارة التي أسكن فيها منذ سنوات. Grannens barn är ensamma hemma varje natt.';
    const r = triageMessage(mail({ subject: 'مساعدة', body }), ljungby);
    expect(r.kind).toBe('orosanmalan');
    expect(r.uncertainty?.sv).toContain('det mesta av texten är skrivet i en skrift som Svarstid inte läser');
  });

  it('reads the writer hit or harming themselves, and an old person in danger now, in those scripts (twenty-sixth session, reviews L and M)', () => {
    const kind = (subject: string, body: string) => triageMessage(mail({ subject, body }), ljungby).kind;
    // a girl of 15 beaten by her father, in Arabic with one Swedish line; a 14-year-old who harms herself, in Persian; in Ukrainian
    expect(kind('', 'أنا عمري ١٥ سنة. أبي يضربني كل يوم ويقول إنه سيرسلني إلى بلدي في الصيف لأتزوج. أنا خائفة جداً. Jag behöver hjälp.')).toBe('orosanmalan');
    expect(kind('', 'من ۱۴ سالمه و هر شب به خودم آسیب می‌زنم. دیگه نمی‌خوام زنده باشم. لطفاً به پدر و مادرم نگید.')).toBe('orosanmalan');
    expect(kind('Допоможіть', 'Мені 13 років. Вітчим б\'є мене кожного вечора, коли мами немає вдома.')).toBe('orosanmalan');
    // an old person in danger now, told by someone else: fallen and unable to get up (Ukrainian), without heating (Arabic)
    expect(kind('Бабуся впала', 'Моя бабуся (84 роки) впала вдома і не може встати. Я зараз в Україні.')).toBe('orosanmalan');
    expect(kind('جارنا', 'جارنا رجل مسن عمره ٩٠ سنة، بيته بدون تدفئة منذ يومين.')).toBe('orosanmalan');
    // … but not an application for home care for a grandmother who manages
    expect(kind('Хатня допомога', 'Моя бабуся (84 роки) живе сама і добре справляється. Як подати заяву на допомогу вдома?')).not.toBe('orosanmalan');
    // … not a ball or a question about how to report
    expect(kind('سؤال', 'مرحباً، أين يمكنني تسجيل ابني في نادي كرة القدم؟ شكراً.')).not.toBe('orosanmalan');
  });

  it('takes no everyday question in those scripts for a concern, nor a word that is part of another', () => {
    const kind = (subject: string, body: string) => triageMessage(mail({ subject, body }), ljungby).kind;
    expect(kind('SFI', 'مرحبا، أريد أن أدرس اللغة السويدية مع أطفالي. متى تبدأ الدورة؟')).not.toBe('orosanmalan');
    expect(kind('Вопрос', 'Здравствуйте, когда открывается бассейн в субботу? Мой сын хочет учиться плавать.')).not.toBe('orosanmalan');
    // "مست" (drunk) only as a word: not inside "مستقیم" (direct) or "مستند" (document)
    // (the retrained text model read this one as concern at its threshold of 0.5; in a text mostly in another script it must
    // now be 0.7 sure — CONCERN_IN_OTHER_SCRIPT — and where it is, the concern goes to a person's look)
    modelAlarmOnly('سلام، بچه من مدرسه را شروع می‌کند. آیا اتوبوس مستقیم به مدرسه می‌رود؟ مستندات لازم چیست؟', 'سوال', ljungby);
  });

  it('takes no everyday matter in those languages, nor a Swedish word that looks like one of theirs, for a concern', () => {
    const kind = (subject: string, body: string) => triageMessage(mail({ subject, body }), ljungby).kind;
    // a single mother asking how to apply for income support ("hooyo keligeed ah": a mother on her own)
    expect(kind('Gargaar lacag', 'Salaan, waxaan ahay hooyo keligeed ah oo leh saddex carruur ah. Sideen u codsadaa gargaarka lacagta?')).not.toBe('orosanmalan');
    expect(kind('Kielikurssi', 'Hei, milloin suomen kielen kurssi lapsille alkaa syksyllä? Terveisin Anna')).not.toBe('orosanmalan');
    expect(kind('Betreuung', 'Hallo, wie beantrage ich einen Betreuungsplatz für mein Kind? Danke.')).not.toBe('orosanmalan');
    // Polish "bił" folds to the Swedish "bil"; German "Mutter" is a Swedish nut
    expect(kind('Parkering', 'Min bil blev påkörd på parkeringen vid förskolan, barnen såg det och grät. Vem ersätter skadan?')).not.toBe('orosanmalan');
    expect(kind('Gungan', 'En mutter har lossnat på gungan i lekparken, barnen kan skada sig. Kan ni laga den?')).not.toBe('orosanmalan');
  });

// Hälleby (seventh session of 2026-12-04, an independent writer; tuning): at first sight 52 of 55
// found and four false alarms (an auto-reply and a conference advert that name orosanmälan, a
// notice of an encrypted message titled "Orosanmälan", a teacher shouting at a pupil); the three
// misses taught the reader a child writing "jag e 16", a teenager thrown out, a small child left
// alone named as "ungen", and a bank drawing the committee's attention. Its false alarms are held
// at what they are: a false alarm costs an officer a look, a miss can cost a child.
describe.each([
  ['Lindås', 'lindas.jsonl', 0.05],
  ['Sörbo', 'sorbo.jsonl', 0.05],
  ['Hälleby', 'halleby.jsonl', 0.09],
])('the labelled concern set of %s', (_name, file, alarmRate) => {
  const rows = read(file).map((row) => {
    const parsed = parseMailMessage(row.message);
    if (!parsed.ok) throw new Error(parsed.error);
    return { expect: row.expect, got: triageMessage(parsed.message, ljungby) };
  });
  const concerns = rows.filter((r) => r.expect.kind === 'orosanmalan');
  const others = rows.filter((r) => r.expect.kind !== 'orosanmalan');

  it('holds enough reports of concern and near-misses to measure', () => {
    expect(concerns.length).toBeGreaterThanOrEqual(45);
    expect(others.length).toBeGreaterThanOrEqual(45);
  });

  it('finds at least 98 % of the reports of concern', () => {
    const found = concerns.filter((r) => r.got.kind === 'orosanmalan').length;
    expect(found / concerns.length).toBeGreaterThanOrEqual(0.98);
  });

  it(`raises a false alarm on at most ${Math.round(alarmRate * 100)} % of the near-misses`, () => {
    const alarms = others.filter((r) => r.got.kind === 'orosanmalan').length;
    expect(alarms / others.length).toBeLessThanOrEqual(alarmRate);
  });

  it('never takes a real contact for "inget ärende"', () => {
    expect(rows.filter((r) => r.expect.kind !== 'ej_arende' && r.got.kind === 'ej_arende')).toEqual([]);
  });
});

describe('a Swedish line beside a long text in another language (Lerviken, 2026-12-05)', () => {
  const polish =
    'Dzień dobry, pracuję przy sprzątaniu na campingu. W przyczepie nr 17 od poniedziałku jest sama dziewczynka, około 10 lat. Rodzice wyjechali samochodem w poniedziałek i nie wrócili. ' +
    'Ona je tylko chipsy z kiosku. Dzisiaj wieczorem siedziała sama i płakała. Recepcja jest zamknięta do niedzieli, a szef nie odbiera telefonu. Nie wiem, gdzie mam dzwonić. Proszę o pomoc.';
  // what the concern reader's own words find (not the text model, which a long foreign text dilutes)
  it('the reader finds it by its own words: alone in a caravan with the parents gone, sleeping at the bus station without food, a boy who cannot be at home and bleeds', () => {
    expect(readerFinds('Flicka ca 10 år ensam i husvagn nr 17 på campingen sedan måndag. Föräldrarna borta. Snälla hjälp.')).toBe(true);
    expect(readerFinds('hej jag Dawit 17 år. min farbror tar mina pengar och han kasta ut mig förra veckan. jag sover på busstationen nu. jag har inte mat. snälla hjälp mig.')).toBe(true);
    expect(readerFinds('Det sover en pojke på toaletten, tredje natten nu. Han ser ut att vara 12-13 år. Han sa att han inte kan vara hemma. Han hade ett blodigt sår på handen.')).toBe(true);
  });
  it('reads the concern in the Swedish line, whatever the rest dilutes', () => {
    expect(kindOf(`${polish}\n\nFlicka ca 10 år ensam i husvagn nr 17 på campingen sedan måndag. Föräldrarna borta. Snälla hjälp.`, 'Dziewczynka sama / flicka ensam i husvagn')).toBe('orosanmalan');
    expect(kindOf('ሰላም። ኣነ ዳዊት እየ። ሓገዝ እደሊ።\nhej jag Dawit 17 år. min farbror tar mina pengar och han kasta ut mig förra veckan. jag sover på busstationen nu. jag har inte mat. snälla hjälp mig.', 'ሓገዝ / hjälp')).toBe('orosanmalan');
    expect(kindOf('Det sover en pojke på toaletten vid gästhamnen, tredje natten nu. Han ser ut att vara 12-13 år. Han sa att han inte kan vara hemma. Han hade ett blodigt sår på handen.')).toBe('orosanmalan');
  });
  it('parents who cannot stay home from work are no concern', () => {
    expect(kindOf('Förskolan är stängd på onsdag. Jag och min fru har båda jobb där vi inte kan vara hemma med så kort varsel. Det funkar inte.')).not.toBe('orosanmalan');
  });
});

describe('concern set Stensjö (2026-12-05, tenth session): four missed, four false alarms at first sight', () => {
  it('a child sleeping in a stairwell, or where the sentence before said ("hon har sovit där flera nätter"), is a concern', () => {
    expect(readerFinds('flicka 9 år sover i trappan på Ekvägen 4, mamman öppnar inte')).toBe(true);
    expect(readerFinds('En pojke, kanske 11 år, kom ut från väntrummet med en filt. Vakten säger att han har sovit där flera nätter.')).toBe(true);
    // a child who stays over at a parent's is not
    expect(readerFinds('Barnen sover där varannan helg när de är hos sin pappa. Hur ansöker vi om växelvis boende?')).toBe(false);
  });
  it('a son with dangerous men, in Swedish or Somali, is a concern', () => {
    expect(readerFinds('Jag behöver hjälp med min dotter 15 år, hon är med farliga män på kvällarna.')).toBe(true);
    expect(kindOf('Wiilkayga 15 jir ah wuxuu la socdaa rag waaweyn habeenkii, wuxuu yiri way i dilayaan haddii aan joojiyo.', 'Wiilkayga')).toBe('orosanmalan');
  });
  it('a text in Persian or Tigrinya about a child alone or sleeping in the stairwell is a concern', () => {
    expect(kindOf('دختر همسایه حدود ۸ سالشه و دو شب است که توی راه پله می خوابد.', 'SMS')).toBe('orosanmalan');
    expect(kindOf('ሰላም። ክልተ ቆልዑ በይኖም ኣብ ገዛ ኣለዉ ካብ ሰሉስ። ኣደኦም ሓሚማ ኣላ።', 'ሓገዝ')).toBe('orosanmalan');
  });
  it('in such a text, a Swedish line that says only that the children need help is a concern — not homework help', () => {
    const tigrinya = 'ሰላም። ኣነ ጎረቤት ናይዚ ስድራ እየ። ሓገዝ ስደዱሎም በጃኹም። ኣብዚ ዘለዉ ስድራ ብዙሕ ጸገም ኣለዎም ካብ ነዊሕ ግዜ ጀሚሩ። ኣቦኦም ኣብዚ የለን። ኣነ ክሕግዞም ኣይክእልን እየ።';
    expect(kindOf(`Jag skriver på tigrinja, barnen behöver hjälp. Storgatan 3.\n\n${tigrinya}`, 'Kontakta oss')).toBe('orosanmalan');
    expect(kindOf(`Barnen behöver hjälp med läxorna, finns det läxhjälp på tigrinja?\n\n${tigrinya}`, 'Läxhjälp')).not.toBe('orosanmalan');
  });
  it('asking how to report with no child in mind, a course mailing with price and booking, and a job application describe no concern', () => {
    const howTo = triageMessage(mail({ subject: 'Fråga', body: 'Jag är ny som förskollärare. På mitt förra jobb anmälde vi barn som far illa via en e-tjänst. Hur gör ni här? Det gäller inget särskilt barn, jag vill bara veta.' }), salem);
    // a question about how to report is the social services' to answer (SPEC §1), whatever school the writer works at
    expect(howTo).toMatchObject({ kind: 'fraga', department: 'socialtjanst' });
    expect(
      readerFinds('Visas meddelandet fel? Öppna i webbläsaren\nNär barn far illa – så skriver du anmälan. Heldag i Göteborg 3 maj. Ordinarie pris 3 200 kr, boka plats senast 20 april.'),
    ).toBe(false);
    expect(
      readerFinds('Jag söker tjänsten som socialsekreterare. Jag har arbetat med utredningar där barn far illa och med skyddsbedömningar. Examensbevis bifogas, uppsägningstid en månad.'),
    ).toBe(false);
  });
  it('a child bullied at school, told in a complaint that the school does nothing, is the school’s matter; violence at home is still a concern', () => {
    expect(kindOf('Min son blir retad varje rast av två killar i sexan, han gråter varje morgon och kräktes i går. Skolan gör ingenting och rektorn har inte svarat.')).not.toBe('orosanmalan');
    expect(kindOf('Min sons pappa slår honom när han är där, han gråter varje morgon och kräktes i går. Skolan gör ingenting.')).toBe('orosanmalan');
  });
});

// The later concern sets by independent writers (tuned on after first sight; README, issue 10):
// every report of concern found, false alarms held at what they are.
describe.each([
  ['Bergsjö', 'bergsjo.jsonl', 0],
  ['Lerviken', 'lerviken.jsonl', 1],
  ['Stensjö', 'stensjo.jsonl', 0],
  ['Mossby', 'mossby.jsonl', 0],
  // eighteenth session: first sight 27 of 28, two false alarms; after: 28 of 28 and the same two (a mother whose
  // 13-year-old is home alone by day asks about the youth centre; a social worker's absence reply that says where
  // to report — a rule for it was undone after an independent review found it hid reports written without punctuation)
  ['Hammarvik', 'hammarvik.jsonl', 2],
  // nineteenth session: Sandsjö first sight 26 of 28 (an old woman with dementia out at night, in Polish; a boy
  // beaten behind the wall, in Ukrainian), two false alarms; Kalvholm first sight 26 of 28 (Polish workers whose
  // passports were taken; a 15-year-old asking "om man är 15 och skär sig själv"), six false alarms
  ['Sandsjö', 'sandsjo.jsonl', 2],
  ['Kalvholm', 'kalvholm.jsonl', 6],
  // twentieth session: Hjortsjö first sight 27 of 28 (a father hitting his son in a car park, told in the subject
  // line alone with "slå sin son"), five false alarms; after: 28 of 28 and four (phishing in social services' name,
  // a journalist asking about "barn som far illa" — a topic rule for it was undone after an independent review found it
  // hid reports — a starving dog reported through the concern form's topic, a mother asking in Somali about a letter)
  ['Hjortsjö', 'hjortsjo.jsonl', 4],
  // twenty-third to twenty-fifth sessions (vulnerable adults well represented): Skogsby first sight 33 of 35, Ekmark 32 of 35 and
  // three false alarms (one left: an old dog, through the text model), Brunsvik 33 of 35 (an old woman calling for help from her
  // balcony, told in the subject alone; a voice message from an old woman on the floor since last night) and a press request
  ['Skogsby', 'skogsby.jsonl', 0],
  ['Ekmark', 'ekmark.jsonl', 1],
  ['Brunsvik', 'brunsvik.jsonl', 0],
  // Valla (twenty-fifth session, tuning): first sight 31 of 35 and two false alarms (an out-of-office reply naming the report it
  // answers without "SV:", a school group project on children at risk). Words that found three more ("inte fått vätska", "inte fått
  // hemtjänst", "inte tagit in posten", "grupparbete") were taken back after an independent review (K) found them raising false
  // alarms in ordinary mail; left: 31 of 35 (personal assistance that did not come and no fluids since yesterday; a Somali message
  // with one Swedish line about home care not coming for three days; a neighbour not seen for five days; a Polish report of a man
  // exploited on a farm) and one false alarm (the school group project).
  // After the concern model was retrained on these sets (twenty-sixth session): Valla 34 of 35 (left: the Polish report of a man
  // exploited on a farm), Solberga 35 of 35.
  ['Valla', 'valla.jsonl', 1, 1],
  // Solberga (twenty-sixth session, tuning): first sight 33 of 35 (an SMS mostly in Polish about an old man without heat who fell and
  // does not open; a brain-injured man whose brother, his god man, takes his money and wheelchair), three false alarms (a child cut
  // on a park slide in a fault report, a social worker's out-of-office reply naming where to report, phishing about a register of
  // children at risk)
  ['Solberga', 'solberga.jsonl', 3],
  // Ljusne (thirty-second session, tuning; harm other than plain neglect or a blow, in the channels' own shapes): first sight 34 of
  // 35 (a municipal housing company's mail about an 81-year-old tenant in squalor, whose caretaker's note it sends on below its own
  // text under an Outlook history header, "Se vår fastighetsskötares anteckning nedan": read as a thread's history, which is skipped)
  // and three false alarms (a library suggestion for an anthology on self-harm, a research survey on children used in crime, a film
  // society's documentary); after: 35 of 35, none — the text a new message points at is read as sent on, unless it is the
  // municipality's own mail answered or mail from an earlier year (an independent review found those raising alarms from old, finished
  // matters and, for a phishing mail or a bounce shown to ask about it, taking the deadline)
  ['Ljusne', 'ljusne.jsonl', 0],
])('the concern set of %s', (_name, file, maxAlarms, maxMisses = 0) => {
  const rows = read(file).map((row) => {
    const parsed = parseMailMessage(row.message);
    if (!parsed.ok) throw new Error(parsed.error);
    return { expect: row.expect, got: triageMessage(parsed.message, ljungby) };
  });
  it(maxMisses > 0 ? `misses no more than its ${maxMisses} known report(s) of concern` : 'finds every report of concern', () => {
    const concerns = rows.filter((r) => r.expect.kind === 'orosanmalan');
    expect(concerns.length).toBeGreaterThanOrEqual(25);
    expect(concerns.filter((r) => r.got.kind !== 'orosanmalan').length).toBeLessThanOrEqual(maxMisses);
  });
  it(`raises at most ${maxAlarms} false alarm(s), and never takes a real contact for "inget ärende"`, () => {
    expect(rows.filter((r) => r.expect.kind !== 'orosanmalan' && r.got.kind === 'orosanmalan').length).toBeLessThanOrEqual(maxAlarms);
    expect(rows.filter((r) => r.expect.kind !== 'ej_arende' && r.got.kind === 'ej_arende')).toEqual([]);
  });
});

describe('near misses of the Mossby concern set (session 11): weak signs that belong to something else', () => {
  it('a teacher asking in English how reporting works, nothing having happened, is a question', () => {
    expect(kindOf('Hello, I am a new teacher. How does it work here when a teacher suspects a pupil is neglected at home? Do I report to social services myself? To be clear, nothing has happened, I just want to know the procedure.', 'Safeguarding procedure')).not.toBe('orosanmalan');
  });
  it('a proposal whose reasons tell of fights and drinking at the station is a proposal', () => {
    expect(kindOf('Mitt förslag är att ungdomsgården har öppet längre på fredagar. När den stänger hänger alla vid busstationen, då blir det bråk och en del dricker. Min lillebror (13) var där förra fredagen.', 'Förslag')).not.toBe('orosanmalan');
  });
  it('… but a report told with the word "förslag" in it is still a report when its signs are strong', () => {
    expect(kindOf('Jag har inget förslag på vad ni ska göra, men mitt förslag är att ni åker dit: pappan slår pojken, 7 år, varje kväll.', 'Pojken')).toBe('orosanmalan');
  });
});

describe('sleeping where no one should (Ödeby, session 12: a fault report about a toilet)', () => {
  it('sleeping and a place no one should sleep in one sentence, whatever stands between them, is a report of concern', () => {
    expect(kindOf('Det sover en kille i trapphuset hos oss på Björkvägen 4. Han ser ut att vara typ 15 år och har varit där tre nätter.', 'Trapphuset')).toBe('orosanmalan');
    expect(kindOf('I natt låg hon på golvet i väntsalen på en sovsäck igen, hon kan inte vara mer än 14.', 'Väntsalen')).toBe('orosanmalan');
    expect(kindOf('A boy, maybe 12, has been sleeping in the bus shelter on Kyrkvägen for two nights.', 'Bus shelter')).toBe('orosanmalan');
  });
  it('a team sleeping over at a cup, a tent at a campsite, and toilets on one line and sleep on another are not', () => {
    expect(kindOf('Under cupen sover lagen i gympasalen på Åbyskolan. Barnen tar med sovsäck och vi vuxna turas om att vaka.', 'Cupen')).not.toBe('orosanmalan');
    expect(kindOf('Vi sov i tält på campingen med barnen i en vecka. Toaletterna var smutsiga varje morgon.', 'Campingen')).not.toBe('orosanmalan');
  });
});

describe('Höga (session 12): a homeless adult in a car; a fall on a swing; a claim for a soaked jacket', () => {
  it('an ill adult sleeping in a car with nowhere to live is a report of concern, in Swedish and in Polish', () => {
    expect(kindOf('Min granne Bosse sover i en bil vid återvinningen sedan två veckor, han hostar blod och har ingenstans att bo.', 'Bosse')).toBe('orosanmalan');
    expect(kindOf('Mój sąsiad śpi w samochodzie od tygodnia, jest chory i nie ma gdzie mieszkać. Czy gmina może pomóc?', 'Sąsiad')).toBe('orosanmalan');
  });
  it('a child who bled after a fall on a broken swing is a fault report; a claim for what a child lost is a claim', () => {
    expect(kindOf('Gungan på lekplatsen vid Ekvägen är trasig. En liten tjej slog upp hakan på den i dag och blödde. Kan ni spärra av den?', 'Gungan')).not.toBe('orosanmalan');
    expect(kindOf('Jag begär ersättning för min dotters jacka som förstördes på utflykten, hon var ledsen och rädd när hon kom hem. Kvitto bifogat.', 'Ersättning')).not.toBe('orosanmalan');
    // … but a strong harm in a claim is still a report
    expect(kindOf('Jag begär ersättning för jackan. Men det viktiga: pappan slår pojken, 8 år, när han kommer hem.', 'Jackan')).toBe('orosanmalan');
  });
});

describe('Alnö (session 12): a grill indoors, a son who applies, a custody question, a mother about bullying', () => {
  const reads = readerFinds;
  it('children kept warm by a grill indoors in frost is a report of concern', () => {
    expect(kindOf('Hej, en familj bor i en husvagn på campingen med två barn, 4 och 9 år. I natt var det minus tio och de har grillen inne i husvagnen för att hålla värmen.', 'Husvagnen')).toBe('orosanmalan');
  });
  it("a grown son applying for his mother's care home is an application, whatever frailty it tells of", () => {
    expect(reads('ANSÖKAN OM SÄRSKILT BOENDE\nSökande: Greta Holm.\nMamma har demens, faller på nätterna och har slutat äta ordentligt. Hemtjänsten kommer fyra gånger om dagen men det räcker inte längre.\nVi ansöker om plats på särskilt boende och vill ha ett skriftligt beslut.\n\nMed vänlig hälsning\nPer Holm, hennes son, med fullmakt', 'Ansökan')).toBe(false);
  });
  it("a custody question's quarrels are the dispute's", () => {
    expect(reads('Hej. Vi har gemensam vårdnad om vår dotter som är 7. Hon gråter när hon ska åka till sin mamma och vi bråkar om flytten. Hur bokar man samarbetssamtal hos familjerätten?', 'Vårdnad')).toBe(false);
  });
  it('a mother who says who she is ("jag är mamma till …") is no carer at risk in her own complaint about bullying', () => {
    expect(reads('hej jag är mamma till ella i fyran hon har blivit slagen på rasten igen av samma tjejer och skolan gör ingenting ring mig', 'Röstmeddelande')).toBe(false);
    // a parent who hits is still a report
    expect(reads('hej jag är granne till ella i fyran hennes mamma slog henne på gården i går hon grät', 'Röstmeddelande')).toBe(true);
  });
});

describe('Ödeby (session 12): a kind is no blow, a signature is no report, a cold sauna is a fault', () => {
  it('"något slags tillstånd" and "förslag på" hold no blow; "ett slag i ansiktet" does', () => {
    expect(kindOf('Min fru ligger för döden på Solgården och jag fick en parkeringsbot. Ge oss anhöriga något slags tillstånd, det är ovärdigt.', 'Parkeringen')).not.toBe('orosanmalan');
    expect(kindOf('Jag har ett förslag på en ny lekplats för barnen i Ekbacken, de har ingenstans att leka.', 'Förslag')).not.toBe('orosanmalan');
    expect(kindOf('Grannens pojke, 9 år, fick ett slag i ansiktet av sin pappa på gården i kväll.', 'Grannen')).toBe('orosanmalan');
  });
  it("a social worker's signature that says where to report concern is no report (after a dash on its own line)", () => {
    expect(kindOf('Hej! Det är ett stort hål i asfalten på Granstigen 7, två bilar fick stanna i morse. Kan det lagas?\n\nSofia\n\n—\n\nSofia Nilsson\nSocialsekreterare, Barn och familj\nVill du göra en orosanmälan? Ring mottagningen vardagar 8–16.', 'Potthål')).not.toBe('orosanmalan');
  });
  it('a cold sauna that smells burnt is a fault, told in one breath by voicemail', () => {
    expect(readerFinds('hej jag simmar här varje torsdag och jag fryser för bastun på herrsidan är iskall igen och det luktar bränt vid aggregatet han i kassan var ledsen', 'Röstmeddelande från 0701740634')).toBe(false);
    expect(kindOf('hej jag simmar här varje torsdag och bastun på herrsidan är iskall igen och det luktar bränt vid aggregatet någon borde titta på det innan det börjar brinna', 'Röstmeddelande från 0701740634')).not.toBe('orosanmalan');
  });
});

describe('Grytnäs (session 12): confused by rules, a crowd of old people, an owner in a scanned letter', () => {
  it('people confused by signs or rules, and old people in a crowd, are no report; a confused old man alone is', () => {
    expect(kindOf('En granne sa att man inte får bygga närmare än 100 meter från vattnet, så vi blir lite förvirrade. Behöver vi bygglov för bastun?', 'Bastu')).not.toBe('orosanmalan');
    expect(kindOf('Det har kommit nya p-skyltar vid badplatsen utan information. Flera äldre stod och var helt förvirrade. Vem har bestämt det här?', 'Parkering')).not.toBe('orosanmalan');
    expect(kindOf('Min granne, en äldre man, gick ut i natt i bara pyjamas och var helt förvirrad. Han hittade inte hem.', 'Grannen')).toBe('orosanmalan');
  });
  it('a scanned letter\'s "ägaren" is no corporal punishment; "agar barnen" is', () => {
    // what the reader's own words find in a scanned letter (read with OCR's lost dots)
    expect(channelEvidence(mail({ subject: 'Skannad post', from: 'skanner@ljungby.se', body: 'x' }), ljungby.triage.channelMarkers).channel).toBe('post');
    const letter = (body: string) => readerFinds(body, 'Skannad post', 'skanner@ljungby.se');
    expect(letter('Vi har frågat ägaren och han säger att han inte behöver något lov för bryggan.')).toBe(false);
    expect(letter('Pappan i lägenheten under agar barnen, vi hör det varje kväll.')).toBe(true);
  });
});

describe('Yttervik (session 13): an abbreviation ends no sentence; an auto-reply repeats a subject; a press review; a child crying "nie bij mnie"', () => {
  it('"t.ex." inside a question about how to report keeps the example in the question', () => {
    expect(kindOf('Hur gör man som ledare om man ser något, t.ex. att ett barn ofta kommer hungrigt eller har märken på armarna? Vi har inget konkret fall.', 'Rutin för ledare')).not.toBe('orosanmalan');
    // the same harm told of a child one has seen is a report
    expect(kindOf('Ett barn i gruppen, t.ex. i fredags, kom hungrigt och hade märken på armarna igen.', 'Ett barn i gruppen')).toBe('orosanmalan');
  });
  it("an automatic reply that repeats a report's subject is no report; a person's own subject about absence still is read", () => {
    const away = 'Jag är ledig till och med 12 april och läser inte min e-post. Vid akuta ärenden ring 112.';
    expect(readerFinds(away, 'Frånvarande: SV: Orosanmälan om pojke 6 år')).toBe(false);
    expect(readerFinds(away, 'Automatiskt svar: Orosanmälan om pojke 6 år')).toBe(false);
    expect(readerFinds('Se ämnesraden.', 'Frånvaro: pojken 9 år har inte varit i skolan på tre veckor och har blåmärken')).toBe(true);
  });
  it("a reporter's review of how municipalities handle reports about children is no report", () => {
    expect(kindOf('Jag skriver för Länsbladet och gör en granskning av hur kommunerna hanterar anmälningar om barn som far illa. Hur många kom in 2025?', 'Fråga från Länsbladet')).not.toBe('orosanmalan');
  });
  it('a boy crying "nie bij mnie" at night, told in Polish by voicemail, is a report', () => {
    expect(kindOf('obok mnie mieszka rodzina z chłopcem w nocy on krzyczy nie bij mnie nie bij mnie słyszę to co tydzień', 'Röstmeddelande')).toBe('orosanmalan');
  });
});

describe('reports of concern told in other languages (words of the language, written here)', () => {
  it.each([
    ['Finnish', 'Naapurin poika, noin 10-vuotias, nukkuu rappukäytävässä, äiti ei avaa ovea.'],
    ['Polish', 'Chłopiec z sąsiedztwa, ma może 9 lat, śpi na klatce od dwóch nocy, matka nie otwiera drzwi.'],
    ['Ukrainian', 'Дитина сусідів, хлопчик років семи, спить на сходах уже дві ночі. Мама не відчиняє двері.'],
    ['Arabic', 'ابن الجيران عمره حوالي ثماني سنوات ينام في الشارع منذ ليلتين.'],
    ['Persian', 'بچه همسایه حدود هفت سالشه و غذا ندارند، مادرش مریض است.'],
  ])('%s: a child sleeping on the stairs or outdoors, or without food, is a report of concern', (_lang, body) => {
    expect(kindOf(body, 'Hej')).toBe('orosanmalan');
  });
  // Mossby concern set (session 11): a person held or exploited is a concern without a child in the sentence
  it.each([
    ['Ukrainian', 'Сусідка з третього поверху боїться. Чоловік забрав у неї паспорт і не випускає її з дому.'],
    ['Russian', 'Моя подруга работает в кафе. Хозяин забрал ее паспорт, она спит на складе.'],
    ['Arabic', 'جارتنا شابة عندها اعاقة، كل ليلة يأتي رجال مختلفين الى شقتها.'],
    ['Thai', 'เพื่อนของฉันทำงานที่ร้านอาหาร เจ้าของยึดพาสปอร์ตของเธอ และไม่ได้เงินเดือนมาสองเดือน'],
  ])('%s: a woman whose passport was taken, who is not let out or whom strange men visit, is a report of concern', (_lang, body) => {
    expect(kindOf(body, 'Hjälp')).toBe('orosanmalan');
  });
  it.each([
    ['Kurdish Sorani', 'منداڵێکی بچووک لە ماڵی بەرامبەر دەژی. باوکی هەموو ئێوارەیەک لێی دەدات.'],
    ['Kurdish Kurmanji', 'Zarokê cîranê me 6 salî ye.\nBavê wî her şev lê dide û ew digirî.'],
  ])('%s: a small child beaten at home is a report of concern', (_lang, body) => {
    expect(kindOf(body, 'Silav')).toBe('orosanmalan');
  });
  it('a harm on the line after the one that names the child reaches over the line break (Kurmanji)', () => {
    expect(kindOf('Keça apê min 13 salî ye.\nDuh wê got ku dixwaze bimire.', 'Silav')).toBe('orosanmalan');
  });
  it('a Sorani or Thai question about a school place or a passport photo is not', () => {
    expect(kindOf('سڵاو، منداڵەکەم دەیەوێت لە قوتابخانە دەست پێ بکات. چۆن داوا بکەم؟', 'قوتابخانە')).not.toBe('orosanmalan');
    expect(kindOf('สวัสดีค่ะ ลูกสาวของฉันต้องการสมัครเรียนที่โรงเรียน ต้องทำอย่างไรคะ', 'โรงเรียน')).not.toBe('orosanmalan');
  });
  it('a Ukrainian question about a school place is not', () => {
    expect(kindOf('Доброго дня! Моя дитина хоче ходити до школи в серпні. Як подати заяву на місце в школі?', 'Школа')).not.toBe('orosanmalan');
  });
});

describe('a report of concern on weak signs (reader round 31, B3)', () => {
  it('asks the officer to read it now and handle it as one unless it clearly is not, never to "check and change"', () => {
    const r = triageMessage(mail({ subject: 'Grannen', body: 'Pojken i lägenheten under oss verkar ledsen och ensam.' }), ljungby);
    expect(r.kind).toBe('orosanmalan');
    expect(r.explanation.sv).toContain('Orosanmälan bygger på svaga tecken: läs den nu. Kan den handla om oro för ett barn eller en utsatt vuxen, hantera den som en orosanmälan; byt ärendetyp bara om den tydligt inte gör det.');
    expect(r.explanation.sv).not.toContain('bör kontrolleras');
  });
});

describe('Hallviken (session 13): a place full of people is no drunk carer', () => {
  it('"den är full varje dag" of a skate park is no report; "pappan är full varje kväll" beside a child is', () => {
    expect(kindOf('Bygg en skatepark för barn och unga bakom skolan. Grannkommunen har en och den är full varje dag.', 'Förslag')).not.toBe('orosanmalan');
    expect(kindOf('Pappan i lägenheten bredvid är full varje kväll och barnen är ensamma.', 'Grannen')).toBe('orosanmalan');
  });
});

describe('the concern model against the rules of another kind (Åkervik, fifteenth session)', () => {
  const found = (probability: number) => ({ how: 'model' as const, quote: 'x', zone: -1, probability });

  it('a concern the model is very sure of stands even where the rules make the message another kind and the reader saw no sign', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.boolean(), (p, signs, otherKind) => {
        const stands = modelConcernStands(found(p), signs, () => otherKind);
        // a sign of harm, or no other kind by the rules: the model decides; otherwise only when very sure
        expect(stands).toBe(signs || !otherKind || p >= CONCERN_OVER_OTHER_KIND);
      }),
    );
    expect(modelConcernStands(found(0.95), false, () => true)).toBe(true);
    expect(modelConcernStands(found(0.7), false, () => true)).toBe(false);
  });

  it('asks whether the rules make it another kind only when that can decide', () => {
    let asked = 0;
    const otherKind = () => {
      asked++;
      return true;
    };
    modelConcernStands(found(0.95), false, otherKind);
    modelConcernStands(found(0.3), true, otherKind);
    expect(asked).toBe(0);
  });
});

describe('children alone late into the night are a concern, beside another matter too (fifteenth session)', () => {
  const config = presetConfig('ljungby');
  it('finds it beside a fault; a question about children and evenings stays a question', () => {
    expect(triageMessage(mail({ subject: 'Trasig belysning', body: 'Belysningen vid lekplatsen har gått sönder. Två småsyskon är där själva till midnatt varje dag och de säger att pappa sover.' }), config).kind).toBe('orosanmalan');
    expect(triageMessage(mail({ subject: 'Grannen', body: 'Barnen i trean är ensamma hela nätterna, mamman jobbar och pappan har flyttat.' }), config).kind).toBe('orosanmalan');
    for (const body of ['Får barn under 10 simma själva på kvällarna i er simhall?', 'Finns det nattis? Jag jobbar natt och barnen är själva på nätterna annars.']) {
      expect([body, triageMessage(mail({ subject: 'Fråga', body }), config).kind]).toEqual([body, 'fraga']);
    }
    // (a known alarm of the retrained text model)
    modelAlarmOnly('Ingen hämtar barnen på förskolan efter 17, vilken är sista tiden?', 'Fråga', config);
  });
});

describe('Hammarvik (eighteenth session): violence threatened, Polish children alone', () => {
  it('reads violence threatened or done to someone, and self-harm threatened, as a concern', () => {
    expect(readerFinds('Han skriker att han ska slå ihjäl henne, barnen gråter.')).toBe(true);
    expect(kindOf('Mamman hotar att slå ihjäl sig, barnen är där.')).toBe('orosanmalan');
    expect(readerFinds('Pappan skrek att han skulle slå ihjäl sig och barnen.')).toBe(true);
    // (an independent review: an accident reading of "slå ihjäl sig" missed a child who "har sagt att hon ska slå ihjäl sig")
    expect(kindOf('Min dotters kompis Wilma, 14, har sagt att hon ska slå ihjäl sig.', 'Oro')).toBe('orosanmalan');
  });

  it('reads Polish children left alone ("dwoje dzieci jest samych od 22:00") as a concern', () => {
    expect(readerFinds('W domku nr 17 dwoje dzieci (ok. 4 i 6 lat) jest samych od 22:00, rodzice nie odbierają telefonu. Jag heter Tomasz, jobbar på campingen.', 'SMS från 070-174 06 49')).toBe(true);
    // "the same" in Polish is no child alone
    expect(kindOf('Czy w tych samych godzinach jest otwarta biblioteka dla dzieci? Tack!', 'Biblioteket')).not.toBe('orosanmalan');
  });
});

describe('Kolbacka (twenty-second session): words inside other words, everyone sent out', () => {
  it('reads corporal punishment words at a word start only, and everyone thrown out at closing time as a crowd', () => {
    expect(kindOf('Härmed ansöker jag om ledsagarservice för min son. Vi föräldrar har hittills ledsagat honom men det går inte längre.', 'Ansökan LSS')).toBe('ansokan');
    expect(kindOf('Grannen agar barnen, jag hör slagen genom väggen varje kväll.')).toBe('orosanmalan');
    expect(kindOf('i fredags stängde dom fritidsgården kl 20 och slängde ut alla utan att säga varför. vart ska man ta vägen på fredagar?', 'Synpunkt')).not.toBe('orosanmalan');
  });
});

/** Every body, under the subject "Hej", is a report of concern. */
function allReports(bodies: readonly string[]): void {
  for (const body of bodies) expect(kindOf(body)).toBe('orosanmalan');
}
/** No body, under the subject "Hej", is a report of concern. */
function noReports(bodies: readonly string[]): void {
  for (const body of bodies) expect(kindOf(body)).not.toBe('orosanmalan');
}

describe('on the floor and unable to get up (twenty-third session: a miss left by session 22)', () => {
  it('reads a parent, an old person or a neighbour on the floor who cannot get up as a report, in Swedish and English', () => {
    allReports([
      'Pappa ligger på golvet. Kan inte resa sig.',
      'Mamma ligger på golvet och kommer inte upp. Hemtjänsten svarar inte.',
      'Pappa ligger på golvet och kan inte resa sig, hjälp',
      'Grannen ligger på golvet, hon kommer inte upp, jag ser henne genom fönstret',
      "My dad is lying on the floor and can't get up. Nobody from home care came.",
    ]);
  });

  it('does not read a supposed fall, a question, an application for a safety alarm or a thing that belongs to someone as a report', () => {
    for (const [body, subject] of [
      ['Om pappa ligger på golvet och inte kommer upp, vad gör vi?', 'Fråga'],
      ['Vad ska vi göra när mamma ligger på golvet och inte kan resa sig?', 'Fråga'],
      ['Pappa ligger ofta på golvet och kommer inte upp. Vi vill ansöka om trygghetslarm.', 'Trygghetslarm'],
      ['Mammas tavla ligger på golvet.', 'Hej'],
      ['Pappa ligger på golvet och lagar diskmaskinen. Kan ni ringa honom?', 'Hej'],
    ] as const) {
      expect(kindOf(body, subject)).not.toBe('orosanmalan');
    }
  });

  it('keeps reading it so whoever lies there and however the writer goes on (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Pappa', 'Mamma', 'Grannen', 'Farmor', 'Min gamla granne'),
        fc.constantFrom('ligger på golvet', 'ligger på köksgolvet', 'ligger på golvet i hallen'),
        fc.constantFrom('. Kan inte resa sig.', ' och kommer inte upp.', ', hon kan inte ta sig upp', ' och orkar inte resa sig.'),
        fc.constantFrom('', ' Ring mig på 070-174 06 11.', '\nAnna'),
        (who, lies, cannot, rest) => kindOf(`${who} ${lies}${cannot}${rest}`) === 'orosanmalan',
      ),
    );
  });
});

describe('on the floor, after an independent review (twenty-third session, 125 probes)', () => {
  it('reads the one lying there a few words back, in the sentence before, as a partner, or on a room’s floor', () => {
    allReports([
      'Pappa har ramlat och ligger på golvet och kan inte resa sig. Jag är i Malmö.',
      'Pappa har ramlat. Ligger på golvet och kan inte resa sig. Vi kommer inte in.',
      'Min man ligger på golvet och kan inte resa sig. Jag orkar inte lyfta honom själv.',
      'My grandmother has fallen and is lying on the floor, she can\'t get up.',
      'My elderly neighbour is lying on the floor in her hallway and can\'t get up.',
      'Mamma ligger på köksgolvet och kan inte resa sig.',
      'Mammas sambo ligger på golvet sedan i natt och svarar knappt.',
    ]);
  });

  it('does not read a habit, a condition, a child who cannot stand yet or an advert as someone on the floor now', () => {
    noReports([
      'När mamma ligger på golvet och kommer inte upp når larmet ingen. Vi vill ha ett armbandslarm.',
      'Varje gång pappa ligger på golvet och kommer inte upp måste vi ringa larmcentralen. Kan hemtjänsten ha lyftutbildning?',
      'Mamma ligger på golvet och kan inte resa sig utan hjälp efter sina övningar, så sjukgymnasten föreslog ett stödhandtag.',
      "Imagine your mother lying on the floor and can't get up. With our alarm she is never alone. Click here to order.",
    ]);
  });
});

describe('Skogsby (twenty-third session): a service that failed, and a person still at risk now', () => {
  it('reads a harm laid at home care’s door as a report when the writer asks for someone to go there now', () => {
    expect(
      kindOf(
        'Hej. Hemtjänsten kom inte till min mamma varken igår kväll eller nu i morse. Hon kan inte ta sig ur sängen själv och har legat blöt sen igår eftermiddag. Kan nån åka dit NU. /Tomas',
        'SMS från 070-174 06 37',
      ),
    ).toBe('orosanmalan');
  });

  it('keeps the same harm a complaint when it is told of as past and nobody is asked to go', () => {
    expect(
      kindOf('Hemtjänsten kom inte till pappa i söndags och han kunde inte ta sig ur sängen förrän på eftermiddagen. Det duger inte, jag vill klaga.', 'Klagomål hemtjänsten'),
    ).not.toBe('orosanmalan');
  });
});

describe('on the floor, after a second independent review (twenty-third session, 131 probes)', () => {
  it("reads English \"'s\" as is or has, not as an owner, and someone left wet since yesterday", () => {
    allReports([
      "Dad's not been fed since Friday. He lives alone.",
      "Mum's lying on the floor and can't get up. Please help!!",
      "He's lying on the floor and can't get up, I can see him through the window.",
      'Mum has fallen and is lying on the floor unable to get up. She is 91.',
      'Mamma ligger på golvet och kan inte resa på sig. Snälla skicka någon',
      'Hemtjänsten kom inte i morse. Mamma har legat blöt sen igår. Kan nån åka dit NU',
    ]);
  });

  it('does not read the floor words as someone there now when supposed or said of a baby not yet standing', () => {
    noReports([
      'Vem ringer man när pappa ligger på golvet och kan inte resa sig, hemtjänsten eller 112?',
      'Min mamma har MS. När hon ligger på golvet och kan inte resa sig ringer vi larmet. Vad kostar det?',
      'Om mormor ligger på golvet och kan inte resa sig, hur snabbt kommer ni då?',
      'Bebisen ligger på golvet och kan inte resa sig än, är det normalt vid 7 månader?',
    ]);
    // (a habit is neglect that keeps happening, and a past day in the sentence before does not say it is over: a third review)
    allReports([
      'Pappa ligger på golvet varje gång jag kommer dit, han kan inte resa sig och är helt utmärglad.',
      'Den gamla damen på tredje våningen ligger på golvet ibland i flera timmar innan någon kommer. Hon har inget larm.',
      'I söndags ramlade pappa. Han ligger fortfarande på golvet och kan inte resa sig, ingen har kommit.',
    ]);
    // (a teenager who cannot get out of bed is no baby: session 20's review)
    expect(kindOf('Min son, 15, kommer inte upp ur sängen före lunch sedan sommarlovet. Hur får vi tillbaka honom i skolrutinen?', 'Rutin')).toBe('orosanmalan');
  });
});

describe('on the floor, after a fourth independent review (twenty-third session)', () => {
  it('reads someone on the floor now as a report whatever service failed them, a time or an inverted "inte" between', () => {
    allReports([
      'Mormor ligger på golvet och kan inte resa sig. Hemtjänsten har inte kommit.',
      'Mormor ligger på golvet sen kl 6 och kommer inte upp. Hemtjänsten kom aldrig.',
      'Grannen ligger på golvet och inte kommer upp, hemtjänsten svarar inte',
      'my mum is lying on the floor and cant get up',
    ]);
  });
});

describe('on the floor: in-laws and the word order after "nu" (twenty-third session, the reviews\' shared misses)', () => {
  it('reads a mother-in-law, a granny and "Nu ligger pappa på golvet" as someone on the floor who cannot get up', () => {
    allReports([
      'Min svärmor ligger på golvet och kan inte resa sig. Hon bor ensam på Ringvägen 3.',
      "Granny is lying on the floor and can't get up",
      'Nu ligger pappa på golvet och kan inte resa sig. Kom!',
      'Där ligger hon på golvet och kommer inte upp.',
    ]);
    noReports([
      'Nu ligger pappa på golvet och lagar diskmaskinen.',
      'Min svärmor undrar hur man ansöker om färdtjänst.',
      // ("han"/"hon" of a pet: a review)
      'Vår hund är gammal. Nu ligger han på golvet och kommer inte upp. Vilken veterinär har jour?',
    ]);
    // (a known alarm of the retrained text model)
    modelAlarmOnly('Vår katt är 18 år. Där ligger hon på golvet och kommer inte upp längre.');
    allReports(['Mamma har ramlat. Nu ligger hon på golvet och kommer inte upp.']);
  });
});

describe('harm at home care\'s door that goes on, medicine not given, asides (twenty-fourth session: Skogsby #38, Ekmark)', () => {
  it('reads a harm at a service\'s door as a report when the person is left alone through a span not over, or the writer cannot get there yet', () => {
    allReports([
      'Mormor (demens) ensam hela påsken - hemtjänsten kom inte igår kväll, ingen mat hemma, Granvägen 3.',
      'Hemtjänsten kom inte i morse. Pappa har inte fått mat sedan i fredags. Jag kommer dit först i kväll.',
      'Home care did not come. Mum has no food in the house and is alone all weekend.',
    ]);
    // … and not when the span is over or the writer only complains
    noReports([
      'Hemtjänsten kom inte i helgen och mamma fick ingen mat. Hon var ensam hela helgen. Detta är oacceptabelt, jag vill klaga.',
      'Hemtjänsten ska åka hem till henne fyra gånger om dagen, men förra veckan fick mamma ingen mat på två dagar. Jag vill lämna ett klagomål.',
    ]);
  });

  it('lifts a care complaint\'s own harm only when someone is asked to go there with a time that is now', () => {
    allReports([
      'Klagomål: hemtjänsten har inte kommit med mat till mamma i tisdags, onsdags eller i dag. Hon har inte fått någon mat. Snälla se till att någon åker dit i kväll.',
    ]);
    noReports([
      'I helgen glömde hemtjänsten pappa och han fick inte äta på två dagar. Ni måste åka dit och gå igenom rutinerna, så här får det inte gå till. Jag vill klaga.',
    ]);
  });

  it('reads medicine not given for days as a body left without what it needs — not when a prescription or a review explains it', () => {
    allReports([
      'Morfar (Ivar, Sjövägen 30) har inte fått sina mediciner sen fredag.',
      'Mamma har inte fått sin medicin på tre dagar.',
      "Dad hasn't had his medication since Friday.",
    ]);
    noReports([
      'Pappa har inte fått sin medicin sedan i måndags, receptet gick ut och apoteket har inte förnyat det.',
      'Mamma har inte fått sina mediciner sedan fredag eftersom läkaren ändrade dosen.',
      'Hur får man hjälp med mediciner om man inte fått sin medicin från apoteket?',
    ]);
  });

  it('reads a street address after the floor and an aside in brackets between the person and the harm', () => {
    allReports([
      'mamma ligger på golvet hemma tallvägen 4 lövnäs kommer inte upp. jag är i stockholm',
      'Pappa (88, dement) ligger på golvet och kan inte resa sig.',
    ]);
  });

  it('reads an age after an animal as the animal\'s, and a question about how reporting works as a question', () => {
    noReports([
      'Vår gamla hund Sixten (14 år) ligger på golvet i hallen sen i natt och kommer inte upp. Vet ni vilken veterinär som har jour?',
      'Undrar hur det går till att anmäla till socialtjänsten om man tycker att en äldre släkting inte klarar sig själv längre. Kan man vara anonym?',
    ]);
    allReports(['Sonen Max (14 år) ligger på golvet och kan inte resa sig.']);
  });
});

describe('still on the floor, grandchildren\'s names, titles of works (twenty-fourth session, the reviews\' shared misses)', () => {
  it('reads "ligger kvar på golvet", English "is on the floor" and Moffa, Gramps as someone on the floor who cannot get up', () => {
    allReports([
      'Mamma ligger kvar på golvet och kommer inte upp',
      "Mum is on the floor and can't get up",
      "Gramps is lying on the floor and can't get up",
      'Moffa ligger på golvet och kan inte resa sig',
    ]);
    // (things left on a floor, children playing on one, a pet or a shop called Nana: a review)
    noReports([
      'Mattan ligger kvar på golvet och vi kommer inte upp för trappan med rullatorn. Kan ni flytta den?',
      'Vattnet ligger kvar på golvet i tvättstugan sedan i måndags och grannen har halkat. Vem ansvarar?',
      'My son has been on the floor for hours building Lego, is there a Lego club at the library?',
      'Nana har inte ätit på tre dagar och ligger bara i sin korg. Vilken veterinär har jour i helgen?',
    ]);
  });

  it('reads harm words inside a named work\'s title, and a subject that repeats it, as no report — the same words told of a person still are', () => {
    expect(kindOf('Jag såg att teatern spelar "Mormor ligger på golvet" på Kulturhuset den 10 april. Finns det platser för rullstol?', 'Mormor ligger på golvet - biljetter?')).not.toBe('orosanmalan');
    expect(kindOf("Går föreställningen 'Mormor ligger på golvet' på stadsteatern i maj?")).not.toBe('orosanmalan');
    allReports([
      'Teatern spelar "Mormor ligger på golvet" i kväll. Men min mormor ligger på golvet sen i morse och kommer inte upp!',
      // (quoted speech is no title)
      "She called me and said 'dad is hitting mum again'. The children are at home.",
    ]);
  });

  it('reads a harm as over when it is counted as occasions or since given, and as going on when it has lasted since then', () => {
    noReports([
      'Pappa har inte fått sina mediciner sedan i fredags enligt signeringslistan, men i dag var sjuksköterskan där och nu har han fått allt. Jag vill ändå lämna ett klagomål.',
      'Pappa är ensam hela veckan nu när vi är bortresta och hemtjänsten har missat hans lunch två gånger, han har inte fått mat de dagarna. Jag vill klaga på detta.',
    ]);
    allReports([
      'Hemtjänsten har missat mamma tre gånger den här veckan och nu ligger hon i blöt säng sedan i morse. Kan någon åka dit nu?',
      'Morfar har inte fått sina tabletter på tre dagar. Han har fått sina måltider men inga tabletter.',
      'Dad has had no food since Saturday, home care never came. Can someone go round there today?',
      'Hemtjänsten kom inte på förmiddagen och mamma har inte fått mat sedan i går kväll. Kan nån åka dit?',
    ]);
  });
});

describe('harm that lasts up to now, a fall with the person still down, medicine with symptoms (twenty-fifth session: the misses reviews D and E left)', () => {
  it('reads a harm at a care service\'s door that has lasted up to now as a report, not when told in the past or met since', () => {
    allReports([
      'Mormor har inte fått mat sedan i fredags. Hemtjänsten har inte kommit och vi vet inte varför.',
      'Hemtjänsten kom inte i går och pappa har fortfarande inte fått någon mat. Det är oacceptabelt och inte första gången.',
      'Nobody from home care has been to see Dad since Friday, this is unacceptable. He has no food in the house and I won\'t get there until Sunday.',
    ]);
    noReports([
      'I helgen glömde hemtjänsten pappa och han fick inte äta på två dagar. Ni måste åka dit och gå igenom rutinerna. Jag vill klaga.',
      'Hemtjänsten kom inte i går och mormor har inte fått mat sedan i går lunch. Nu är hon hos oss och mår bra. Jag vill klaga på hemtjänsten.',
      'Personalen har inte kommit på tre dagar, pappa har inte fått mat sedan i fredags. Vi har åkt dit själva och fixat. Nu vill vi att någon förklarar varför.',
      // (a past "still" is no harm now)
      'Sedan jul kommer nästan bara ny personal från hemtjänsten. I går låg pappa fortfarande i blöt säng kl 11 när jag kom. Det här är inte okej, jag vill klaga.',
    ]);
  });

  it('reads a harm at a care service\'s door as going on when no one comes until later, the writer lives far off, or someone is asked to be sent', () => {
    allReports([
      'Mormor har inte fått mat sedan i går, hemtjänsten kom aldrig och ingen kommer förrän på måndag.',
      'Home care has not come to Mum since Thursday. She hasn\'t eaten since Thursday. I live in Spain and can\'t get there. This is unacceptable.',
      'Hemtjänsten har inte kommit till morfar sedan i fredags och han har inte fått mat. Kan ni skicka någon dit?',
      'Home care didn\'t come last night and Dad hasn\'t eaten. Can someone go over?',
      'ja hej det är Berit jag ringer för min granne Olle han är nittio år hemtjänsten har inte varit där sen i fredags och han har inget att äta kan nån åka dit idag tack',
    ]);
  });

  it('reads every ask to go there in a text, a later one with a time that is now too', () => {
    allReports(['Hemtjänsten kom inte och mamma har inte fått mat. Kan någon åka dit? Jag vill klaga, det är oacceptabelt. Snälla, någon måste åka dit i kväll.']);
    noReports(['Hemtjänsten kom inte och mamma har inte fått mat. Kan någon åka dit och gå igenom rutinerna? Jag vill klaga, det är oacceptabelt.']);
  });

  it('reads a fall with the person still down as a report, not a fall alone, a fall gone by or a thing that fell', () => {
    allReports([
      'Pappa har ramlat i badrummet och kommer inte upp.',
      'Dad fell in the bathroom and can\'t get up. He is 84.',
      'Namn: Lena Berg\nÄrende: Min mor (87) har fallit i köket och ligger kvar, hon har larm men det verkar inte fungera.',
      'Min mamma har ramlat igen för tredje gången denna vecka och ligger nu på golvet i sovrummet.',
      'Mamma föll i morse och har legat på golvet sedan dess, hemtjänsten kom inte. Jag kommer dit först i kväll.',
      "Dad's on the floor in the bathroom since this morning and he can't get up.",
    ]);
    noReports([
      'Mormor har ramlat två gånger i vinter. Kan hon få trygghetslarm?',
      'Dad fell last year and couldn\'t get up for hours, so we would like a safety alarm.',
      'Telefonmeddelande: en stor gran har fallit över Örnbergsvägen och ingen kommer förbi. Han fick vända.',
      'Pappa har ramlat och ligger kvar på lasarettet över helgen. Kan hemtjänsten pausas?',
    ]);
  });

  it('reads medicine not given with symptoms now as a report whatever the pharmacy\'s reason, and a named medicine as medicine', () => {
    allReports([
      'Morfar har inte fått sin medicin sedan i fredags eftersom apoteket inte haft den. Han har fått kramper i dag.',
      'Pappa har inte fått sina mediciner på fyra dagar, hemtjänsten säger att det är läkarens sak. Han är yr och har ramlat två gånger i dag.',
      'Min mamma har inte fått sina hjärtmediciner på tre dagar. Hon är 91.',
      'Min pappa är sjuk och ensam, ingen ger honom hans mediciner.',
      'Mamma har alltså fortfarande inte fått sina mediciner sedan i fredags.',
    ]);
    noReports([
      'Mamma har inte fått sina mediciner sedan i fredags eftersom apoteket har restnoterat dem. Vad gör vi?',
      'Pappa är 91 och blir yr om han inte äter. Hemtjänsten kom 10.20 i tisdags i stället för 8. Jag vill att någon ansvarig ringer mig.',
    ]);
  });

  it('reads violence named with a possessive, staff violence, money taken and children left alone in a car as reports; a grown-up alone is no sign', () => {
    allReports([
      'I am not sure how to report this but my neighbour hits his two small kids every evening, I can hear them screaming.',
      "Then my neighbour's boy shouted 'mum is burning me' and screamed.",
      'Min mamma bor på äldreboende och en i personalen nöp henne och drog i håret, jag såg det själv.',
      'Jag misstänker att min bror tömmer pappas konto. Pappa är dement och förstår inte.',
      'Grannen rastar hunden, 4-åringen sitter ensam i bilen i timmar.',
      "Not sure how to report this but my neighbour's kids (3 and 5) have been alone in the flat since yesterday.",
    ]);
    noReports([
      'My neighbour has been alone in the house since his wife died, he seems to manage fine and asked about the seniors lunch.',
      'Min pappa 84 år sitter ensam i bilen när vi handlar, det är ok för honom.',
    ]);
  });

  it('reads none of the review\'s false alarms: a hairdresser, a review, an estate, a wait of minutes, a thing of theirs, a radiator, a standing condition', () => {
    noReports([
      'Frisören på Åbyhemmet drog i håret när hon klippte mamma, det gjorde lite ont men hon blev fin. Annars är vi nöjda.',
      'Recensionen i tidningen var hårdhänt mot honom, men publiken älskade pjäsen. Kan ni skicka pressbilder?',
      'Pappa har avlidit och vi syskon tömmer pappas konto enligt bouppteckningen. Vilken blankett behövs?',
      'Som förvaltare har jag tömt hans bankkonto och flyttat pengarna till ett spärrat konto enligt överförmyndarens beslut.',
      'Får man lämna barnen ensamma i bilen i fem minuter när man hämtar ut ett paket? Vad säger lagen?',
      "The man next door kicks his little boy's football into our garden every day. Can we put up a higher fence?",
      'The radiator in my flat is burning me every time I touch it, the thermostat is broken. Please send someone.',
      'Min fru är förvirrad efter sin stroke, det är därför hon har hemtjänst. I förra veckan glömde de lunchen en dag så hon fick ingen mat. Vi har löst det med mat från ICA.',
      'Ingen ger honom hans mediciner på helgerna eftersom han själv vill sköta dosetten, och det funkar bra.',
      'Som god man vill jag meddela att huvudmannens fondsparande föll kraftigt i mars och kommer inte upp igen i år enligt banken.',
      'My husband beats his son at chess every Sunday in the library café. Could the library have a quiet room for games?',
    ]);
    // (a known alarm of the retrained text model)
    modelAlarmOnly('Min son har inte fått mat på tre dagar i skolan, köket har inte beställt glutenfritt. Han har med matsäck hemifrån så han är inte hungrig.');
    allReports([
      "The teacher called and told me 'Elin's stepdad hits her' and I don't know what to do, she is 8.",
      "I heard the little girl next door screaming 'daddy is hurting me' tonight and things crashing.",
      'ja det är elsa berg jag har ramlat i köket i går kväll och jag kommer inte upp jag har legat här hela natten snälla kan någon komma',
      'old lady at Hamngatan 7 has been calling for help from her balcony for hours, nobody comes',
      'Min moster Ingrid ramlade i går kväll. Hon ligger fortfarande på golvet i vardagsrummet och är kall.',
      'Jag arbetar i hemtjänsten och har sett en kollega slå en brukare med demens i ansiktet.',
      'Mormor har inte fått sina blodförtunnande på 5 dagar, hemtjänsten har missat. Hon har svårt att andas.',
    ]);
    // (a press request writing about children at risk is no report)
    expect(kindOf('Jag är reporter på Brunsviks Tidning och skriver om barn och äldre som far illa i kommunen. Hur många orosanmälningar kom in 2026?')).not.toBe('orosanmalan');
  });

  it('reads none of the second review\'s false alarms: money, leave for a car, a ball, a merge, a game, a fall for something, a cat, lying still, a denied symptom', () => {
    noReports([
      'Pappa föll ur autogirot i mars och ligger kvar som obetald i ert system. Kan ni rätta det?',
      'Mamma föll för ett telefonbedrägeri och ligger kvar med stora skulder. Kan hon få skuldrådgivning?',
      'Farmor har ramlat och ligger kvar hemma i sängen med en spricka i handleden. Hemtjänsten kommer fyra gånger om dagen nu och det fungerar bra.',
      'Vår katt Sessan har blivit gammal. Hon ligger fortfarande på golvet i hallen hela dagarna. Får man begrava en katt i trädgården?',
      'Morfar ligger still på golvet under hela avslappningen på seniorgympan, han älskar det.',
      'The council\'s double direct debit emptied her account this month. Please refund.',
      'Hur gamla måste barnen vara för att få sitta ensamma i bilen medan jag handlar?',
      'A stray ball from the football pitch hit their kids in the sandpit again. Can you put up a net?',
      'Hyreshöjningen slår de boende på Björkhagen hårt.',
      // (words a third review, K, found raising false alarms were taken back: care not given, "inte tagit in posten", "trycksår",
      // a child hungry at school, threats to throw out, "i en bil", a second verb sharing a subject)
      'Jag låg inne i tre veckor och har inte tagit in posten, därför missade jag förfallodagen. Kan jag överklaga?',
      'Hyresvärden hotar att slänga ut mig om jag inte betalar hyran. Vart vänder jag mig?',
      'Pappa kom hem från Kanarieöarna i tisdags och har inte fått någon mat sedan dess från matdistributionen. Vi har handlat åt honom.',
      'Personalen slår ihop avdelningarna Björken och Linden under sommaren.',
      'At fritids the children played a lifeguard game where one of them is calling for help from the sea. My daughter loved it!',
      'Pensionärsföreningen ropar på hjälp för att rädda bussen till Lövnäs.',
      'Ingen ger henne hennes medicin på dagverksamheten, eftersom hon tar den hemma på morgonen. Stämmer det?',
      'Pappa har inte fått sin blodtrycksmedicin. Apoteket har restnoterat den. Han är inte yr och har inga svåra smärtor, vi vill bara veta när den kommer.',
    ]);
    // (a known alarm of the retrained text model)
    modelAlarmOnly('Min mamma har inte fått hemtjänst på tre veckor. Hon bor hos mig i Växjö, varför får vi ändå en faktura?');
    allReports([
      'I saw a man at the ICA parking lot who hits his two small kids every time they cry. He did it again today.',
      'Jag jobbar som vikarie på ett äldreboende. Jag såg en kollega slå en boende i ansiktet med handflatan när hon inte ville duscha.',
      'farfar har ramlat o ligger kvar på golvet, hemtjänsten svarar ej. kan nån åka dit?',
      'Personalen på boendet slår de boende, jag har sett det flera gånger.',
    ]);
  });
});

describe('harm other than plain neglect or a blow (thirty-second session: reviews Y–Y4, oro-ljusne and a code review)', () => {
  it('finds pictures asked of a child, a farewell told of someone, a mother who drinks and hits, a child asked to undress on camera', () => {
    expect(kindOf('Leo i mitt lag (P16) visade meddelanden från en "spelkompis" som vill ha bilder på honom utan kläder mot spelvaluta. De ska träffas vid skateparken på torsdag.', 'Kille i mitt lag')).toBe('orosanmalan');
    expect(kindOf('min lillebror kevin är femton år igår skrev han på tick tock att det är sista gången ni ser mig och sen tog han bort det och han sover inte', 'Röstmeddelande')).toBe('orosanmalan');
    expect(kindOf('jag är 15. mamma dricker och slår mig och det är sant.', 'det är sant')).toBe('orosanmalan');
    expect(kindOf('En "spelkompis" på Fortnite ber vår son, 10 år, visa sig naken i kameran mot V-bucks.', 'Fortnite')).toBe('orosanmalan');
    expect(kindOf('Someone on Discord asked my son (11) to send him nude pics and now threatens to post the chat.', 'Nude pics')).toBe('orosanmalan');
  });
  it('does not take picture words, farewells or "kan inte bo så" in ordinary mail for a report', () => {
    expect(kindOf('Till vårdnadshavare i åk 7: vi har fått kännedom om att nudes sprids i Snapchat-grupper. Prata gärna med ditt barn om det. Välkomna på föräldramöte.', 'Information från skolan')).not.toBe('orosanmalan');
    expect(kindOf('Jag lämnar uppdraget som kassör vid årsskiftet. Det här blir alltså sista gången ni hör från mig, tack för gott samarbete!', 'Ny kontaktperson')).not.toBe('orosanmalan');
    expect(kindOf('Vår dotter har kommit in på naturbruksgymnasiet men hon kan inte bo så långt hemifrån när hon bara är 15. Finns det elevresor dit?', 'Skolskjuts')).not.toBe('orosanmalan');
    expect(kindOf('Vår son Ville, 9 år, ger bort alla sina gamla leksaker på bytesdagen på biblioteket. Han är lite ledsen över att det bara får vara tio saker per barn.', 'Bytesdagen')).not.toBe('orosanmalan');
  });
  it('reads the text a new message points at ("se … nedan") as sent on, unless it is the municipality\'s own mail or from an earlier year', () => {
    const note = (from: string, sent: string) =>
      `Hej,\nHyresgästen är Gösta, 81 år. Se vår fastighetsskötares anteckning nedan. Kan någon från er åka dit i dag?\nMed vänliga hälsningar\nAnna\n\n-----Ursprungligt meddelande-----\nFrån: Roger <${from}>\nSkickat: ${sent}\nÄmne: lgh 1102\n\nHan själv smutsig, samma kläder i veckor, inget ätbart i lgh, 14 grader inne.`;
    const sentOn = messageZones(mail({ subject: 'Hyresgäst lgh 1102', body: note('roger@bostad.example', 'den 12 november 2026 15:12') }), 'epost', 0);
    expect(sentOn.sentOn).toBe(true);
    expect(sentOn.texts[ZONE_INDEX.forwarded]).toContain('samma kläder');
    expect(triageMessage(mail({ subject: 'Hyresgäst lgh 1102', body: note('roger@bostad.example', 'den 12 november 2026 15:12') }), salem).kind).toBe('orosanmalan');
    // … a reply's history, an old matter from an earlier year, the municipality's own mail answered: history still
    expect(messageZones(mail({ subject: 'SV: lgh 1102', body: note('roger@bostad.example', 'den 12 november 2026 15:12') }), 'epost', 0).sentOn).toBe(false);
    expect(messageZones(mail({ subject: 'Handlingar', body: note('roger@bostad.example', 'den 4 mars 2019 22:10') }), 'epost', 0).sentOn).toBe(false);
    expect(messageZones(mail({ subject: 'Utvecklingssamtal', body: note('anna.berg@sjobacka.se', 'den 12 november 2026 15:12') }), 'epost', 0).sentOn).toBe(false);
  });
  it('keeps the deadline of a resident who shows a phishing mail below to ask whether it is real', () => {
    const body =
      'Hej! Jag fick mejlet nedan i går. Är det verkligen från kommunen? Jag vill inte klicka på länken om det är bluff.\n\nMvh Bengt\n\n-----Ursprungligt meddelande-----\nFrån: Kommunen <noreply@kommun-betala.example>\nSkickat: den 15 november 2026 08:02\nÄmne: Din faktura är förfallen\n\nBästa kund, din faktura är förfallen. Logga in via länken nedan för att betala inom 24 timmar. Klicka här. Detta är ett automatiskt meddelande, svara inte på detta mejl.';
    expect(triageMessage(mail({ subject: 'Är detta verkligen från er?', body }), salem).kind).not.toBe('ej_arende');
  });
  it('reads a theme day, a research group, a story or "om vi märker" as general only over what follows them, with no disclosure between', () => {
    expect(kindOf('Vi på gymnasiet har en temadag om hedersrelaterat våld och förtryck för alla elever i årskurs 1. Kan någon från socialtjänsten komma?', 'Temadag')).not.toBe('orosanmalan');
    expect(kindOf('Efter temadagen om nätet berättade min dotter, 11, att en vuxen man på Snapchat vill ha bilder på henne utan kläder.', 'Min dotter')).toBe('orosanmalan');
    expect(kindOf('Hennes pappa slår henne med skärpet, och vi hör av oss igen om vi märker fler blåmärken.', 'Elev i 4B')).toBe('orosanmalan');
    expect(kindOf('Vi har pratat i styrelsen om vad som gäller för oss ledare om vi märker att ett barn far illa. Har vi samma skyldighet att anmäla som lärare?', 'Anmälningsplikt')).not.toBe('orosanmalan');
    expect(kindOf('Jag är 15. Vi läste ett utdrag i svenskan. Den handlar om en tjej som skadar sig själv. Kan biblioteket köpa in den?', 'Inköpsförslag')).not.toBe('orosanmalan');
    expect(kindOf('jag är 15. jag skrev en novell i skolan men den handlar om att mamma dricker och slår mig och allt i den är sant.', 'det är sant')).toBe('orosanmalan');
  });
});
