import type { Condition, RoutingRule, TextField } from '../config/triageSchema';
import type { Kind } from '../vocabulary';

/*
 * The default Swedish routing rule set shipped in every preset: generic municipal vocabulary
 * (Swedish and English), no place names. Every rule is evidence (has a weight); admins add
 * decisive rules of their own before these, or replace one by defining a rule with its id.
 *
 * Keyword conventions (see keywordSyntax): keywords from four letters also match inside and at
 * the start of compounds; `=` in front = only at the start of a word (street names like
 * `Storgatan` must not count as `gata`); `=` after = only an inflection may follow.
 */

type Then = RoutingRule['then'];

function rule(id: string, name: string, then: Then, weight: number, when: RoutingRule['when']): RoutingRule {
  return { id, name, enabled: true, weight, when, then };
}

/** Evidence from keywords in the subject and the author's text. */
function words(id: string, name: string, then: Then, weight: number, keywords: string[], field: TextField = 'text'): RoutingRule {
  return rule(id, name, then, weight, { any: [{ field, any: keywords }] });
}

const kind = (k: Kind): Then => ({ kind: k });
const dept = (d: string): Then => ({ department: d });

const subjectStarts = (prefixes: string[]): Condition => ({ field: 'subject', startsWith: prefixes });

// ---------------------------------------------------------------------------------------------
// ej_arende: machines, mass mail, spam and phishing
// ---------------------------------------------------------------------------------------------
const NOT_A_CASE: RoutingRule[] = [
  rule('ej.autosvar', 'Autosvar och frånvaro', kind('ej_arende'), 5, {
    any: [
      subjectStarts([
        'Automatiskt svar', 'Automatic reply', 'Autosvar', 'Auto:', 'Autoreply', 'Auto-reply', 'Automatisk svar',
        'Frånvaro', 'Frånvarande', 'Out of office', 'Out of the office', 'Abwesenheit', 'Fraværende', 'Poissa',
      ]),
    ],
  }),
  words('ej.franvarotext', 'Frånvarobesked i texten', kind('ej_arende'), 0.8, [
    'out of the office', 'out of office', 'limited access to email', 'limited access to e-mail', 'i am currently out',
    'i will be back', 'har semester till', 'har semester', 'är på semester', 'är ledig till', 'är tjänstledig', 'är föräldraledig',
    'åter på kontoret', 'åter i tjänst', 'tillbaka på kontoret', 'läser inte e-post', 'läser inte min e-post',
    'läser inte mejl', 'begränsad tillgång till e-post', 'brådskande ärenden', 'urgent matters', 'i brådskande ärenden',
  ], 'body'),
  rule('ej.studs', 'Studsat e-postmeddelande', kind('ej_arende'), 5, {
    any: [
      subjectStarts([
        'Olevererbart', 'Ej levererat', 'Undeliverable', 'Undelivered', 'Delivery Status Notification',
        'Mail delivery failed', 'Returned mail', 'Delivery failure', 'Leveransfel', 'Failure notice', 'Non-deliverable',
        'Meddelandet kunde inte levereras', 'Unzustellbar', 'Nicht zustellbar',
      ]),
      { field: 'from', any: ['mailer-daemon', 'postmaster', 'microsoftexchange', 'mail delivery'] },
    ],
  }),
  words('ej.studstext', 'Leveransrapport i texten', kind('ej_arende'), 2, [
    'diagnostic-code', 'remote server returned', 'reporting-mta', 'final-recipient', 'could not be delivered',
    'gick inte att leverera', 'diagnostisk information för administratörer', 'delivery has failed',
  ], 'body'),
  rule('ej.last', 'Läskvitto', kind('ej_arende'), 5, {
    any: [subjectStarts(['Läst:', 'Read:', 'Ej läst:', 'Not read:', 'Läskvitto', 'Read receipt', 'Gelesen:', 'Lu :'])],
  }),
  words('ej.nyhetsbrev', 'Nyhetsbrev och massutskick', kind('ej_arende'), 1, [
    'nyhetsbrev', 'nyhetsbrevet', 'avsluta prenumerationen', 'avsluta prenumeration', 'avprenumerera', 'avregistrera dig',
    'unsubscribe', 'newsletter', 'öppna i webbläsaren', 'view in browser', 'view this email in your browser',
    'webbinarier', 'webbinarium', 'webinar', 'du får detta', 'prenumererar på', 'you are receiving this', 'manage preferences',
  ]),
  words('ej.reklam', 'Reklam och spam', kind('ej_arende'), 0.8, [
    '=seo', 'ranking', 'guaranteed', 'free audit', 'first page of google', 'kampanj', 'fri frakt', 'specialerbjudande',
    'erbjudande', 'rabatt', 'just reply', 'per month', '/month', 'beställ på', 'limited offer', 'bitcoin', 'crypto',
    'casino', 'lottery', 'inheritance', 'du har vunnit', 'you have won', 'avrop', 'our packages', 'increase your sales',
    'backlinks', 'marketing services', 'business proposal',
  ]),
  words('ej.natfiske', 'Nätfiske och bedrägeriförsök', kind('ej_arende'), 0.8, [
    'verifiera ditt konto', 'verifierar ditt konto', 'verify your account', 'bekräfta ditt konto', 'bekräfta din identitet',
    'lagringsgräns', 'nästan full', 'mailbox is full', 'mailbox is almost full', 'klicka nedan', 'klicka här', 'click here',
    'click below', 'uppdatera här', 'uppdatera har', 'uppdatera dina uppgifter', 'ditt paket', 'your package', 'paket kunde inte',
    'tullavgift', 'frigör utrymme', 'lösenordet går ut', 'ditt lösenord', 'password expires', 'inom 24 timmar',
    'inom 24h', 'within 24 hours', 'kommer att avvisas', 'kontot stängs', 'account will be', 'logga in för att',
  ]),
  rule('ej.forfalskad', 'Förfalskad avsändare', kind('ej_arende'), 5, { any: [{ field: 'signal', in: ['lookalikeSender'] }] }),
  words('ej.tomt', 'Tomt röstmeddelande', kind('ej_arende'), 3, [
    'inget tal', 'no speech', 'tomt meddelande', 'tyst meddelande', 'inget meddelande lämnades', 'kunde inte transkriberas',
    'could not be transcribed', 'no message was left',
  ]),
  rule('ej.baratack', 'Bara ett tack', kind('ej_arende'), 2, {
    all: [
      { field: 'words', atMost: 4 },
      { field: 'body', any: ['tack', 'tackar', 'thanks', 'thank you', 'ok tack', 'toppen', 'uppfattat', 'mottaget'] },
    ],
  }),
  rule('ej.tomt-meddelande', 'Meddelande utan text', kind('ej_arende'), 1.5, {
    all: [{ field: 'signal', in: ['emptyText'] }, { field: 'hasAttachments', equals: false }],
  }),
];

// ---------------------------------------------------------------------------------------------
// orosanmälan
// ---------------------------------------------------------------------------------------------
const CONCERN: RoutingRule[] = [
  words('oro.ord', 'Orosanmälan', kind('orosanmalan'), 3, [
    'orosanmälan', 'orosanmäla', 'oroanmälan', 'orosanmälning', 'anmälningsskyldighet', 'anmälningsskyldigheten',
    'barn som far illa', 'far illa', 'child protection', 'safeguarding concern', 'concern for a child',
  ]),
  words('oro.tecken', 'Tecken på att någon far illa', kind('orosanmalan'), 0.7, [
    'slog henne', 'slog honom', 'slår henne', 'slår honom', 'slår barnen', 'slog barnet', 'blåmärken', 'misshandel',
    'misshandlar', 'ensamma hela', 'lämnade ensamma', 'lämnas ensamma', 'ensamma hemma', 'ensam hemma', 'ingen mat',
    'inte fått mat', 'inte vill gå hem', 'vill inte gå hem', 'skriker', 'kastas', 'gråta', 'grät', 'gråter',
    'påverkad', 'berusad', 'drogpåverkad', 'sluddrande', 'frysa ihjäl', 'hittade inte hem', 'hittar inte hem',
    'vanvård', 'vanvårdad', 'försummad', 'hot om våld', 'våld i hemmet', 'självmord', 'ta livet av', 'titta till henne',
    'titta till honom', 'titta till dem', 'nattlinne', 'gått ner i vikt', 'är rädd för sin', 'rädd för pappa',
    'rädd för mamma', 'hemlös', 'is being hit', 'neglected', 'abused',
  ]),
  words('oro.hur', 'Fråga om hur man gör en orosanmälan', kind('orosanmalan'), -3, [
    'hur gör man en orosanmälan', 'hur gör jag en orosanmälan', 'hur gör man en anmälan', 'hur anmäler man',
    'hur anmäler jag', 'hur orosanmäler', 'how do i report', 'how can i report', 'vart vänder man sig om',
  ]),
];

// ---------------------------------------------------------------------------------------------
// till förtroendevald
// ---------------------------------------------------------------------------------------------
const ELECTED: RoutingRule[] = [
  words('fv.titel', 'Politiker nämns vid titel', kind('fortroendevald'), 0.6, [
    'kommunstyrelsens ordförande', 'ks ordförande', 'kommunalråd', 'kommunalrådet', 'kommunråd', 'oppositionsråd',
    'kommunfullmäktiges ordförande', 'fullmäktiges ordförande', 'nämndens ordförande', 'nämndsordförande', 'ledamot',
    'ledamöter', 'förtroendevald', 'förtroendevalda', 'politiker', 'politikerna', 'partigrupp', 'mayor', 'councillor',
    'councilor', 'politician', 'elected official',
  ]),
  words('fv.tilltal', 'Tilltal till förtroendevald', kind('fortroendevald'), 1.2, [
    'till kommunstyrelsens ordförande', 'till kommunalrådet', 'dig som ledamot', 'dig som politiker', 'dig som ordförande',
    'er som våra förtroendevalda', 'ni som förtroendevalda', 'er förtroendevalda', 'ni politiker', 'till politikerna',
    'till alla ledamöter', 'till samtliga ledamöter', 'till ledamöterna', 'till fullmäktiges ledamöter',
    'till kommunfullmäktiges ledamöter', 'vidarebefordra till politikerna', 'vill prata med kommunstyrelsens ordförande',
    'vill prata med kommunalrådet', 'tänker rösta', 'tänker ni rösta', 'du själv att rösta', 'ditt parti', 'ert parti',
    'rösta nej', 'röstar nej', 'rösta ja', 'röstar ja', 'svar från dig personligen', 'svar från kommunstyrelsens ordförande',
    'svar från politiker', 'dear councillor', 'to the mayor', 'dear mayor', 'forward this to the',
  ]),
];

// ---------------------------------------------------------------------------------------------
// skadeanspråk
// ---------------------------------------------------------------------------------------------
const DAMAGE: RoutingRule[] = [
  words('skada.krav', 'Krav på ersättning', kind('skadeansprak'), 1.2, [
    'skadeanspråk', 'skadeanmälan', 'skadestånd', 'regresskrav', 'krav på ersättning', 'begär ersättning',
    'begära ersättning', 'yrkar ersättning', 'kräver ersättning', 'få ersättning', 'ersättning för', 'ersätta kostnaden',
    'ersätter kostnaden', 'ersätta skadan', 'ersätta mig', 'ersätta oss', 'ersätter skadan', 'ersättningsanspråk', 'självrisk',
    'damage claim', 'claim for damages', 'compensation for', 'reimburse',
  ]),
  words('skada.skador', 'Skada på egendom', kind('skadeansprak'), 0.25, [
    'bilskada', 'skadan', 'skador', 'skadad', 'skadades', 'buckla', 'spräckt', 'krossad', 'krossades', 'välte',
    'översvämning', 'vattenskada', 'halkade', 'punktering', 'fälgen', 'kvitto', 'försäkringsbolag', 'damaged',
  ]),
];

// ---------------------------------------------------------------------------------------------
// ansökan
// ---------------------------------------------------------------------------------------------
const APPLICATION: RoutingRule[] = [
  words('ans.ansoker', 'Ansökan', kind('ansokan'), 1.5, [
    'ansöker om', 'ansöker härmed', 'härmed ansöker', 'ansökan om', 'ansöka om', 'vill ansöka', 'jag ansöker', 'vi ansöker',
    'ansöker jag', 'ansöker vi', 'söker härmed', 'härmed söker', 'spontanansökan', 'intresseanmälan', 'anmälan om registrering',
    'ansökningsblankett', 'ansökan bifogas', 'bifogar ansökan', 'skickar min ansökan', 'skickar ansökan', 'som en ansökan',
    'application for', 'i hereby apply', 'my application', 'i would like to apply',
  ]),
  words('ans.handling', 'Begäran om allmän handling', { kind: 'ansokan', department: 'kommunledning' }, 4, [
    'allmän handling', 'allmänna handlingar', 'allmänna handlingen', 'begära ut', 'begär ut', 'begär att få ut',
    'begäran om handlingar', 'begäran om utlämnande', 'få ta del av följande', 'få ta del av handlingar', 'ta del av handlingar',
    'offentlighetsprincipen', 'utlämnande av handling', 'freedom of information', 'public records', 'public documents',
  ]),
  words('ans.jobb', 'Jobbansökan', { kind: 'ansokan', department: 'kommunledning' }, 3, [
    'söka jobbet', 'söka tjänsten', 'söker tjänsten', 'söker jobbet', 'spontanansökan', 'personligt brev', '=cv=', 'mitt cv',
    'lärarlegitimation', 'arbetsansökan', 'jobbansökan', 'ansökan till tjänsten', 'intresserad av tjänster',
    'intresserad av en tjänst', 'intresserad av att arbeta', 'job application', 'cover letter', 'my resume',
  ]),
  words('ans.bestallning', 'Beställning, registrering eller anmälan', kind('ansokan'), 1, [
    'vill beställa', 'vi vill beställa', 'beställning av', 'beställer härmed', 'registrera min', 'registrera vår',
    'anmälan om registrering', 'fyllt i blanketten', 'bifogar blanketten', 'anmäler härmed', 'härmed anmäler',
    'begär härmed', 'vill teckna', 'säga upp mitt', 'vill säga upp',
  ]),
  words('ans.ordet', 'Ansökan (ordet)', kind('ansokan'), 0.6, ['ansökan', 'ansökningen', 'ansökte']),
  words('ans.hur', 'Fråga om hur man ansöker', kind('ansokan'), -2.5, [
    'hur ansöker', 'hur söker', 'hur gör man för att ansöka', 'hur gör jag för att ansöka', 'hur gör jag för att söka',
    'hur gör man för att söka', 'hur man ansöker', 'hur man söker', 'how do i apply', 'how to apply', 'how can i apply',
    'can i apply', 'kan man ansöka', 'kan man söka', 'kan jag ansöka', 'kan jag söka', 'behöver man söka', 'behöver vi söka',
    'behöver jag söka', 'måste man söka', 'måste vi söka', 'måste jag söka', 'sista ansökningsdag', 'när kan man söka',
    'var ansöker', 'var söker', 'vart söker', 'vilken blankett', 'hur lång är kön', 'har ni fått min ansökan',
    'skickade in en', 'lämnade in en',
  ]),
];

// ---------------------------------------------------------------------------------------------
// felanmälan
// ---------------------------------------------------------------------------------------------
const FAULT: RoutingRule[] = [
  words('fel.fel', 'Fel som ska åtgärdas', kind('felanmalan'), 1.2, [
    'trasig', 'trasiga', 'trasigt', 'gått sönder', 'har gått av', 'gått av', 'är sönder', 'fungerar inte', 'funkar inte',
    'lyser inte', 'släckt', 'släckta', 'slocknat', 'ur funktion', 'läcker', 'läckage', 'vattenläcka', 'rörbrott',
    'stopp i avloppet', 'stopp i', 'översvämmad', 'forsar', 'inget vatten', 'inget tryck', 'dåligt tryck', 'hål i vägen',
    'hål i asfalten', 'hål i gatan', 'stort hål', 'potthål', 'grop i', 'lutar', 'nedfallen', 'omkullblåst', 'blåst omkull',
    'nedblåst', 'vält träd', 'klotter', 'skadegörelse', 'krossad ruta', 'rinner hela tiden', 'felanmäla', 'felanmäler',
    'felanmälan', 'broken', 'not working', 'leaking', 'pothole', 'out of order', 'no water', 'fallen tree', 'blinkar',
    'hänger löst', 'har ramlat ner', 'ligger över vägen', 'tilltäppt', 'stopp i brunnen', 'svämmar över',
  ]),
];

// ---------------------------------------------------------------------------------------------
// synpunkter: klagomål, beröm, förslag
// ---------------------------------------------------------------------------------------------
const OPINION: RoutingRule[] = [
  words('klag.ord', 'Klagomål', kind('klagomal'), 1.5, [
    'klagomål', 'klaga', 'klagar', 'reklamation', 'missnöjd', 'missnöjda', 'besviken', 'besvikna', 'upprörd', 'upprörda',
    'oacceptabelt', 'inte acceptabelt', 'inte rimligt', 'orimligt', 'skandal', 'skämmas', 'skäms', 'bedrövligt',
    'dåligt bemött', 'dåligt bemötande', 'otrevlig', 'otrevligt', 'nonchalant', 'respektlöst', 'complaint', 'complain',
    'disappointed', 'unacceptable', 'framföra ett klagomål', 'kritik', 'kritisk till', 'inte att det är rimligt',
    'är inte rimligt', 'motsätter sig', 'motsätter', 'invändningar', 'invänder', 'protesterar', 'object to', 'oppose',
  ]),
  words('klag.service', 'Tjänst som inte fungerat', kind('klagomal'), 0.8, [
    'ingen svarar', 'besvaras inte', 'inte fått svar', 'inget svar', 'ingen har återkopplat', 'ingen återkoppling',
    'kom inte', 'kommer aldrig', 'glöms bort', 'glömts bort', 'bortglömd', 'tredje gången', 'flera gånger', 'varje gång',
    'blivit sämre', 'mycket sämre', 'bristfällig', 'bristfälligt', 'bristfälliga', 'dåligt skött', 'slarv', 'har försämrats', 'ingen information', 'ingen info', 'utan info', 'utan information',
    'inte plogat', 'inte plogats', 'inte plogad', 'inte sandat', 'inte tömts', 'inte hämtats', 'överklaga', 'håller inte', 'inte okej', 'inte ok', 'väntat i', 'väntat över', 'handläggningstiden',
    'personalbrist', 'vill framföra', 'borde', 'inte värdigt',
  ]),
  words('klag.storning', 'Störning från andra', { kind: 'klagomal', department: 'samhallsbyggnad' }, 1.2, [
    'buller', 'bullrar', 'oväsen', 'hög musik', 'störande', 'störningar', 'kan inte sova', 'stank', 'luktar illa',
    'röken', 'rökutveckling', 'eldning', 'eldar', 'olovligt byggande', 'olovligt', 'svartbygge', 'utan bygglov',
    'nedskräpning', 'noise', 'smoke from',
  ]),
  words('berom.ord', 'Beröm', kind('berom'), 1.5, [
    'beröm', 'berömma', 'eloge', 'vill tacka', 'vill bara tacka', 'tacka alla', 'tacka er', 'tacka personalen', 'tack till',
    'stort tack', 'tusen tack', 'säga tack', 'fantastisk', 'fantastiska', 'fantastiskt', 'suveränt', 'otroligt bra',
    'gott bemötande', 'trevligt bemötande', 'fint bemötande', 'så nöjd', 'så nöjda', 'great job', 'thank you so much',
    'compliment', 'praise', 'well done', 'hats off',
  ]),
  words('berom.svag', 'Uppskattning', kind('berom'), 0.6, [
    'jättebra', 'toppen', 'så snällt', 'himla snällt', 'hjälpsam', 'hjälpsamma', 'nöjd', 'nöjda', 'tacksam för allt',
    'viktigt arbete', 'glömmer jag aldrig',
  ]),
  words('forslag.ord', 'Förslag', kind('forslag'), 1.5, [
    'föreslår', 'föreslå', 'vi föreslår', 'jag föreslår', 'e-förslag', 'medborgarförslag', 'förslag till kommunen',
    'suggestion', 'suggest', 'propose', 'mitt förslag', 'vårt förslag',
  ]),
  words('forslag.nyttord', 'Förslag (ordet)', kind('forslag'), 1, ['=förslag', '=förslaget']),
  words('forslag.onskan', 'Önskemål', kind('forslag'), 0.7, [
    'sätt gärna upp', 'vore bra', 'vore också bra', 'vore fint', 'vore roligt', 'skulle vara bra', 'skulle vara fint',
    'skulle behövas', 'önskar att', 'önskemål', 'kan inte kommunen', 'testa det', 'införa', 'inför gärna', 'bygg gärna',
    'it would be nice', 'could you consider', 'why not',
  ]),
];

// ---------------------------------------------------------------------------------------------
// departments
// ---------------------------------------------------------------------------------------------
const DEPARTMENTS: RoutingRule[] = [
  // kommunledning
  words('avd.kl.faktura', 'Leverantörsfaktura', { kind: 'fraga', department: 'kommunledning' }, 4, [
    'fakturanr', 'fakturanummer', 'fakturadatum', 'förfallodatum', 'förfallodag', 'att betala', 'betalningspåminnelse',
    'påminnelse om betalning', 'inkasso', 'inkassokrav', 'ocr-nummer', 'peppol', 'invoice number', 'payment reminder',
    'dröjsmålsränta',
  ]),
  words('avd.kl.faktura-ord', 'Faktura', dept('kommunledning'), 1, ['faktura', 'fakturan', 'fakturor', 'invoice']),
  words('avd.kl.press', 'Press och media', dept('kommunledning'), 4, [
    'reporter', 'journalist', 'redaktion', 'redaktör', 'nyhetsdesk', 'presskontakt', 'pressfråga', 'pressförfrågan',
    'intervju', 'kommentar från kommunen', 'vill ha en kommentar', 'press enquiry', 'media enquiry', 'interview',
  ]),
  words('avd.kl.politik', 'Politik, diarium och ledning', dept('kommunledning'), 1.5, [
    'kommunstyrelsen', 'kommunfullmäktige', 'fullmäktige', 'kommunalråd', 'kommunråd', 'politiker', 'diarium',
    'diarieför', 'registrator', 'skattehöjning', 'kommunalskatt', 'upphandling', 'e-förslag', 'medborgarförslag',
    'kommunledningskontor', 'kommunledningsförvaltning', 'kommundirektör', 'lönespecifikation', 'arbetsgivarintyg',
    'tjänstgöringsintyg', 'lediga jobb', 'ledig tjänst', 'lediga tjänster', 'rekrytering', 'vacancy',
  ]),
  words('avd.kl.eforslag', 'E-förslag', { kind: 'forslag', department: 'kommunledning' }, 10, ['e-förslag', 'eförslag', 'medborgarförslag']),

  // utbildning
  words('avd.utb.skola', 'Förskola och skola', dept('utbildning'), 2, [
    'förskola', 'förskolan', 'förskoleplats', 'förskoleklass', 'dagis', 'fritidshem', '=fritids=', 'skolskjuts', 'skolbuss',
    'skolmat', 'skollunch', 'skolmaten', 'maten på skolan', 'elev', 'lärare', 'mentor', 'rektor', 'klasslärare', 'pedagog',
    'årskurs', '=åk=', 'gymnasium', 'gymnasiet', 'gymnasieskola', 'komvux', 'vuxenutbildning', '=sfi=', 'svenska för invandrare',
    'modersmål', 'studiehandledning', 'skolbyte', 'byte av skola', 'skolplacering', 'barnomsorg', 'läxhjälp',
    'utbildningsförvaltning', 'skolkontoret', 'skolval', 'kränkande behandling', 'huvudmannen', 'skolsköterska',
    'elevhälsa', 'betyg', 'school', 'teacher', 'pupil', 'preschool', 'kindergarten', 'daycare', 'learn swedish',
    'swedish classes', 'swedish for immigrants',
  ]),
  words('avd.utb.skolord', 'Skola (ordet)', dept('utbildning'), 1.2, ['skola', 'skolan', 'skolor', 'skolans', 'skolgården', 'skoldag']),

  // socialtjänst
  words('avd.soc.omsorg', 'Omsorg och socialtjänst', dept('socialtjanst'), 2.5, [
    'hemtjänst', 'äldreomsorg', 'äldreboende', 'särskilt boende', 'trygghetslarm', 'färdtjänst', 'riksfärdtjänst', '=lss=',
    'gruppbostad', 'boendestöd', 'personlig assistans', 'personlig assistent', 'ledsagare', 'daglig verksamhet',
    'korttidsboende', 'demens', 'biståndshandläggare', 'bistånd', 'försörjningsstöd', 'ekonomiskt bistånd', 'socialbidrag',
    'socialtjänst', 'socialsekreterare', 'socialförvaltning', 'missbruk', 'beroendevård', 'familjehem', 'kontaktfamilj',
    'våld i nära relation', 'skyddat boende', 'skuldrådgivning', 'god man', 'överförmyndare', 'anhörigstöd',
    'social services', 'home care', 'elderly care', 'financial assistance', 'welfare',
  ]),

  // samhällsbyggnad
  words('avd.sbf.bygg', 'Bygglov och planer', dept('samhallsbyggnad'), 2.5, [
    'bygglov', 'rivningslov', 'marklov', 'bygganmälan', 'attefall', 'tillbyggnad', 'nybyggnad', 'carport', 'detaljplan',
    'översiktsplan', 'samråd', 'planarbete', 'planbesked', 'strandskydd', 'nybyggnadskarta', 'lantmäteri',
    'fastighetsbildning', 'tomtgräns', 'grannehörande', 'byggnadsnämnd', 'samhällsbyggnad', 'kart- och mät',
    'building permit', 'planning permission', 'zoning', 'brygga', 'bygga en', 'slutbesked', 'startbesked',
  ]),
  words('avd.sbf.miljo', 'Miljö, hälsoskydd och livsmedel', dept('samhallsbyggnad'), 2.5, [
    'miljö- och hälsoskydd', 'miljöskydd', 'hälsoskydd', 'miljöförvaltning', 'miljöenhet', 'miljökontor', 'livsmedel',
    'foodtruck', 'food truck', 'serveringstillstånd', 'alkoholtillstånd', 'tobak', 'buller', 'bergvärme', 'värmepump',
    'enskilt avlopp', 'avloppsanläggning', 'brunn', 'radon', 'mögel', 'ohyra', 'skadedjur', 'råttor', 'eldning', 'djurhållning',
    'miljötillsyn', 'tillsyn', 'uteservering', 'borra',
  ]),

  // teknik
  words('avd.tek.gata', 'Gata och belysning', dept('teknik'), 2.5, [
    'gatubelysning', 'belysning', 'gatlykta', 'gatlampa', 'lyktstolpe', 'belysningsstolpe', 'stolpe', 'stolpar', 'gång- och cykelväg', 'gc-väg', 'cykelväg', 'trottoar', 'asfalt', 'potthål', 'hål i vägen',
    'vägskylt', 'trafikljus', 'väghållare', 'gatusopning', 'street', 'road', 'streetlight', 'gatukontor',
    'tekniska förvaltningen', 'tekniska kontoret', 'tekniska enheten', 'kantsten', 'brunnslock', 'vägbana',
  ]),
  words('avd.tek.lampa', 'Lampor och mörker ute', dept('teknik'), 1.2, ['=lampa', '=lampan', '=lampor', 'mörkt', 'mörkret', 'kolsvart', 'becksvart']),
  words('avd.tek.vagord', 'Gata (ordet)', dept('teknik'), 1.2, ['=väg', '=vägen', '=vägar', '=gata', '=gatan', '=gator']),
  words('avd.tek.trafik', 'Trafik, hållplatser och parkering', dept('teknik'), 1.5, [
    'busshållplats', 'hållplats', 'trafik', 'korsning', 'farthinder', 'gupp', 'övergångsställe', '=skylt', '=skylten',
    '=skyltar', 'skyltning', 'parkering', 'felparkering', 'parkeringstillstånd', 'p-tillstånd', 'parking',
    'hastighet', 'fartkamera',
  ]),
  words('avd.tek.vinter', 'Snöröjning och halka', dept('teknik'), 2.5, [
    'snöröjning', 'plogning', 'ploga', 'plogat', 'plogade', 'plogad', 'plogats', 'plogas', 'plogbil', '=snö', 'halka',
    'halkbekämpning', '=sandning', '=sanda', '=sandat', '=sandas', 'isgata', 'blankis', 'snow', 'snowplough', 'gritting',
  ]),
  words('avd.tek.va', 'Vatten och avlopp', dept('teknik'), 2.5, [
    'vatten', 'vattnet', 'dricksvatten', 'kranvatten', 'vattenledning', 'vattenläcka', 'vattenmätare', 'vattentryck',
    'kokningsrekommendation', 'kokningsråd', 'avlopp', 'spillvatten', 'dagvatten', '=va=', 'va-huvudman', 'vattentjänster',
    'rörbrott', 'översvämning', 'källaröversvämning', 'bakåtströmning', 'water', 'sewage', 'sewer',
  ]),
  words('avd.tek.avfall', 'Avfall och återvinning', dept('teknik'), 2.5, [
    'avfall', 'sopor', 'soporna', 'sophämtning', 'sopkärl', 'soptunna', 'sopbil', 'återvinning', 'kompost', 'matavfall',
    'slamtömning', 'grovsopor', 'renhållning', 'töms', 'tömmas', 'tömning', 'waste', 'garbage', 'recycling',
  ]),
  words('avd.tek.park', 'Park och lekplats', dept('teknik'), 2, [
    '=park=', '=parker=', 'grönområde', 'lekplats', 'gunga', 'gungan', 'gungor', 'rutschkana', 'bänk', 'bänkar', 'papperskorg',
    'hundrastgård', 'promenadslinga', '=träd', 'träden', 'trädet', 'gren', 'grenar', 'grenarna', 'buske', 'buskar', 'häck',
    'gräsklippning', 'slyröjning', 'playground', 'tree',
  ]),
  rule('avd.tek.fel', 'Felanmälan går oftast till teknik', dept('teknik'), 1, { all: [{ field: 'kind', in: ['felanmalan'] }] }),
  rule('avd.tek.skada', 'Skador i offentlig miljö går oftast till teknik', dept('teknik'), 0.8, {
    all: [{ field: 'kind', in: ['skadeansprak'] }],
  }),

  // kultur och fritid
  words('avd.kf.bibliotek', 'Bibliotek', dept('kultur_fritid'), 2.5, [
    'bibliotek', 'bibliotekarie', 'lånekort', 'låna böcker', 'e-böcker', 'meröppet', 'library', 'boken', 'böcker',
  ]),
  words('avd.kf.idrott', 'Idrott, bad och bokning', dept('kultur_fritid'), 2.5, [
    'idrottshall', 'sporthall', 'hallen', 'hallar', 'simhall', 'badhus', 'badet', 'bassäng', 'omklädningsrum', 'ishall',
    'motionsspår', 'elljusspår', 'idrottsplats', 'fotbollsplan', 'konstgräs', 'tennisbana', 'innebandy', 'föreningsbidrag',
    'aktivitetsstöd', 'anläggningsbidrag', 'verksamhetsbidrag', 'lokalbokning', 'bokning', 'säsongsbokning', 'boka',
    'ungdomstaxa', 'fritidsgård', 'ungdomsgård', 'swimming pool', 'sports hall', 'dusch', 'duscharna', 'klippkort',
  ]),
  words('avd.kf.forening', 'Föreningar', dept('kultur_fritid'), 1.2, ['förening', 'föreningar', 'föreningen', 'hyra', 'taxan']),
  words('avd.kf.kultur', 'Kultur och evenemang', dept('kultur_fritid'), 2.5, [
    'kultur', 'kulturskola', 'musikskola', 'museum', 'konsthall', 'teater', '=bio=', 'evenemang', 'konsert', 'festival',
    'firande', 'valborg', 'nationaldag', 'bygdegård', 'kultur- och fritid', 'event', 'utställning',
  ]),

  // kontaktcenter
  words('avd.kc.hittegods', 'Hittegods', dept('kontaktcenter'), 3, [
    'borttappad', 'borttappat', 'tappat', 'tappade', 'glömde', 'glömt kvar', 'kvarglömd', 'hittegods', 'upphittad',
    'lost property', 'har någon lämnat in', 'lost my', 'left my',
  ]),
  words('avd.kc.allmant', 'Allmänna frågor till kontaktcenter', dept('kontaktcenter'), 2, [
    'öppettider', 'receptionen', 'stadshuset', 'medborgarkontor', 'servicecenter', 'kontaktcenter', 'opening hours',
    'har ni öppet', 'mellan jul och nyår', 'vem ska jag vända mig till', 'vart vänder jag mig', 'rätt avdelning',
  ]),
  words('avd.kc.inflyttad', 'Ny i kommunen', dept('kontaktcenter'), 3, [
    'new residents', 'new resident', 'moving to', 'where do i start', 'checklist', 'nyinflyttad', 'flyttar till kommunen',
    'ny i kommunen', 'vad behöver vi ordna', 'what we need to arrange',
  ]),
  words('avd.kc.annan', 'Annan myndighets ansvar', dept('kontaktcenter'), 1, [
    'skatteverket', 'försäkringskassan', 'arbetsförmedlingen', 'migrationsverket', 'polisen', 'trafikverket', 'vårdcentral',
    '1177', 'postnord',
  ]),
];

/** The default Swedish routing rule set shipped in every preset. */
export const DEFAULT_ROUTING_RULES: RoutingRule[] = [
  ...NOT_A_CASE,
  ...CONCERN,
  ...ELECTED,
  ...DAMAGE,
  ...APPLICATION,
  ...FAULT,
  ...OPINION,
  ...DEPARTMENTS,
];
