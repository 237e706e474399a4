import type { Condition, RoutingRule, TextField } from '../config/triageSchema';
import type { Kind } from '../vocabulary';
import { MEETING_RESPONSE_PREFIXES } from './meetingResponse';

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

/** A decisive rule (no weight): the first that matches sets its kind outright. */
function decisive(id: string, name: string, then: Then, when: RoutingRule['when']): RoutingRule {
  return { id, name, enabled: true, when, then };
}

/** Evidence from keywords in the subject and the author's text. */
function words(id: string, name: string, then: Then, weight: number, keywords: string[], field: TextField = 'text'): RoutingRule {
  return rule(id, name, then, weight, { any: [{ field, any: keywords }] });
}

/**
 * Single English words as evidence only in a text written in English: in a Swedish text "Road",
 * "Water" or "Event" is a company's or a product's name, not what the writer asks about.
 */
function english(id: string, name: string, then: Then, weight: number, keywords: string[]): RoutingRule {
  // (the word first: the language is only looked at when an English word is there)
  return rule(id, name, then, weight, { all: [{ field: 'text', any: keywords }, { field: 'signal', in: ['englishText'] }] });
}

const kind = (k: Kind): Then => ({ kind: k });
/** What a press enquiry is not, in the names of the `fraga.press.*` rules. */
const PRESS_NOT: Partial<Record<Kind, string>> = {
  felanmalan: 'en felanmälan',
  klagomal: 'ett klagomål',
  berom: 'beröm',
  forslag: 'ett förslag',
  skadeansprak: 'ett skadeanspråk',
  fortroendevald: 'till en förtroendevald',
};
const dept = (d: string): Then => ({ department: d });

const subjectStarts = (prefixes: string[]): Condition => ({ field: 'subject', startsWith: prefixes });
/** The subject as a machine writes it first (a person replying to it writes `SV:` in front). */
const machineSubject = (prefixes: readonly string[]): Condition => ({ field: 'subject', startsWith: [...prefixes], asWritten: true });

/** An invoice's own fields. */
const INVOICE_FIELDS = [
  'fakturanr', 'fakturanummer', 'fakturadatum', 'förfallodatum', 'förfallodag', 'fakturabelopp', 'betalningspåminnelse', 'påminnelseavgift',
  'ocr-nummer', 'invoice number', 'invoice date', 'payment reminder', 'amount due',
];
/** A company's payment details, as an invoice gives them. */
const COMPANY_PAYMENT_DETAILS = [
  'org.nr', 'org nr', 'orgnr', 'organisationsnummer', 'momsreg', 'inkl. moms', 'inkl moms', 'exkl. moms', 'exkl moms', 'f-skatt', 'bankgiro', 'plusgiro',
  'er referens', 'er ref', 'your reference', 'vat number',
];
/** A resident's own bill, in their words. */
const OWN_BILL = [
  'jag har fått en faktura', 'vi har fått en faktura', 'jag fick en faktura', 'vi fick en faktura', 'min faktura', 'fakturan jag fick', 'fakturan vi fick',
  'fel på fakturan', 'felaktig faktura', 'i received an invoice',
];
/** A resident writing about a bill they got, or handing one in with a claim. */
const CITIZEN_WITH_A_BILL = [
  'jag har fått en faktura', 'vi har fått en faktura', 'jag fick en faktura', 'vi fick en faktura', 'min faktura', 'fakturan jag fick', 'fakturan vi fick',
  'varför', 'fel på fakturan', 'felaktig faktura', 'kan ni förklara', 'begär ersättning', 'kräver ersättning', 'ersätta mig', 'ersätta oss', 'skadeanspråk',
  'i received an invoice', 'why',
];

/** A seller's title, as a signature gives it. */
const SELLER_TITLES = [
  'säljare', 'säljansvarig', 'försäljningschef', 'account manager', 'key account', 'kundansvarig', 'affärsutvecklare', 'sales manager', 'sales representative',
  'business development',
];

/** The footer of mass mail and notifications, and a platform telling "you" of others' doings. */
const SYSTEM_FOOTER = [
  'du får det här mejlet', 'du får detta mejl', 'du får det här meddelandet', 'du får detta meddelande', 'du får det här e-postmeddelandet',
  'du får detta e-postmeddelande', 'du får detta utskick', 'du får det här utskicket', 'du får detta nyhetsbrev', 'du får detta eftersom',
  'du får det här eftersom', 'you are receiving this', 'you received this email', 'aviseringsinställningar', 'e-postaviseringar',
  'notification settings', 'email notifications', 'avregistrera', 'avsluta prenumerationen', 'avsluta prenumeration', 'du prenumererar som',
  'du prenumererar på', 'unsubscribe', 'respekterar din integritet', ...combine(['får detta', 'får det här', 'får veckobrevet', 'får nyhetsbrevet', 'får utskicket', 'får brevet'], ['som prenumerant']),
  'dig som prenumerant', 'du som prenumerant', 'because you are a subscriber', 'you are receiving this as a subscriber',
  'respects your privacy', 'har delat en fil med dig', 'har delat en mapp med dig', 'har delat ett dokument med dig', 'delade en fil med dig',
  'shared a file with you', 'shared a folder with you', 'shared a document with you', 'nämnde dig i', 'mentioned you in',
  'missade aktiviteter', 'missed activities', 'vill återkalla meddelandet',
];
/** A platform telling of a comment, a meeting reminder, a sign-in, new terms or an order: it speaks of "your" account. */
const PLATFORM_NOTICE = [
  'kommenterade ditt inlägg', 'gillade ditt inlägg', 'svarade på din kommentar', 'commented on your post', 'liked your post',
  'detta är en påminnelse om mötet', 'det här är en påminnelse om mötet', 'this is a reminder of', 'this is a reminder for',
  'ny inloggning på ditt konto', 'en ny inloggning', 'new sign-in', 'new login to your account', 'om det var du behöver du inte', 'if this was you',
  'uppdaterat våra villkor', 'uppdaterat våra användarvillkor', 'uppdaterat vår integritetspolicy', 'updated our terms', 'updated our privacy policy',
  'tack för er beställning', 'tack för din beställning', 'thank you for your order',
];
/** The writer saying they are away, on leave or gone (first person, as an absence reply says it). */
const ABSENCE = [
  // (the word itself, perhaps inflected, never the start of a compound: "det är semestertider")
  ...combine(['jag är', 'jag har', 'i am', "i'm", 'we are', 'jag kommer att vara', 'vi är', 'vi har'], [
    'ledig=', 'på semester=', 'semester=', 'tjänstledig=', 'föräldraledig=', 'sjukskriven=', 'borta=', 'bortrest=', 'på tjänsteresa=', 'på resa=',
    'på kurs=', 'på konferens=', 'utanför kontoret=', 'inte på kontoret=', 'away=', 'out of the office=', 'out of office=', 'on leave=',
    'on holiday=', 'on vacation=', 'on annual leave=', 'travelling=', 'traveling=', 'on parental leave=',
    // away at something: a course, a training day, a meeting, a trip
    'på utbildning=', 'på utbildningsdag=', 'på möte=', 'på möten=', 'i möte=', 'i möten=', 'på studieresa=', 'på mässa=', 'hemma med sjukt barn=',
    'på vab=', 'at a conference=', 'at a training=', 'in meetings=', 'in training=', 'on a course=', 'on sick leave=', 'off sick=',
  ]),
  // reading mail only now and then (whatever the reason): the sign of an absence reply
  ...combine(['läser', 'kollar', 'har tillgång till', 'checking', 'reading', 'access to'], ['mejl sporadiskt', 'mail sporadiskt', 'e-post sporadiskt', 'min mejl sporadiskt', 'min e-post sporadiskt', 'mina mejl sporadiskt', 'email sporadically', 'e-mail sporadically', 'emails sporadically', 'my email sporadically', 'my e-mail sporadically']),
  'sporadisk tillgång till', 'begränsad tillgång till mejl', 'limited access to',
  'jag har slutat', 'har slutat min anställning', 'har slutat på', 'inte längre anställd', 'arbetar inte längre', 'jobbar inte längre',
  'no longer with', 'no longer work', 'har semester', 'har ledigt', 'läser inte min', 'läser inte mejl', 'läser inte e-post',
  'har begränsad tillgång', 'nås inte', 'inte nåbar', 'not reachable', 'jag är tillbaka', 'jag är åter', 'i will be back', "i'll be back", 'i return on',
];
/** What follows an absence in a reply: when, or whom to contact instead. */
const ABSENCE_SEQUEL = [
  't.o.m', '=tom=', 'till och med', 'till den', '=åter', 'tillbaka', 'är tillbaka', 'from', 'until', 'back on', 'back in', 'returning', 'return on',
  '=vecka', 'kontakta', 'vänd dig till', 'vänd er till', '=ring', 'maila', 'mejla', 'hänvisar', 'contact', 'please reach', 'brådskande',
  'urgent', 'vidarebefordras inte', 'besvaras', 'svarar när', 'istället', 'i stället', 'instead',
  // "I will answer when I can": the promise of an absence reply
  'återkommer så snart', 'återkommer så fort', 'återkommer snarast', 'återkommer när', 'svarar så snart', 'svarar så fort', 'get back to you',
  'as soon as possible', 'as soon as i can', 'respond on my return', 'reply on my return',
];
/** A writer asking the municipality for something: never an absence reply or a system. */
const REQUEST_WORDS = [
  'kan ni', 'kan någon', 'undrar', 'jag vill ha', 'vill att ni', 'vill att kommunen', 'vi vill', 'begär', 'ansöker', 'felanmäl', 'kan du',
  'could you', 'can you', 'i would like',
];
/** The writer asks something or tells of a problem: no system writes so (the `none` of machine-mail rules). */
/** A writer asking to be called or contacted: a person, whatever else the text says. */
const CALL_ME = ['ring mig', 'ringa mig', 'ring upp mig', 'kontakta mig', 'hör av er till mig', 'call me', 'contact me'];
const WRITER_ASKS: Condition[] = [
  { field: 'signal', in: ['question'] },
  {
    field: 'body',
    any: [
      ...REQUEST_WORDS, 'vad gör jag', 'hur gör jag', 'hur gör man', 'kommer inte in', 'fungerar inte', 'hjälp mig', 'men inget', 'men ingen',
      'jag får ingen', 'jag får inte', 'vi får ingen', 'vi får inte', 'kan inte logga in', 'går inte igenom', 'jag behöver hjälp',
      "doesn't work", 'what do i do',
      // a writer who asks to be called or contacted ("svara inte på detta, ring mig hellre") wants an answer
      ...CALL_ME,
    ],
  },
];
/**
 * A person writing back, not a receipt: a resident who asks, writes "jag", acts, objects or quotes the promise back (the `none` of
 * receipt rules; a household writes "vi" as a receipt does, so what it does, wants or does not understand tells it).
 */
const RESIDENT_WRITES_BACK: Condition[] = [
  ...WRITER_ASKS,
  {
    field: 'body',
    any: [
      '=jag=', '=mig=', '=min=', '=mitt=', '=mina=', 'överklagar', 'överklaga', 'överklagan', 'bifogar', 'bestrider', 'kräver', 'här kommer',
      'vi vill', 'vi undrar', 'förstår inte', 'vi skickar', 'vi har skickat', 'vi skickade', 'vårt ärende', 'vår ansökan', 'beslutet',
      'vi har fortfarande', 'fortfarande inte', 'fortfarande inget', 'inget händer', 'ingenting händer',
      // a household that objects, accepts not, thinks or has done something ("Vi accepterar inte avslaget", "Vi har nu åtgärdat bristerna")
      'vi accepterar inte', 'vi godtar inte', 'vi tycker', 'vi anser', 'vi har nu åtgärdat', 'vi har nu skickat', 'vi kompletterar', 'vi väntar', 'ni har inte', 'ni har fel',
      // (in English too: a resident who quotes the promise back — "You said someone will get back to you. Nobody did.")
      'i am', "i'm", 'i have', '=my=', '=me=', 'nobody', 'no one has', 'you said',
      // (… or quotes it back: "Ni skrev att ni återkommer", "… står det", "Ärendet har registrerats men vattnet står kvar")
      '=men=', 'ni skrev', 'skrev ni', 'står det',
    ],
  },
  { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] },
];
/**
 * A person writing about their own subscription (how to leave it, that it still comes): a contact,
 * though it quotes a newsletter's footer. Narrower than {@link WRITER_ASKS}: newsletters and
 * webinar invitations ask questions too ("Vad ändras?").
 */
const OWN_SUBSCRIPTION = [
  'hur gör jag', 'hur avslutar jag', 'hur avregistrerar jag', 'jag vill avsluta', 'jag vill avregistrera', 'jag vill inte ha', 'jag vill inte längre',
  // (an association asking how to leave the municipality's register: "Hur avregistrerar vi föreningen hos er?")
  'hur avregistrerar vi', 'hur avslutar vi', 'vi vill avregistrera', 'vi vill avsluta', 'how do we unsubscribe',
  'vill inte längre få', 'jag får fortfarande', 'jag får det fortfarande', 'ta bort mig', 'kan ni ta bort', 'sluta skicka', 'hittar ingen länk',
  'hittar inte länken', 'please remove me', 'stop sending', 'how do i unsubscribe',
];
/** What newsletters and invitations say of themselves. */
const NEWSLETTER_WORDS = [
  'nyhetsbrev', 'nyhetsbrevet', 'avsluta prenumerationen', 'avsluta prenumeration', 'avprenumerera', 'avregistrera dig',
  'unsubscribe', 'newsletter', 'öppna i webbläsaren', 'view in browser', 'view this email in your browser',
  'webbinarier', 'webbinarium', 'webinar', 'veckobrev', 'månadsbrev', 'anmäl dig senast', 'registrera dig gratis', 'våra utskick',
  // (at a word's start only: a person writes of a 'högtalare', 'högmässan' or 'videokonferensen')
  '=mässan', 'utställare', '=konferensen', 'prenumererar på', 'manage preferences',
  'anmäl dig här', 'anmäl dig', '=talare', 'earlybird', 'early bird', 'exkl. moms', 'exkl moms', 'kursavgift', 'deltagaravgift',
  'i vårt register', 'utskick', 'fri frakt', 'halva priset', 'rabattkod', 'erbjudandet gäller', 'kampanjpris', 'beställ i dag', 'beställ idag',
  'free shipping', 'limited offer', 'boka demo', 'boka en demo', 'kostnadsfri demo', 'vi hjälper kommuner', 'hjälper kommuner',
  'för kommuner', 'offentlig sektor', 'sista anmälningsdag', 'register now', 'book a demo', 'sign up', 'i detta nummer', 'i det här numret',
  'i veckans nyhetsbrev', 'följ oss på', 'gilla oss på', 'läs mer på vår webbplats', 'läs hela artikeln', 'månadens nyheter', 'follow us on',
  'read more on our website',
];
/** A system saying that it is one. */
const SYSTEM_SAYS_AUTOMATIC = [
  'automatiskt meddelande', 'automatiskt genererat', 'automatiskt svar', 'automatisk bekräftelse', 'detta är en automatisk',
  'går inte att svara på', 'svara inte på', 'do not reply', 'automated message', 'this is an automated', 'automatically generated',
  'automated response', 'du behöver inte svara', 'behöver inte besvaras', 'you do not need to reply', 'no need to reply',
  'har skapats automatiskt', 'skapades automatiskt', 'har genererats automatiskt', 'och kan inte besvaras', 'och kan ej besvaras',
  'ett automatiskt utskick', 'automatiskt utskick',
  // a system saying its mail cannot be answered or that nobody reads its box
  ...combine(['meddelandet', 'detta meddelande', 'det här meddelandet', 'mejlet', 'detta mejl', 'det här mejlet', 'e-postadressen', 'adressen', 'brevlådan'], [
    'kan inte besvaras', 'kan ej besvaras', 'går ej att besvara', 'går inte att besvara', 'bevakas inte', 'läses inte',
  ]),
  // a message saying it was sent by itself ("Detta e-postmeddelande har skickats automatiskt från Länsstyrelsens e-tjänst")
  ...combine(['detta meddelande', 'meddelandet', 'detta e-postmeddelande', 'e-postmeddelandet', 'detta mejl', 'mejlet'], ['har skickats automatiskt', 'skickas automatiskt']),
  // a receipt speaking of itself ("Detta kvitto skickas automatiskt"; a resident writes of "kvittot" or "bekräftelsen" they got)
  ...combine(['detta kvitto'], ['kan inte besvaras', 'kan ej besvaras', 'går ej att besvara', 'går inte att besvara', 'skickas automatiskt']),
  'cannot be replied to', 'cannot receive replies', 'is not monitored', 'unmonitored', 'please do not respond', 'noreply', 'no-reply',
];

/** Every phrase `a b` for a in `first` and b in `second` (empty parts drop out): a small grammar, not a list of cases. */
function combine(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => [a, b].filter((x) => x !== '').join(' ')));
}

/** The writer wanting something (first person implied): "vill", "önskar", "skulle vilja". */
const WANT = [
  'vill', 'önskar', 'skulle vilja', 'ber att få', 'ber om att få', 'vill därmed', 'skulle gärna', 'skulle gärna vilja', 'hade gärna', 'hade gärna velat',
  'önskar att få', 'vill nu', 'skulle behöva', 'behöver', 'ber er', 'ber er att', 'ber kommunen', 'ber härmed',
];
/** Acts that need someone's decision: book, rent, order, reserve, be queued. */
const WANTED_ACTS = [
  // (not "låna" alone: borrowing books or equipment over the counter needs no decision — a venue does)
  'boka', 'hyra', 'låna en lokal', 'låna lokalen', 'låna hallen', 'låna salen', 'låna en sal', 'reservera', 'beställa', 'teckna', 'ställa mig i kö', 'ställa oss i kö', 'ställa honom i kö', 'ställa henne i kö',
  'anmäla mig', 'anmäla oss', 'anmäla vår', 'anmäla min', 'registrera', 'säga upp', 'avsluta mitt', 'avsluta vårt', 'få tider', 'ha tider',
  'behålla tiden', 'behålla våra tider', 'få en plats', 'få plats', 'få ett intyg', 'få en kopia', 'få ut', 'stå i kö', 'stå i kön',
  // a change of subscription (a bigger bin, another collection interval) is ordered, not asked about
  // a pause in a service, an exemption, another school: wanted, they need someone's decision
  'pausa sophämtningen', 'pausa hämtningen', 'pausa tömningen', 'göra uppehåll', 'ha uppehåll', 'få uppehåll', 'uppehåll i hämtningen', 'uppehåll i sophämtningen',
  'uppehåll i tömningen', 'ha dispens', 'få dispens', 'byta skola', 'gå med i kö', 'gå med i kön',
  // using public ground or pipes: a permit or a connection someone grants
  'ansluta', 'ansluta oss', 'ansluta vår fastighet', 'ansluta fastigheten', 'gräva i gatan', 'gräva i trottoaren', 'gräva i vägen', 'schakta',
  'ha en loppis', 'ha loppis', 'ha en marknad', 'ställa upp ett tält', 'sätta upp ett tält', 'sälja på torget',
  'byta till ett större', 'byta till det större', 'byta till ett mindre', 'byta till det mindre', 'byta kärl', 'byta abonnemang', 'ändra abonnemang', 'ändra vårt abonnemang', 'ändra mitt abonnemang',
];
/** What one applies for: services and permissions that need a decision. */
const APPLIED_FOR = [
  'skolskjuts', 'färdtjänst', 'bidrag', 'föreningsbidrag', 'bygglov', 'förskoleplats', 'plats i förskola', 'plats på', 'bostadsanpassning',
  'ekonomiskt bistånd', 'försörjningsstöd', 'hemtjänst', 'parkeringstillstånd', 'tillstånd', 'dispens', 'stöd', 'lov', 'tider', 'lokal',
  'plats', 'båtplats', 'kolonilott', 'odlingslott', 'ledighet', 'anstånd', 'jämkning', 'nedsättning',
  // grants by their names, and school services asked for by name
  'arrangemangsbidrag', 'kulturbidrag', 'verksamhetsbidrag', 'anläggningsbidrag', 'startbidrag', 'aktivitetsbidrag', 'projektbidrag', 'lokalbidrag',
  'modersmålsundervisning', 'modersmål', 'studiehandledning', 'fritidsplats', 'trygghetslarm', 'matdistribution',
];
/** Documents the municipality issues on request. */
// (not "besked": wanting an answer is not ordering a document)
const DOCUMENTS = ['intyg', 'arbetsgivarintyg', 'tjänstgöringsintyg', 'utdrag', 'registerutdrag', 'kopia', 'betyg', 'karta', 'nybyggnadskarta', 'kartutdrag'];
/** Halls, rooms and grounds the municipality lets. */
const VENUES = [
  'gympasalen', 'gymnastiksalen', 'idrottshallen', 'sporthallen', 'hallen', 'festsalen', 'salen', 'stora salen', 'lilla salen', 'lokalen', 'samlingslokalen', 'planen', 'fotbollsplanen',
  'bollplanen', 'konstgräsplanen', 'ishallen', 'isbanan', 'tennisbanan', 'padelbanan', 'bowlingbanan', 'the sports hall', 'the gym', 'the hall', 'the pitch', 'the court',
];
/** Services someone decides to give: wanting one is applying for it. */
const SERVICES = [
  'hemtjänst', 'matlådor', 'matlåda', 'matdistribution', 'trygghetslarm', 'hjälp med städning', 'hjälp med dusch', 'städhjälp', 'ledsagning', 'ledsagare',
  'hjälp hemma', 'hjälp i hemmet', 'hemhjälp',
  // a safety alarm named by what it is ("ett sånt där larm som man har runt handleden")
  'larm runt handleden', 'larm på handleden', 'larm om handleden', 'armbandslarm', 'ett sånt där larm', 'ett sådant där larm',
  'avlösning', 'korttidsplats', 'korttidsboende', 'färdtjänst', 'boendestöd', 'kontaktperson', 'extra tömning', 'en extra tömning', 'extra hämtning',
  'slamtömning', 'tömning av', 'hämtning av', 'plats på', 'plats i', 'en plats', 'förskoleplats', 'fritidsplats', 'barnomsorg', 'ett parkeringstillstånd', 'parkeringstillstånd', 'skolskjuts',
  'en båtplats', 'båtplats', 'en kolonilott', 'kolonilott', 'en odlingslott', 'odlingslott', 'en odlingsplats', 'korttidsvistelse', 'ett trygghetslarm', 'ett sådant trygghetslarm', 'sådant trygghetslarm',
  // a service ordered in everyday words: food brought home, an extra emptying, a bin of another size
  'få mat hemkörd', 'mat hemkörd', 'hemkörd mat', 'matleverans', 'en extra slamtömning', 'extra slamtömning', 'en slamtömning', 'en extratömning', 'extratömning',
  'en större soptunna', 'en större tunna', 'ett större kärl', 'ett större sopkärl', 'en mindre soptunna', 'en mindre tunna', 'ett mindre kärl', 'ett mindre sopkärl',
  'en extra soptunna', 'ett extra kärl', 'ett extra sopkärl', 'ett till kärl', 'en till soptunna',
  // money for rent and food: försörjningsstöd, asked for in everyday words
  'hjälp med pengar', 'hjälp med hyran', 'pengar till hyra', 'pengar till hyran', 'pengar till mat', 'ekonomisk hjälp', 'ekonomiskt bistånd', 'försörjningsstöd',
];

// ---------------------------------------------------------------------------------------------
// ej_arende: machines, mass mail, spam and phishing
// ---------------------------------------------------------------------------------------------

/** A phishing text speaks to the reader about "your" payment or parcel: the writer's own ("jag", "min") or a question is a person's matter. */
const WRITER_OWN_MATTER: NonNullable<RoutingRule['when']['none']> = [
  { field: 'text', any: ['=jag=', '=mig=', '=min=', '=mitt=', '=mina=', '=vi=', '=oss=', '=vår=', '=vårt=', '=my=', '=we='] },
  { field: 'signal', in: ['question'] },
];

const NOT_A_CASE: RoutingRule[] = [
  // What only machines write first in a subject (auto-replies, bounces, read receipts) is decisive:
  // the original's subject behind it may name a concern that was sent elsewhere.
  decisive('ej.autosvar', 'Autosvar och frånvaro', kind('ej_arende'), {
    any: [
      machineSubject([
        'Automatiskt svar', 'Automatic reply', 'Autosvar', 'Auto:', 'Autoreply', 'Auto-reply', 'Automatisk svar',
        'Frånvaromeddelande', 'Out of office', 'Out of the office', 'Abwesenheit', 'Fraværende', 'Poissa',
        // German, French, Dutch and Finnish mail programs' own words
        'Abwesenheitsnotiz', 'Automatische Antwort', 'Réponse automatique', 'Automatisch antwoord', 'Poissaolo', 'Automaattinen vastaus',
      ]),
    ],
  }),
  // "Frånvaro" and "Frånvarande" also start a parent's note about a child's absence: only with
  // an out-of-office text in the body
  // (… and a mail program's own words for it: "Ej på kontoret: SV: Underlag till årsredovisning")
  rule('ej.franvaroamne', 'Frånvaro i ämnesraden', kind('ej_arende'), 0.6, { any: [machineSubject(['Frånvaro', 'Frånvarande', 'Ej på kontoret:', 'Inte på kontoret:', 'Ej anträffbar:', 'Inte anträffbar:', 'Ej på plats:', 'Inte på plats:'])] }),
  // phrases only an absence reply writes
  words('ej.franvarotext', 'Fraser ur frånvarobesked i texten (svagt tecken)', kind('ej_arende'), 0.8, [
    'out of the office', 'out of office', 'limited access to email', 'limited access to e-mail', 'i am currently out', 'i will be back',
    'åter på kontoret', 'åter i tjänst', 'tillbaka på kontoret', 'läser inte e-post', 'läser inte min e-post', 'läser inte mejl', 'läser inte min mejl',
    'läser inte mina mejl', 'kontakta min kollega', 'kontakta mina kollegor', 'begränsad tillgång till e-post', 'under min frånvaro',
    'besvaras när jag är tillbaka', 'svarar när jag är tillbaka', 'during my absence', 'in my absence', 'will respond when', 'back in the office',
  ], 'body'),
  // an absence reply by its structure: I am away (on leave, no longer here) — until, back on, or
  // whom to contact instead — and nothing asked ("Vi är på semester och vattnet forsar …, kan ni
  // titta?" is a contact)
  rule('ej.franvaro', 'Frånvarobesked: borta till ett datum, ingen fråga', kind('ej_arende'), 2, {
    all: [
      // (it opens with the absence: a matter told first, and the writer's travels after it, is the matter's)
      { field: 'signal', in: ['opensWithAbsence'] },
      { field: 'body', any: ABSENCE },
      { field: 'body', any: ABSENCE_SEQUEL },
    ],
    // (nor when the text goes on to a matter: a "but", a need, something that has not come or does not add up,
    // how the writer was treated, an answer to the officer's question — an independent review's probes)
    none: [
      { field: 'signal', in: ['question', 'concern'] },
      {
        field: 'body',
        any: [
          ...REQUEST_WORDS, 'grannen', 'grannarna', 'trasig', 'sönder', 'forsar', 'läcker', '=men=', 'behöver', 'vill göra', 'vill ha', 'vill att', 'har inte kommit',
          'har inte tömts', 'har inte fått', 'inte fått', 'stämmer inte', 'debiteras', 'bemött', 'dumpat', 'svaret på din fråga', 'svar på din fråga', 'is broken', 'still broken',
          // (… in English too: "I am on parental leave until June and our bin has not been emptied for three weeks")
          // (not "Your message has not been forwarded", "Remote access has been out", "The mailbox is blocked": a public thing's state)
          'not been emptied', 'not been fixed', 'not been repaired', 'not been ploughed', 'not been plowed', 'still not emptied', 'still not fixed',
          'still not repaired', 'still not ploughed', 'about to fall', 'light has been out', 'lights have been out', 'lamp has been out', 'drain is blocked',
          'pipe is leaking', 'hydrant is leaking', 'is leaking into', 'are leaking into',
        ],
      },
      { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] },
    ],
  }),
  // a vacation responder with its own subject ("Semester v. 28–31", "Away"): with an out-of-office text in the body
  rule('ej.franvaroamne-egen', 'Ledighet i ämnesraden', kind('ej_arende'), 0.5, {
    any: [machineSubject(['Semester', 'Ledig', 'Tjänstledig', 'Föräldraledig', 'Borta', 'Away', 'Vacation', 'Holiday', 'On leave', 'Annual leave', 'Lomalla', 'Lomalla /'])],
    none: [{ field: 'signal', in: ['question'] }, { field: 'body', any: REQUEST_WORDS }],
  }),
  // other organisations' systems confirming receipt ("Vi har tagit emot ditt meddelande", ticket numbers)
  rule('ej.kvitto', 'Automatisk mottagningsbekräftelse', kind('ej_arende'), 0.7, {
    any: [{ field: 'text', any: [
    'automatisk bekräftelse', 'automatiskt svar', 'automatiskt genererat', 'automatiskt meddelande', 'detta är en automatisk', 'vi har tagit emot ditt',
    'vi har tagit emot din', 'ditt meddelande har registrerats', 'ditt ärende har registrerats', 'har registrerats och', 'ditt ärendenummer',
    'hanteras i turordning', 'svara inte på detta', 'we have received your', 'your request has been received', 'your ticket', 'ticket number',
    'this is an automated', 'automated response', 'automatic reply', 'do not reply', 'no-reply',
  ] }],
    // (the wrappers of voicemail, SMS, scanner and e-service systems say "automatiskt" about themselves)
    none: [{ field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }],
  }),
  // another organisation's acknowledgement: thanks for your message, and your case got a number or
  // someone will contact you (a person who writes back asks or tells something: WRITER_ASKS)
  rule('ej.kvittens', 'Annan organisations mottagningskvitto', kind('ej_arende'), 1.5, {
    all: [
      {
        field: 'body',
        any: [
          'tack för ditt meddelande', 'tack för ditt mejl', 'tack för ditt mail', 'tack för din förfrågan', 'tack för att du kontaktar', 'tack för att du har kontaktat',
          'tack för att du hör av dig', 'tack för din e-post', 'thank you for your message', 'thank you for contacting', 'thank you for your email', 'thanks for contacting',
          // a supplier's service desk thanking the municipality for a report or an order it made (not
          // "tack för din felanmälan": the municipality's own receipt, quoted in a resident's reply)
          'tack för er felanmälan', 'tack för er anmälan', 'tack för er beställning',
          'thank you for reaching out', 'tack för att du kontaktade', 'tack för att ni kontaktade', 'tack för att ni kontaktar',
          'vi har tagit emot ditt ärende', 'vi har tagit emot ert ärende',
        ],
      },
      // (what the receipt promises — registered, someone will come back: a case number alone is what a
      // resident cites too, "Tack för ditt mejl. Ärendenummer 311. Nu ligger tidningarna kvar …")
      {
        field: 'body',
        any: [
          'ärende har registrerats', 'ärendet har registrerats', 'har registrerats', 'behåll ärendenumret',
          'handläggare kommer att', 'kommer att kontakta dig', 'vi återkommer så snart', 'vi återkommer inom', 'återkommer till dig inom', 'inom två arbetsdagar',
          'inom tre arbetsdagar', 'inom fem arbetsdagar', 'we will get back to you', 'will contact you', 'ditt ärende har fått nummer', 'your case number is',
          'will respond within', 'as soon as possible', 'vi har registrerat ärendet', 'vi har registrerat ditt ärende', 'vi har registrerat er',
          'tekniker återkommer', 'tekniker kommer att', 'enligt avtalad tid', 'inom avtalad tid',
        ],
      },
    ],
    // (a resident answering a case officer thanks for the mail and cites the case's number too — and
    // writes "jag", acts or objects: "Tack för ditt mejl. Jag överklagar beslutet i ärendenummer …";
    // a household writes "vi" as a receipt does, so what it does, wants or does not understand tells it:
    // "Vi förstår inte beslutet … och vill överklaga", "Vi skickar in ritningarna i morgon")
    none: RESIDENT_WRITES_BACK,
  }),
  // another organisation's system thanking "you" for a report or an order the contact centre made
  // for a resident, with its number, and saying it cannot be answered ("[HedeBo #58231] Tack för din
  // felanmälan … Det här mejlet går inte att svara på"): the municipality's own receipt quoted in a
  // resident's reply says no such thing about itself in the resident's text
  rule('ej.kvittens-system', 'Annan organisations autokvitto på en anmälan', kind('ej_arende'), 1.5, {
    all: [
      { field: 'body', any: ['tack för din felanmälan', 'tack för din anmälan', 'tack för din beställning', 'tack för din bokning', 'thank you for your report', 'thank you for your order'] },
      { field: 'body', any: ['vi har registrerat ärendet', 'vi har registrerat din', 'ärendenummer', 'med nummer', 'ärendet har fått', 'har registrerats', 'case number', 'ticket number', 'reference number',
        // a booking or order system's own number or confirmation ("Här är en bekräftelse på din bokning")
        'bokningsnummer', 'ordernummer', 'beställningsnummer', 'booking number', 'booking reference', 'order number',
        'bekräftelse på din bokning', 'bekräftelse på din beställning', 'din bokning är bekräftad', 'din beställning är bekräftad', 'your booking is confirmed', 'your order is confirmed'] },
    ],
    // (a receipt says it is automatic in its text or under its greeting: "Med vänlig hälsning, Kundservice … Detta är ett automatiskt svar.")
    any: [
      { field: 'text', any: SYSTEM_SAYS_AUTOMATIC },
      { field: 'signature', any: SYSTEM_SAYS_AUTOMATIC },
    ],
    none: [...WRITER_ASKS, { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }],
  }),
  // a service desk's ticket mail, by the reply line its system puts on top ("##- Skriv ditt svar
  // ovanför denna rad -##"): it invites a reply, so the receipt rule's "the writer asks" does not hold
  words('ej.arendesystem', 'Ärendesystemets svarsrad', kind('ej_arende'), 2, [
    // a registry system's receipt of a document the mailbox itself handed in ("Handlingen har registrerats i … diarium")
    'handlingen har registrerats i', 'kvittens från diariesystemet', 'kvittensen skickas till',
    'skriv ditt svar ovanför denna rad', 'skriv ditt svar ovanför den här raden', 'svara ovanför denna rad', 'type your reply above this line', 'please type your reply above this line', 'reply above this line',
  ]),
  // a system's own notice of maintenance or an outage, which says it is automatic and cannot be
  // answered (the e-service, voicemail and SMS systems' wrappers are other channels)
  rule('ej.driftinfo', 'Automatiskt driftmeddelande', kind('ej_arende'), 2, {
    all: [
      {
        field: 'body',
        any: [
          'detta är ett automatiskt meddelande', 'det här är ett automatiskt meddelande', 'det går inte att svara på detta mejl', 'det går inte att svara på det här mejlet',
          'svara inte på detta mejl', 'svara inte på det här mejlet', 'this is an automated message', 'do not reply to this email', 'please do not reply to this',
        ],
      },
      {
        field: 'text',
        any: ['planerat underhåll', 'driftinformation', 'driftstörning', 'driftavbrott', 'underhållsarbete', 'servicefönster', 'planerat avbrott', 'scheduled maintenance', 'planned maintenance', 'service window'],
      },
    ],
    none: [{ field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }, { field: 'signal', in: ['question'] }],
  }),
  // a test submission: positive evidence that nobody asks anything
  words('ej.test', 'Testmeddelande', kind('ej_arende'), 1.2, [
    'testinskickning', 'testmeddelande', 'detta är ett test', 'det här är ett test', 'bara ett test', 'ingen riktig uppgift', 'test test',
    'this is a test', 'test message', 'testar formuläret', 'testar e-tjänsten',
  ]),
  // a mail filter's digest of held mail
  words('ej.karantan', 'Sammanställning av karantän', kind('ej_arende'), 0.7, [
    'karantän', 'i karantän', 'quarantine', 'quarantined', 'skräppost', 'spam notification', 'held messages', 'release message', 'frisläpp',
    'microsoft defender', 'exchange online protection', 'message center', 'meddelanden som har spärrats',
  ]),
  // calendar responses
  rule('ej.mote', 'Svar på mötesinbjudan', kind('ej_arende'), 3, {
    any: [
      machineSubject(MEETING_RESPONSE_PREFIXES),
    ],
    // an invitee who asks the municipality for something in the response is a contact ("Kan ni mejla
    // planhandlingarna?"); a question about the meeting itself ("Can we do a call instead?") is not;
    // nor is an invitee who gives a view or objects in it ("Jag kommer. Men jag vill redan nu lämna min
    // synpunkt …: vi säger nej till att dra den nya vägen")
    // (… or that tells of a matter, or asks about one of the invitee's own, in the invitee's own note: meetingResponse.ts)
    none: [
      { field: 'signal', in: ['concern', 'meetingResponseMatter'] },
      {
        field: 'body',
        any: [
          // (in the invitee's own words, not the invitation's title quoted: "genomgång av inkomna synpunkter", "Workshop klagomålshantering")
          ...REQUEST_WORDS, 'min synpunkt', 'mina synpunkter', 'vår synpunkt', 'våra synpunkter', 'säger nej', 'jag protesterar', 'vi protesterar', 'motsätter mig',
          'motsätter oss', 'ta med detta', 'jag vill klaga', 'vi vill klaga', 'jag klagar', 'vi klagar', 'överklagar', 'i object', 'we object', 'i oppose', 'we oppose',
          // (… or tells of a matter: "Vår gata har haft en vattenläcka i tre veckor som ingen lagat, ta gärna upp det")
          'ta gärna upp', 'vill ta upp', 'som ingen', 'ingen har', 'vi är emot', 'jag är emot', 'namnunderskrift',
          // (… or claims, complains in the first person: "Jag vill ha ersättning för däcket", "I want to file a complaint")
          'vill ha ersättning', 'kräver ersättning', 'vill göra en skadeanmälan', 'jag är missnöjd', 'vi är missnöjda', 'want to file a complaint',
          'want to complain', 'want compensation', 'claim compensation',
        ],
      },
    ],
  }),
  // a meeting invitation: the calendar's own words
  rule('ej.kalender', 'Mötesinbjudan', kind('ej_arende'), 1.2, {
    any: [
      {
        field: 'body',
        any: [
          'du har bjudits in till', 'du har blivit inbjuden till', 'gå med i microsoft teams-mötet', 'gå med i mötet', 'anslut till mötet', 'mötes-id',
          'join microsoft teams meeting', 'join the meeting', 'you have been invited to', 'join zoom meeting', 'meeting id', 'microsoft teams-möte',
        ],
      },
    ],
    none: WRITER_ASKS,
  }),
  // a code for logging in: a system talking to a user
  // a code mail gives the code and says how to use it (not to share it, how long it holds); a person
  // who writes about a code only names it ("vi har inte fått någon engångskod")
  rule('ej.kod', 'Verifieringskod', kind('ej_arende'), 1.5, {
    all: [
      {
        field: 'body',
        any: [
          'verifieringskod', 'engångskod', 'säkerhetskod', 'din kod är', 'verification code', 'security code', 'one-time code', 'dela inte koden',
          'share this code', 'inloggningskod',
        ],
      },
      {
        field: 'body',
        any: [
          'din kod är', 'koden är', 'dela inte koden', 'dela aldrig koden', 'lämna inte ut koden', 'share this code', 'do not share', "don't share", 'never share',
          'giltig i', 'är giltig', 'gäller i', 'valid for', 'expires', 'ange koden', 'skriv in koden', 'enter the code', 'enter this code', 'använd koden', 'use this code',
          'your code is', 'your verification code', 'din verifieringskod', 'din engångskod', 'din säkerhetskod', 'din inloggningskod',
        ],
      },
    ],
    // a code mail asks nothing; a person asking about a code may ask in the subject alone
    none: [...WRITER_ASKS, { field: 'signal', in: ['subjectQuestion'] }],
  }),
  // a short reply that only thanks and closes ("Tack så mycket, då vet jag! Ha en bra dag.")
  rule('ej.tack-avslut', 'Bara ett tack och en hälsning', kind('ej_arende'), 1.5, {
    all: [
      // (nothing but the thanks and its closing: "Ok tack. Nu är den trasig" is a contact)
      { field: 'signal', in: ['onlyThanks'] },
      { field: 'words', atMost: 12 },
      { field: 'body', any: ['=tack', 'tackar', 'thanks', 'thank you'] },
      {
        field: 'body',
        any: [
          'då vet jag', 'då vet vi', 'ha en bra dag', 'ha en fin dag', 'trevlig helg', 'ha det bra', 'uppfattat', 'perfekt', 'toppen', '=okej=', '=ok=',
          'have a nice day', 'have a good day', 'perfect', 'got it', 'that helps',
        ],
      },
    ],
    none: [
      { field: 'signal', in: ['question'] },
      { field: 'body', any: [...REQUEST_WORDS, 'men', 'fantastisk', 'jättebra', 'bra jobbat', 'underbar', 'guld', 'så snäll', 'vänlig', 'but'] },
      // the writer says what they will do next: the matter goes on
      { field: 'body', any: ['skickar jag', 'jag skickar', 'skickar in', 'jag återkommer', 'vi återkommer', 'jag ringer', 'vi skickar', 'bifogar', 'i will send', "i'll send"] },
    ],
  }),
  // a one-word SMS opt-out
  rule('ej.sms-stopp', 'SMS-avregistrering', kind('ej_arende'), 3, {
    all: [
      { field: 'channel', in: ['sms'] },
      { field: 'words', atMost: 2 },
      { field: 'body', any: ['=stopp=', '=stop=', '=avsluta=', '=avregistrera=', '=sluta=', '=unsubscribe='] },
    ],
    // … not a hazard or a blockage told in two words ("Stopp vattenläcka", "Stopp, brinner!", "Stopp avloppet"): whatever else a
    // second word is, an opt-out names no leak, fire, flood or drain
    none: [
      {
        field: 'body',
        // (whole words or a compound's end, never its start: "STOPP brandinfo", "Sluta läckainfo" are opt-outs from the service)
        any: ['läcka=', 'läcker=', 'läckage=', 'brand=', 'brinner=', '=eld=', '=rök=', '=gas=', 'rörbrott=', 'översvämning=', 'översvämmat=', 'olycka=', 'avlopp=', 'avloppet', 'toalett=', 'toaletten', '=leak=', '=leaking=', '=fire=', '=flood=', '=flooding=', '=smoke='],
      },
    ],
  }),
  // An organiser inviting the reader to an event: an event, and the reader told in the second
  // person to come or sign up ("säkra din plats", "anmäl dig", "join us"). A citizen asking to
  // take part writes in the first person or asks ("kan jag anmäla mig?"), and steps the rule aside.
  rule('ej.evenemang', 'Inbjudan till ett evenemang', kind('ej_arende'), 1.2, {
    all: [
      {
        field: 'text',
        any: [
          'seminarium', 'seminariet', 'seminarier', 'frukostseminarium', 'webbinar', 'webbinarium', 'webinar', 'seminar', 'konferens', 'konferensen',
          'mässa', 'mässan', 'workshop', 'föreläsning', 'föreläsningen', 'nätverksträff', 'frukostmöte', 'kickoff', 'kick-off', 'masterclass',
          'conference', 'summit', 'event', 'eventet', 'live-sändning', 'livesändning', 'digital träff', 'inspirationsdag', 'temadag', 'kunskapsdag',
        ],
      },
      {
        field: 'text',
        any: [
          'välkommen till', 'varmt välkommen', 'varmt välkomna', 'välkomna till', 'hjärtligt välkommen', 'bjuder in', 'bjuder härmed in', 'anmäl dig',
          'anmäl er', 'anmäl senast', 'anmälan senast', 'anmälan görs', 'anmälningslänk', 'säkra din plats', 'säkra er plats', 'boka din plats',
          'boka er plats', 'platserna är begränsade', 'begränsat antal platser', 'få platser kvar', 'missa inte', 'save the date', 'join us',
          'register now', 'register here', 'sign up', 'save your seat', 'reserve your spot', 'reserve your seat', 'seats are limited', "don't miss",
        ],
      },
    ],
    none: [...WRITER_ASKS, { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }],
  }),
  // advance-fee fraud by its shape: money waiting somewhere, and the reader offered a share in
  // confidence (in English, as such mail comes)
  rule('ej.forskott-form', 'Förskottsbedrägeri: pengar och en andel', kind('ej_arende'), 1.2, {
    all: [
      {
        field: 'text',
        any: ['fund', 'funds', 'inheritance', 'consignment', 'unclaimed', 'deposit', 'the sum of', 'us dollars', 'usd', 'eur', 'gold bars', 'bank transfer', 'transfer of'],
      },
      {
        field: 'text',
        any: [
          'trustworthy', 'trusted partner', 'reliable partner', 'foreign partner', 'business partner', 'strictly confidential', 'highly confidential',
          'your share', 'percent of', 'per cent of', 'private email', 'private phone', 'personal email', 'mutual benefit', 'risk free', 'risk-free',
          'kindly reply', 'kindly respond', 'god bless',
        ],
      },
      { field: 'signal', in: ['englishText'] },
    ],
    none: [{ field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }],
  }),
  // advance-fee fraud
  words('ej.forskott', 'Förskottsbedrägeri', kind('ej_arende'), 0.7, [
    'next of kin', 'beneficiary', 'inheritance fund', 'transfer the sum', 'million dollars', 'million usd', 'barrister', 'attorney at law',
    'confidential business', 'partnership proposal', 'mutual benefit', 'förmånstagare', 'miljoner dollar', 'kompensationsfond',
    'lottery winner', 'dormant account', 'deceased client',
  ]),
  // CEO fraud: a "manager" who cannot talk asks whoever reads the mailbox to pay or buy at once
  rule('ej.vd-bedrageri', 'Bedrägeri i en chefs namn', kind('ej_arende'), 2, {
    all: [
      { field: 'body', any: ['är du vid datorn', 'är du vid din dator', 'är du på kontoret', 'har du en minut över', 'are you at your desk', 'are you available now'] },
      { field: 'body', any: ['betalning', 'betala', 'överföring', 'presentkort', 'payment', 'wire transfer', 'gift cards'] },
    ],
    // a citizen who needs help paying their own bill keeps the deadline
    none: [{ field: 'body', any: ['jag behöver hjälp', 'hjälp med att betala', 'min faktura', 'vår faktura', 'fakturan för', 'går inte igenom'] }],
  }),
  // invoices for directory entries and domain names nobody ordered
  words('ej.bluffaktura', 'Bluffaktura', kind('ej_arende'), 0.7, [
    'domännamn', 'domain name', 'förnyelse av domän', 'företagskatalog', 'näringslivsregister', 'näringslivskatalog', 'annonsering i',
    'er annons i', 'marknadsföringsavgift', 'registreringsavgift', 'vi har registrerat er', 'avtalet förnyas automatiskt', 'search engine registration',
    'registrering i vår', 'registreringen i', 'katalogregistrering',
  ]),
  decisive('ej.studs', 'Studsat e-postmeddelande', kind('ej_arende'), {
    any: [
      machineSubject([
        'Olevererbart', 'Olevererad', 'Ej levererat', 'Undeliverable', 'Undelivered', 'Delivery Status Notification',
        'Mail delivery failed', 'Returned mail', 'Delivery failure', 'Delivery delayed', 'Delivery has failed', 'Leveransfel',
        'Fördröjd leverans', 'Leverans misslyckades', 'Failure notice', 'Non-deliverable', 'Message not delivered',
        'Meddelandet kunde inte levereras', 'Kunde inte levereras', 'Unzustellbar', 'Nicht zustellbar', 'Levererat:', 'Delivered:', 'Relayed:',
        'Leveransrapport', 'Delivery report', 'Delayed:', 'Fördröjt:', 'Warning: message delayed', 'Mail System Error',
      ]),
      { field: 'from', any: ['mailer-daemon', 'postmaster', 'microsoftexchange', 'mail delivery'] },
    ],
  }),
  words('ej.studstext', 'Leveransrapport i texten', kind('ej_arende'), 2, [
    'diagnostic-code', 'remote server returned', 'reporting-mta', 'final-recipient', 'could not be delivered',
    'gick inte att leverera', 'diagnostisk information för administratörer', 'delivery has failed', 'has been delivered to the following',
    'har levererats till följande', 'delivery status notification', 'has been delayed', 'do not need to resend', 'leveransen har fördröjts',
    'leveransen är fördröjd',
  ], 'body'),
  decisive('ej.last', 'Läskvitto', kind('ej_arende'), {
    any: [
      machineSubject(['Läst:', 'Read:', 'Ej läst:', 'Oläst:', 'Not read:', 'Läskvitto', 'Läsbekräftelse', 'Read receipt', 'Gelesen:', 'Lu :']),
    ],
  }),
  rule('ej.nyhetsbrev-amne', 'Nyhetsbrev i ämnesraden', kind('ej_arende'), 1.5, {
    any: [subjectStarts(['Nyhetsbrev', 'Newsletter', 'Veckobrev', 'Månadsbrev', 'Nyheter från', 'Nytt från', 'Senaste nytt från', 'News from'])],
    none: [{ field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }, { field: 'body', any: OWN_SUBSCRIPTION }, { field: 'words', atMost: 40 }],
  }),
  // (a writer who asks about the newsletter — how to leave it, why it still comes — is a contact)
  rule('ej.nyhetsbrev', 'Ord ur nyhetsbrev och inbjudningar', kind('ej_arende'), 0.7, {
    any: [{ field: 'text', any: NEWSLETTER_WORDS }],
    // (and a short text is a person's: mass mail is long — "jag är talare på mässan, var lastar jag av?")
    none: [
      { field: 'body', any: OWN_SUBSCRIPTION },
      { field: 'words', atMost: 40 },
      // a person who tells of their family or asks how they themselves go about it ("My wife wants to
      // learn Swedish. How do we sign up?") is not a mass mailing, whatever words it shares with one
      {
        field: 'body',
        any: [
          'my wife', 'my husband', 'my son', 'my daughter', 'my children', 'my mother', 'my father', 'min fru', 'min man', 'min son', 'min dotter', 'mina barn',
          'vår son', 'vår dotter', 'våra barn', 'how do we', 'how do i', 'how can we', 'how can i', 'hur gör vi', 'hur gör jag', 'kan jag få', 'can i get',
        ],
      },
      // a reader telling what a mailing said ("i utskicket stod det", "ert nyhetsbrev"): a mailing
      // speaks of itself as ours, never as yours, and does not report what it said
      { field: 'body', any: ['stod det', 'det stod', 'jag läste', 'vi läste', 'ert utskick', 'ert senaste utskick', 'i utskicket', 'ert nyhetsbrev', 'ert senaste nyhetsbrev'] },
    ],
  }),
  // What a system writes about itself and the reader: the footer of mass mail and notifications ("Du
  // får det här mejlet eftersom …"), and others' doings told to "you" (shared a file with you, mentioned
  // you, missed activities, wants to recall a message). Read in the signature at full weight: a
  // person does not sign off with "Avregistrera".
  rule('ej.avisering', 'Sidfot från ett system (avregistrera, delad fil)', kind('ej_arende'), 1.2, {
    any: [
      { field: 'text', any: SYSTEM_FOOTER },
      { field: 'signature', any: SYSTEM_FOOTER },
    ],
    // (nor a calendar's footer under a matter an invitee typed into a meeting response)
    none: [{ field: 'body', any: OWN_SUBSCRIPTION }, { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }, { field: 'signal', in: ['meetingResponseMatter'] }],
  }),
  // a platform's notice (a comment, a meeting reminder, a sign-in, new terms, an order); never when a person asks or tells of one
  rule('ej.plattform', 'Avisering från en tjänst (inlägg, inloggning)', kind('ej_arende'), 1.2, {
    any: [{ field: 'text', any: PLATFORM_NOTICE }],
    none: [
      ...WRITER_ASKS,
      { field: 'body', any: ['jag fick', 'jag har fått', 'vi fick', 'vi har fått', 'ni lovade', 'i got', 'we got'] },
      { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] },
    ],
  }),
  // Outlook's recall of a message sent by mistake
  decisive('ej.aterkalla', 'Outlooks återkallning av ett meddelande', kind('ej_arende'), {
    any: [machineSubject(['Återkalla:', 'Återkallning:', 'Recall:']), { field: 'body', any: ['vill återkalla meddelandet', 'would like to recall the message'] }],
  }),
  // another organisation's system confirming receipt: "we have received / registered" together with
  // the system saying it is automatic (a citizen telling of such a receipt writes "ni", "jag fick")
  rule('ej.kvitto-system', 'Mottagningsbekräftelse från ett system', kind('ej_arende'), 1.2, {
    all: [
      {
        field: 'text',
        any: [
          'vi har tagit emot', 'vi har mottagit', 'har registrerats', 'fått ärendenummer', 'fått nummer', 'ditt ärendenummer', 'ärendet har skapats',
          'we have received', 'has been received', 'has been registered', 'has been logged', 'ticket number', 'case number',
          'har fått nummer', 'har fått ärendenummer', 'fått ett ärendenummer', 'har fått referensnummer', 'ärendet har fått', 'tack för att du kontaktade',
          'tack för att du har kontaktat', 'tack för att ni kontaktade', 'thank you for contacting', 'your reference number',
          // another authority's receipt of what the municipality itself sent in ("Länsstyrelsen har tagit emot följande inlämning")
          'har tagit emot följande', 'din inlämning har tagits emot', 'inlämningen har tagits emot', 'har tagits emot',
          // a registry's receipt, in its own voice to "you": your mail has come in and will be passed on
          // ("Ditt e-postmeddelande har kommit in till Region X:s registratur och kommer att fördelas …")
          ...combine(['ditt e-postmeddelande', 'ditt meddelande', 'ditt mejl', 'ditt mail', 'din e-post'], ['har kommit in', 'har inkommit', 'har kommit fram']),
          'kommer att fördelas till berörd', 'du behöver inte skicka det igen',
        ],
      },
    ],
    any: [
      { field: 'text', any: SYSTEM_SAYS_AUTOMATIC },
      { field: 'signature', any: SYSTEM_SAYS_AUTOMATIC },
    ],
    none: [
      { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] },
      { field: 'body', any: ['jag fick', 'jag har fått', 'vi fick', 'men inget', 'men ingen', 'fortfarande', 'i got', 'but nothing'] },
      // a person asking something, or to be called ("svara inte på mejlet, ring mig"), is no system
      { field: 'signal', in: ['question'] },
      { field: 'body', any: CALL_ME },
    ],
  }),
  // a system's receipt of what the mailbox itself applied for, booked or ordered, in the newest text only ("Mottagningskvitto.
  // Er ansökan har kommit in till Skolverket … Detta kvitto skickas automatiskt", "Tack för din bokning. Här är din bekräftelse
  // … går inte att svara på") — not a resident who writes of the receipt they got, pastes it or forwards it with a line of
  // their own ("Min anmälan har registrerats och bekräftelsen går inte att besvara, så jag …", "VB: Mottagningskvitto")
  rule('ej.kvitto-egen-begaran', 'Kvitto på det kommunen själv sökt eller bokat', kind('ej_arende'), 1.2, {
    all: [
      {
        field: 'body',
        any: [
          ...combine(['er ansökan', 'din ansökan', 'er anmälan', 'din anmälan', 'er bokning', 'din bokning', 'er beställning', 'din beställning', 'er begäran', 'din begäran'], [
            'har kommit in', 'har inkommit', 'har tagits emot', 'har mottagits', 'har registrerats',
          ]),
          'mottagningskvitto', 'mottagningsbekräftelse', 'här är din bekräftelse',
          // a confirmation naming itself ("Bokningsbekräftelse … Bokad av: kommun@… (ombud: Kontaktcenter) … Det går inte att svara på detta meddelande")
          'bokningsbekräftelse', 'orderbekräftelse', 'beställningsbekräftelse', 'booking confirmation', 'order confirmation', 'här kommer din bekräftelse', 'här är en bekräftelse', 'här kommer en bekräftelse',
          // (… or thanking for the booking it confirms: "Tack för din bokning! Bokningsnummer … Detta mejl skickas från FriBok och går inte att svara på")
          'tack för din bokning', 'tack för er bokning', 'tack för din beställning', 'tack för er beställning', 'thank you for your booking', 'thank you for your order',
          'tack för din order', 'tack för er order',
          // (… or the cancellation it confirms: "Din bokning har avbokats. Bokningsnummer … Detta meddelande kan inte besvaras.")
          ...combine(['din bokning', 'er bokning'], ['har avbokats', 'är avbokad', 'har tagits bort']), 'avbokningsbekräftelse', 'bekräftelse på avbokning',
          'your booking has been cancelled', 'your booking has been canceled',
          // an authority that has received what the mailbox sent ("Länsstyrelsen har tagit emot er ansökan", "… har tagit emot arbetsgivardeklarationen. Spara kvittensen.")
          'har tagit emot er', 'har tagit emot din', 'har tagit emot ditt', 'har tagit emot ert', 'spara kvittensen', 'kvittensnummer',
        ],
      },
    ],
    any: [
      { field: 'body', any: SYSTEM_SAYS_AUTOMATIC },
      { field: 'signature', any: SYSTEM_SAYS_AUTOMATIC },
    ],
    none: [
      ...WRITER_ASKS,
      { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] },
      { field: 'subject', startsWith: ['VB', 'FW', 'Fwd', 'SV', 'RE', 'Re', 'Svar'] },
      {
        field: 'body',
        any: [
          '=jag=', '=mig=', '=mitt=', 'min ansökan', 'min anmälan', 'min bokning', 'min beställning', 'vi fick', 'jag fick', 'vi har fått',
          'bifogar', 'bestrider', 'överklagar', 'kompletter', '=men=', 'fortfarande', 'så jag', 'så vi', 'stod det', 'står det', 'ni skrev',
          'i am', "i'm", 'i have', '=my=', '=me=', 'nedan', 'vidarebefordrar',
        ],
      },
      { field: 'body', any: CALL_ME },
    ],
  }),
  // a system telling of an order, a delivery, a subscription or an account, and saying it is a system
  rule('ej.avisering-system', 'Avisering från ett system (order, leverans)', kind('ej_arende'), 1.2, {
    all: [
      {
        field: 'text',
        any: [
          'din beställning', 'din order', 'er beställning', 'er order', 'har skickats', 'har levererats', 'spåra ditt paket', 'spåra din försändelse', 'spåra paketet',
          'leveransavisering', 'din prenumeration', 'er prenumeration', 'ditt abonnemang förnyas', 'förnyas automatiskt', 'förnya nu', 'ditt konto', 'ert konto',
          'your order', 'has shipped', 'has been shipped', 'track your', 'your subscription', 'will expire', 'renew now', 'your account', 'your licence', 'your license',
          // a digital mail service telling the sender its letter was delivered or opened
          'leveranskvitto', 'öppnad av mottagaren', 'har öppnats av mottagaren', 'har lästs av mottagaren', 'levererad till mottagaren', 'opened by the recipient',
        ],
      },
    ],
    any: [
      { field: 'text', any: SYSTEM_SAYS_AUTOMATIC },
      { field: 'signature', any: SYSTEM_SAYS_AUTOMATIC },
    ],
    none: [
      { field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] },
      { field: 'body', any: ['jag fick', 'jag har fått', 'vi fick', 'men inget', 'men ingen', 'fortfarande', 'i got', 'but nothing', 'hjälp', 'help', 'varför', 'why'] },
      { field: 'signal', in: ['question'] },
      { field: 'body', any: CALL_ME },
    ],
  }),
  // an invoice for an entry in a directory or a register nobody ordered
  rule('ej.bluffaktura-katalog', 'Faktura för en katalogpost', kind('ej_arende'), 1.5, {
    all: [
      {
        field: 'text',
        any: ['faktura', 'fakturan', 'invoice', 'att betala', 'förfallodatum', 'bankgiro', 'årsavgift', 'registreringsavgift', 'avgift för registrering', 'bindningstid', 'godkänns beställningen'],
      },
      {
        field: 'text',
        any: [
          'katalog', 'katalogen', 'er registrering', 'registrering i', 'registreringen i', 'publicering av', 'verksamhetspost', 'företagspost',
          'er post i', 'listning', 'sökmotor', 'directory', 'listing', 'domännamn', 'domain name',
          // what such an invoice sells: being published, listed or advertised somewhere
          'publicering i', 'publiceringen i', 'publicering på', 'införande i', 'annonsering', 'er annons', 'annonsplats', 'registret', 'kommunregister', 'företagsregister',
          'publication in', 'advertising',
        ],
      },
      // and what only such an offer dressed as an invoice says: paying (or keeping quiet) accepts an
      // order nobody placed, a binding period, an automatic renewal, no tie to any authority. A real
      // supplier's invoice for an advert or a register entry the municipality ordered says none of
      // it, and stays a contact with its deadline (SPEC §1: invoices are fråga for kommunledning).
      {
        field: 'text',
        any: [
          'erbjudande', 'erbjudandet', 'godkänner ni', 'godkänns', 'godkännande av', 'accepteras', 'accepterar ni', 'bindningstid', 'förlängs automatiskt',
          'förnyas automatiskt', 'kopplad till någon myndighet', 'kopplat till någon myndighet', 'invändningar ska göras', 'genom att inte invända',
          'this is an offer', 'by paying', 'by payment', 'you accept', 'automatically renewed', 'not affiliated', 'solicitation',
        ],
      },
    ],
    none: [...WRITER_ASKS, { field: 'body', any: ['jag har fått', 'vi har fått', 'jag fick', 'vi fick', 'min faktura', 'vår faktura', 'mitt', 'min båtplats', 'min plats'] }],
  }),
  // credential phishing: the sender asks "you" to log in with "your" account
  rule('ej.natfiske-inloggning', 'Uppmaning att logga in med sitt konto', kind('ej_arende'), 1.2, {
    all: [
      { field: 'text', any: ['logga in', 'log in', 'sign in', 'verifiera', 'verify'] },
      {
        field: 'text',
        any: [
          'ditt konto', 'ditt microsoft', 'microsoft 365', 'office 365', '365-konto', 'dina inloggningsuppgifter', 'ditt lösenord', 'your account',
          'your microsoft', 'your credentials', 'your password',
        ],
      },
    ],
    none: [
      { field: 'body', any: ['jag har glömt', 'kommer inte in', 'kan inte logga in', 'mitt konto', 'mitt lösenord', 'forgot my', 'my account', "can't log in"] },
      { field: 'channel', in: ['telefon', 'post', 'webb'] },
    ],
  }),
  // (no rule takes an SMS that greets a family member for a stray private text: a citizen's SMS can
  // begin the same way, and a stray text given a deadline costs a look, a lost question costs a citizen)
  // a machine speaking on the voicemail: "tryck ett för att …" (robocalls and telemarketing)
  rule('ej.robotsamtal', 'Inspelat reklamsamtal', kind('ej_arende'), 1.5, {
    all: [
      { field: 'channel', in: ['telefon'] },
      { field: 'body', any: ['tryck ett', 'tryck 1', 'tryck på ett', 'tryck på 1', 'tryck nio', 'tryck 9', 'press one', 'press 1', 'press nine', 'press 9'] },
    ],
    none: [{ field: 'body', any: REQUEST_WORDS }],
  }),
  // a private SMS sent to the municipality's number by mistake: endearments to the one it was meant for;
  // never over a concern, a question or a call for help (a voicemail, even one ending "puss", is always
  // looked at: "Jag har ramlat i badrummet och kommer inte upp … Puss puss")
  rule('ej.privat-sms', 'Privat SMS till fel nummer', kind('ej_arende'), 1.5, {
    all: [
      { field: 'channel', in: ['sms'] },
      { field: 'words', atMost: 40 },
      { field: 'body', any: ['=puss=', 'pussar', 'puss puss', 'älskar dig', 'love you', '=xoxo='] },
    ],
    none: [
      { field: 'signal', in: ['concern', 'question'] },
      { field: 'body', any: ['hjälp', 'ring mig', 'ring tillbaka', 'ringa tillbaka', 'jag heter', 'det gäller', 'kan någon komma', 'kommer inte upp', 'ramlat', 'hemtjänst', 'komma och hämta'] },
    ],
  }),
  // a short reply that only thanks for the answer (praise of a person or a service is beröm)
  rule('ej.tack-for-svar', 'Tack för svaret', kind('ej_arende'), 1.5, {
    all: [
      // (nothing but the thanks: "Tack för svaret. Mamma har inte fått mat idag." is a contact)
      { field: 'signal', in: ['onlyThanks'] },
      { field: 'words', atMost: 25 },
      { field: 'body', any: ['=tack', 'tackar', 'thank you', 'thanks', 'much appreciated'] },
      {
        field: 'body',
        any: [
          'för svaret', 'för snabbt svar', 'för ditt svar', 'för ert svar', 'för svar', 'för återkopplingen', 'för informationen', 'för infon',
          'för beskedet', 'för förklaringen', 'for getting back', 'for your reply', 'for the reply', 'for your answer', 'for the information',
          'for the info', 'for explaining',
        ],
      },
    ],
    none: [
      {
        field: 'body',
        any: ['men', '=hur=', 'undrar', 'kan ni', 'kan du', 'jag behöver', 'jag vill', 'fortfarande', 'but', 'could you', 'can you', 'still'],
      },
      // a filled-in e-service form is a new contact, whatever thanks it opens with ("Tack för svaret.
      // Hittade inget annat formulär, lampan lyser inte.")
      { field: 'channel', in: ['webb'] },
    ],
  }),
  // the writer takes it back: "… nej förresten, glöm det"
  rule('ej.glomdet', 'Avsändaren tar tillbaka sitt meddelande (glöm det)', kind('ej_arende'), 1.5, {
    all: [
      { field: 'words', atMost: 40 },
      { field: 'body', any: ['glöm det', 'strunta i det', 'never mind', 'nevermind'] },
    ],
  }),
  // a short reply that only says the matter has been settled: nothing more to handle
  rule('ej.lost', 'Svar att saken är löst', kind('ej_arende'), 1.5, {
    all: [
      { field: 'words', atMost: 20 },
      {
        field: 'body',
        any: [
          'det löste sig', 'har löst sig', 'problemet är löst', 'saken är löst', 'allt är ordnat', 'nu fungerar det', 'nu funkar det',
          'ni kan stänga ärendet', 'ärendet kan avslutas', 'kan avsluta ärendet', 'behövs inte längre', 'problem solved', 'all sorted',
          'no longer needed',
        ],
      },
    ],
    none: [
      {
        field: 'body',
        any: ['löste sig inte', 'inte löst', 'men', '=hur=', 'varför', 'kan ni', 'kan du', 'fortfarande', 'igen', 'but', 'still'],
      },
    ],
  }),
  rule('ej.inbjudan', 'Inbjudan i ämnesraden', kind('ej_arende'), 0.4, {
    any: [machineSubject(['Inbjudan', 'Invitation', 'Välkommen till', 'Missa inte', "Don't miss"])],
    none: [{ field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }],
  }),
  // Advertising says what it sells to "you"; a person writes about an offer, a campaign or an ad they
  // met ("jag fick ett erbjudande om förskoleplats", "er kampanj på bussarna", "reklamen i brevlådan"):
  // the rule steps aside when the writer asks, complains or tells of what they got (a deadline lost
  // is worse than an advert that waits in the queue)
  rule('ej.reklam', 'Reklam och skräppost', kind('ej_arende'), 0.8, {
    any: [
      {
        field: 'text',
        any: [
          '=seo', 'ranking', 'guaranteed', 'free audit', 'first page of google', 'kampanjpris', 'fri frakt', 'specialerbjudande',
          'rabattkod', 'just reply', 'per month', '/month', 'beställ på', 'limited offer', 'bitcoin', 'crypto',
          'casino', 'lottery', 'inheritance', 'du har vunnit', 'you have won', 'avrop', 'our packages', 'increase your sales',
          'backlinks', 'guest post', 'web design', 'website redesign', 'app development', 'outsourcing', 'lead generation',
          'marketing services', 'business proposal', 'partnership opportunity', 'ring oss idag', 'på köpet', 'spara upp till', 'köp nu',
          'beställ idag', 'special offer', 'utan uc', 'lån utan', 'låna upp till', 'snabblån', 'free report', 'more traffic', 'more customers',
          'on google', 'organic traffic', 'guest article', 'sponsored post', 'sponsored article', 'do-follow', 'dofollow',
        ],
      },
    ],
    // (not every question: adverts ask them — "Vill du öka försäljningen?")
    none: [
      {
        field: 'body',
        any: [
          'jag fick', 'jag har fått', 'vi fick', 'vi har fått', 'har fått ett', 'fick ett', 'klaga', 'klagar', 'klagomål', 'varför', 'är det ni', 'är det er',
          'min son', 'min dotter', 'min mamma', 'min pappa', 'kommunens logga', 'kommunens namn', 'i got', 'we got', 'is this you', 'why',
        ],
      },
    ],
  }),
  // a seller's pitch: a sales title signs it and it offers a demonstration, a trial or a brochure
  // (a supplier writing about a delivery or an invoice offers none of these)
  rule('ej.saljare', 'Säljares erbjudande om visning eller provperiod', kind('ej_arende'), 1.2, {
    all: [
      {
        field: 'text',
        any: [
          'demo', 'demonstration', 'visar gärna', 'visa maskinen', 'visa systemet', 'visning på plats', 'provperiod', 'testa gratis', 'prova gratis', 'kostnadsfri visning',
          'helt kostnadsfritt', 'broschyr', 'free trial', 'book a demo', 'schedule a demo',
          // a short meeting asked for ("Har du 15 minuter nästa vecka för ett kort Teams-möte?")
          'kort teams-möte', 'kort möte', 'kort digitalt möte', 'kort samtal', 'välj en tid som passar', 'boka ett möte', 'boka en tid med mig', 'book a meeting', 'quick call', 'short call',
          // a campaign's offer ("-15 % på alla gungställningar vid order före 30 november")
          'kampanj', 'höstkampanj', 'vårkampanj', 'sommarkampanj', 'kampanjpris', 'vid order före', 'vid beställning före', 'erbjudandet gäller',
        ],
      },
    ],
    // the writer is the seller: the title signs the mail ("En säljare knackade på …" is a resident),
    // or the printed brochure names "er säljare"
    any: [{ field: 'signature', any: SELLER_TITLES }, { field: 'text', any: ['kontakta er säljare', 'kontakta din säljare', 'kontakta vår säljare', 'er säljare', 'din säljare'] }],
    none: [
      {
        field: 'body',
        any: [
          'jag fick', 'jag har fått', 'vi fick', 'vi har fått', 'klaga', 'klagar', 'klagomål', 'varför', 'är det ni', 'är det er', 'er beställning', 'ni beställde',
          'ni bad om', 'enligt avtal', 'faktura', 'leverans', 'i got', 'we got', 'is this you', 'why', 'your order',
        ],
      },
    ],
  }),
  // words a person may also use of an offer, a campaign or an ad they met: only beside an advert's own marks
  rule('ej.reklam-ord', 'Reklamord med pris eller uppmaning', kind('ej_arende'), 0.8, {
    all: [
      { field: 'text', any: ['kampanj', 'erbjudande', 'erbjudandet', 'rabatt på', '=reklam=', 'ring idag', 'svar direkt', 'ansök idag', 'your website', 'on google', 'search results'] },
      {
        field: 'text',
        any: ['procent', 'rabatt', 'gratis', 'kostnadsfritt', 'kostnadsfri', '=pris=', 'priser', 'prislista', '=köp=', 'beställ', 'boka', '=ring=', 'gäller till', 'gäller t.o.m', 'i kombination med', 'spara', 'free', 'price', 'call us', 'book a'],
      },
    ],
    // (not every question: adverts ask them — "Vill du öka försäljningen?")
    none: [
      {
        field: 'body',
        any: [
          'jag fick', 'jag har fått', 'vi fick', 'vi har fått', 'har fått ett', 'fick ett', 'klaga', 'klagar', 'klagomål', 'varför', 'är det ni', 'är det er',
          'min son', 'min dotter', 'min mamma', 'min pappa', 'kommunens logga', 'kommunens namn', 'i got', 'we got', 'is this you', 'why',
        ],
      },
    ],
  }),
  words('ej.natfiske', 'Nätfiske och bedrägeriförsök', kind('ej_arende'), 0.8, [
    'verifiera ditt konto', 'verifierar ditt konto', 'klicka på länken', 'dragits som vinnare', 'utsedd till vinnare', 'hämta ditt pris', 'hämta din vinst', 'verify your account', 'bekräfta ditt konto', 'bekräfta din identitet',
    'lagringsgräns', 'nästan full', 'mailbox is full', 'mailbox is almost full', 'klicka nedan', 'klicka här', 'click here',
    'click below', 'uppdatera här', 'uppdatera har', 'uppdatera dina uppgifter', 'ditt paket', 'your package', 'paket kunde inte',
    'tullavgift', 'bekräfta din adress', 'verifiera din adress', 'väntar på leverans', 'leveransavgift',
    'your parcel', 'confirm your address', 'frigör utrymme', 'lösenordet går ut', 'ditt lösenord', 'password expires', 'inom 24 timmar',
    'inom 24h', 'within 24 hours', 'logga in här', 'log in here', 'sign in to', 'unusual sign-in', 'ovanlig inloggning',
    'ditt konto har', 'your account has', 'uppdatera betalning', 'uppdatera din betalning',
    // a refund or a payment held out, to be "verified" with bank details or BankID by a deadline
    'verifiera dina bankuppgifter', 'bekräfta dina bankuppgifter', 'verifiera ditt bankkonto', 'inom 48 timmar', 'within 48 hours', 'annars förfaller',
    'har löpt ut', 'prenumeration har löpt ut', 'update payment', 'bekräfta dina uppgifter', 'update your payment', 'betalningsinformation', 'kommer att avvisas', 'kontot stängs', 'account will be', 'logga in för att',
  ]),
  // the shape of payment phishing (often by SMS): "your" payment failed, and a threat or a deadline
  // today — written to the reader, never about the writer's own payment (links are not read)
  rule('ej.natfiske-betalning', 'Misslyckad betalning och ett hot', kind('ej_arende'), 1.5, {
    all: [
      { field: 'text', any: ['din betalning', 'betalningen för', 'your payment', 'payment for'] },
      { field: 'text', any: ['misslyckades', 'nekades', 'gick inte igenom', 'failed', 'was declined'] },
      { field: 'text', any: ['senast idag', 'betala idag', 'inom 24', 'undvik', 'avstängning', 'avstangning', 'stängs av', 'spärras', 'to avoid', 'today'] },
    ],
    none: WRITER_OWN_MATTER,
  }),
  // the shape of fee phishing: "you have an unpaid" toll or fine, pay today to avoid more (often in an authority's name)
  rule('ej.natfiske-obetald', 'Obetald avgift, betala i dag', kind('ej_arende'), 1.5, {
    all: [
      // (also "Din faktura för vatten & avlopp är obetald", however written: "ar obetald")
      { field: 'text', any: ['du har en obetald', 'du har obetalda', 'du har ett obetalt', 'obetald trängselskatt', 'obetald vägavgift', 'obetald parkeringsavgift', 'obetald avgift', 'är obetald', 'ar obetald', 'är fortfarande obetald', 'you have an unpaid', 'unpaid toll', 'is unpaid'] },
      { field: 'text', any: ['betala', 'pay'] },
      { field: 'text', any: ['idag', 'i dag', 'inom 24', 'undvik', 'omedelbart', 'to avoid', 'today', 'immediately'] },
    ],
    // (not a relative or an estate writing about someone's unpaid bill: "Mammas faktura … är obetald eftersom hon
    // ligger på sjukhus. Hon kan inte betala idag")
    none: [...WRITER_OWN_MATTER, { field: 'text', any: ['kan inte betala', 'inte kan betala', 'dödsbo', 'dödsboet', 'sjukhus', 'mammas', 'pappas', '=hans=', '=hennes=', 'eftersom'] }],
  }),
  // the shape of parcel phishing (often by SMS): "your" parcel could not be delivered, confirm or pay to get it
  rule('ej.natfiske-paket', 'Paket ej levererat, bekräfta eller betala', kind('ej_arende'), 1.5, {
    all: [
      { field: 'text', any: ['ditt paket', 'din försändelse', 'paket kunde inte', 'paketet kunde inte', 'försändelsen kunde inte', 'your parcel', 'your package'] },
      { field: 'text', any: ['bekräfta', 'betala', 'uppdatera', 'tullavgift', 'leveransavgift', 'inom 24', 'confirm', 'pay', 'update'] },
    ],
    none: WRITER_OWN_MATTER,
  }),
  // the shape of e-ID phishing (often in an authority's or the social services' name): sign in with
  // BankID, and a deadline or a threat ("Logga in med BankID inom 24 h …, annars avslutas ärendet").
  // Phishers write "vi" of themselves; a resident writes "jag" and asks.
  rule('ej.natfiske-bankid', 'Logga in med BankID, annars', kind('ej_arende'), 1.5, {
    all: [
      {
        field: 'text',
        any: [
          'logga in med bankid', 'logga in med bank-id', 'identifiera dig med bankid', 'identifiera dig med bank-id', 'legitimera dig med bankid', 'verifiera dig med bankid',
          'bekräfta med bankid', 'signera med bankid', 'sign in with bankid', 'verify with bankid',
        ],
      },
      {
        field: 'text',
        any: [
          'inom 12', 'inom 24', 'inom 48', 'inom 72', 'annars avslutas', 'annars stängs', 'annars spärras', 'annars raderas', 'om ingen åtgärd', 'överlämnas till', 'kommer att avslutas', 'senast idag',
          'senast i dag', 'within 24', 'within 48', 'otherwise',
        ],
      },
    ],
    none: [{ field: 'text', any: ['=jag=', '=mig=', '=min=', '=mitt=', '=mina=', '=my='] }, { field: 'signal', in: ['question'] }],
  }),
  // the shape of refund phishing (often in an authority's name): money said to be owed to the
  // reader ("ni har rätt till en återbetalning"), to be claimed by proving who they are or giving
  // bank details. A resident writes of their own money ("jag väntar på", "vår utbetalning") or asks.
  rule('ej.natfiske-aterbetalning', 'Pengar som väntar, bekräfta med BankID', kind('ej_arende'), 1.5, {
    all: [
      {
        field: 'text',
        any: [
          'rätt till en återbetalning', 'rätt till återbetalning', 'rätt till en utbetalning', 'rätt till återbäring', 'godkänd återbetalning', 'er återbetalning',
          'din återbetalning', 'entitled to a refund', 'your refund',
        ],
      },
      {
        field: 'text',
        any: ['med bankid', 'med bank-id', 'bekräfta er identitet', 'bekräfta din identitet', 'verifiera er identitet', 'verifiera din identitet', 'bankuppgifter', 'kontouppgifter', 'kontonummer', 'verify your identity', 'bank details'],
      },
    ],
    // (nor "vi", an estate or an association writing of money owed to it: "Dödsboet har rätt till en återbetalning …")
    none: [
      { field: 'text', any: ['=jag=', '=mig=', '=min=', '=mitt=', '=mina=', '=vi=', '=oss=', '=vår=', '=vårt=', '=våra=', '=my=', '=our=', '=we=', 'dödsbo', 'föreningen'] },
      { field: 'signal', in: ['question'] },
    ],
  }),
  // the shape of credential phishing: an account or password, and a threat that it ends soon
  rule('ej.natfiske-konto', 'Hot om att kontot eller lösenordet upphör', kind('ej_arende'), 1.2, {
    all: [
      { field: 'text', any: ['=lösenord', 'password', '=inloggning', 'ditt konto', 'din brevlåda', '=e-postkonto', 'your account', '=mailbox', 'your email account'] },
      {
        field: 'text',
        any: [
          'löper ut', 'går ut idag', 'går ut inom', 'upphör', 'spärras', 'stängs', 'stängas', 'raderas', 'blockeras', 'inaktiveras', 'expires', 'will expire', 'suspended',
          'deactivated', 'will be closed', 'inom 12 timmar', 'inom 24 timmar', 'within 24 hours', 'behålla ditt', 'keep your current',
        ],
      },
    ],
    none: [
      { field: 'text', any: ['jag har glömt', 'glömt mitt lösenord', 'kommer inte in', 'kan inte logga in', 'forgot my password', 'mitt konto', 'mitt lånekort', 'min e-post', 'mitt abonnemang', 'my account'] },
      { field: 'channel', in: ['telefon', 'post', 'webb'] },
    ],
  }),
  rule('ej.forfalskad', 'Förfalskad avsändare', kind('ej_arende'), 5, { any: [{ field: 'signal', in: ['lookalikeSender'] }] }),
  // what the system says it heard: nothing. (A transcription that failed is not silence: the
  // recording may hold a matter, so it keeps its deadline.)
  words('ej.tomt', 'Tomt röstmeddelande', kind('ej_arende'), 3, [
    'inget tal', 'inget tal uppfattades', 'no speech', 'no speech detected', 'tomt meddelande', 'tyst meddelande',
    'inget meddelande lämnades', 'no message was left', 'uppringaren lämnade inget meddelande', 'lade på utan att tala',
  ]),
  rule('ej.baratack', 'Bara ett tack', kind('ej_arende'), 2, {
    // every word a thanks, courtesy, a closing phrase or a name signing off (onlyThanks.ts): one word more
    // is a contact ("Tack. Vad kostar det?", "Tack, kan ni ringa mig", "Tack men det funkar inte"); a
    // thanks that names whom or what it thanks for is praise ("Tack till hemtjänsten!")
    all: [{ field: 'signal', in: ['onlyThanks'] }],
    // (the signal also asks that it closes a conversation: a reply's subject, or a subject that is only thanks too —
    // a new mail whose subject holds the matter is a contact: "Hål i vägen på Kungsgatan" / "Tack så mycket! /Per";
    // and so is one with an attachment)
    // nobody fills in a web form, calls or posts a letter to close a conversation; and an SMS thanks to the
    // municipality's number starts none it could close (three words by SMS: ej.baratack-sms)
    none: [{ field: 'channel', in: ['webb', 'sms', 'telefon', 'post'] }, { field: 'hasAttachments', equals: true }],
  }),
  // A voicemail that is a pocket dial: background sounds and talk to someone else (pocketDial.ts).
  // Never over a concern the reader found: those words keep it a contact.
  rule('ej.fickringning', 'Fickringning', kind('ej_arende'), 3, {
    all: [{ field: 'channel', in: ['telefon'] }, { field: 'signal', in: ['pocketDial'] }],
    none: [{ field: 'signal', in: ['concern'] }],
  }),
  // A reply by SMS of a word or three that only acknowledges ("Ok", "Tack!", "Mottaget, tack"):
  // it closes the exchange. A thanks that says for what ("Tack för hjälpen igår") or is more than a
  // receipt ("Tack så mycket!", "Tusen tack") stays praise: it keeps a deadline, a look at most.
  rule('ej.baratack-sms', 'Bara ok eller tack per SMS', kind('ej_arende'), 2, {
    all: [
      { field: 'channel', in: ['sms'] },
      { field: 'words', atMost: 3 },
      // (nothing else: "Ok, ring mig" is a contact)
      { field: 'signal', in: ['onlyThanks'] },
    ],
    none: [
      { field: 'body', any: ['=för=', '=till=', '=på=', 'så mycket', 'tusen tack', 'stort tack', 'varmt tack', 'hjärtligt', 'bra jobbat', 'ni är bäst', 'fantastisk', 'superbra', 'jättebra', 'so much'] },
      { field: 'signal', in: ['question'] },
    ],
  }),
  // An SMS the gateway relayed with no text said nothing. (An e-mail with no text, a voicemail
  // without a transcription, an image or an attachment is a contact: its content was not read.)
  rule('ej.tomt-sms', 'SMS utan innehåll', kind('ej_arende'), 3, {
    all: [{ field: 'channel', in: ['sms'] }, { field: 'signal', in: ['emptyText'] }],
  }),
];

// ---------------------------------------------------------------------------------------------
// orosanmälan
// ---------------------------------------------------------------------------------------------
/** The author's own label at the start of the subject ("Förslag: …", "Klagomål på …"); not for web forms. */
function subjectLabel(id: string, name: string, k: Kind, prefixes: string[]): RoutingRule {
  return rule(id, name, kind(k), 1.2, {
    // as written: "Re: Felanmälan …" names the thread answered, not what the writer says now
    all: [machineSubject(prefixes)],
    none: [{ field: 'channel', in: ['webb'] }],
  });
}

const SUBJECT_LABELS: RoutingRule[] = [
  subjectLabel('amne.forslag', 'Ämnesraden: förslag', 'forslag', ['Förslag', 'Medborgarförslag', 'Idé', 'Suggestion']),
  subjectLabel('amne.klagomal', 'Ämnesraden: klagomål', 'klagomal', ['Klagomål', 'Klagan', 'Reklamation', 'Complaint']),
  subjectLabel('amne.berom', 'Ämnesraden: beröm', 'berom', ['Beröm', 'Ett stort tack', 'Stort tack', 'Tack till', 'Eloge', 'Praise']),
  subjectLabel('amne.felanmalan', 'Ämnesraden: felanmälan', 'felanmalan', ['Felanmälan', 'Fel på', 'Trasig', 'Trasigt', 'Trasiga']),
  subjectLabel('amne.skada', 'Ämnesraden: skadeanspråk', 'skadeansprak', ['Skadeanspråk', 'Skadeanmälan', 'Skadestånd', 'Ersättningskrav', 'Krav på ersättning']),
];

/**
 * Orosanmälan: recall first. The concern reader (`concern.ts`) finds one clear sign of concrete
 * concern about a child or a vulnerable adult, in Swedish or English, on any channel; a general
 * question about how to report is not one. The rule is decisive: a concern outranks every other
 * kind, "inget ärende" included (a report of concern is never taken for machine mail).
 */
const CONCERN: RoutingRule[] = [
  { id: 'oro.konkret', name: 'Konkret oro för ett barn eller en utsatt vuxen', enabled: true, when: { any: [{ field: 'signal', in: ['concern'] }] }, then: { kind: 'orosanmalan' } },
];

// ---------------------------------------------------------------------------------------------
// till förtroendevald
// ---------------------------------------------------------------------------------------------
const POLITICIAN_TITLES = [
  'kommunstyrelsens ordförande', 'ks ordförande', 'kommunalråd', 'kommunalrådet', 'kommunråd', 'oppositionsråd',
  'oppositionsrådet', 'kommunfullmäktiges ordförande', 'fullmäktiges ordförande', 'nämndens ordförande', 'nämndsordförande',
  'ledamot', 'ledamöter', 'ledamöterna', 'förtroendevald', 'förtroendevalda', 'politiker', 'politikerna', 'partigrupp',
  'gruppledare', 'socialdemokraterna', 'moderaterna', 'centerpartiet', 'liberalerna', 'kristdemokraterna', 'vänsterpartiet',
  'miljöpartiet', 'sverigedemokraterna', 'mayor', 'councillor', 'councilor', 'politician', 'elected official', 'elected officials',
  // the titles as they are shortened
  '=kso=', 'ks-ordförande', 'kf-ordförande', 'kommunstyrelsens ordf',
];
const ELECTED: RoutingRule[] = [
  words('fv.titel', 'Politiker nämns vid titel', kind('fortroendevald'), 0.6, POLITICIAN_TITLES),
  words('fv.tilltal', 'Tilltal till förtroendevald', kind('fortroendevald'), 1.2, [
    'till kommunstyrelsens ordförande', 'till kommunalrådet', 'dig som ledamot', 'dig som politiker', 'dig som ordförande',
    'dig som kommunalråd', 'er som våra förtroendevalda', 'ni som förtroendevalda', 'er förtroendevalda', 'ni politiker',
    'till politikerna', 'till alla ledamöter', 'till samtliga ledamöter', 'till ledamöterna', 'till fullmäktiges ledamöter',
    'till kommunfullmäktiges ledamöter', 'vidarebefordra till politikerna', 'tänker rösta', 'tänker ni rösta',
    'du själv att rösta', 'ditt parti', 'ert parti', 'rösta nej', 'röstar nej', 'rösta ja', 'röstar ja',
    'svar från dig personligen', 'personligt svar från dig', 'svarar personligen', 'svara personligen', 'svar från kommunstyrelsens ordförande', 'svar från politiker',
    'inte med en tjänsteman', 'inte prata med någon tjänsteman', 'inte av en tjänsteman', 'inte från en tjänsteman',
    'ingen tjänsteman', 'från någon tjänsteman', 'ni i majoriteten', 'i majoriteten', 'röstade på dig', 'röstade på er',
    'röstade på ditt', 'vänder mig direkt till dig', 'politiska ansvaret', 'ditt politiska ansvar', 'till er politiker',
    'kära politiker', 'kära kommunfullmäktige', 'bästa politiker', 'er politiker', 'kommunens politiker', 'bästa kommunstyrelse', 'kära kommunstyrelse', 'valrörelsen', 'vallöfte', 'vallöften', 'du lovade', 'ni lovade i valet', 'under valet', 'dear councillor', 'to the mayor',
    'dear mayor', 'forward this to the', ...combine(['dig som', 'du som'], POLITICIAN_TITLES.filter((t) => t.includes('ordförande') || t.includes('råd'))),
    // a letter addressed to a committee's chair ("Till Socialnämndens ordförande …", "Herr ordförande!")
    // their own motion or interpellation, named to them ("din motion om enskilda vägar")
    'din motion', 'er motion', 'din interpellation', 'ditt yrkande', 'din reservation',
    'till nämndens ordförande', 'till nämndsordföranden', 'till fullmäktiges ordförande', 'herr ordförande', 'fru ordförande', 'bästa ordförande', 'käre ordförande', 'kära ordförande',
  ]),
  // the reader told, in the second person, what they must do in their office ("som kommunstyrelsens ordförande måste du …")
  rule('fv.roll', 'Förtroendevald tilltalad i sin roll', kind('fortroendevald'), 1.2, {
    all: [
      { field: 'body', any: combine(['som', 'i egenskap av', 'i din roll som', 'as'], POLITICIAN_TITLES.filter((t) => t.includes('ordförande') || t.includes('råd') || t === 'mayor' || t === 'councillor')) },
      { field: 'body', any: ['=du=', '=dig=', '=din=', '=ditt=', '=dina=', '=you=', '=your='] },
    ],
  }),
  // a politician named by title and reminded, in the second person, of what they said or promised ("Till NN, oppositionsråd. Du sa på mötet …")
  rule('fv.du-sa', 'Förtroendevald påmind om vad hen sa', kind('fortroendevald'), 2, {
    all: [
      { field: 'body', any: POLITICIAN_TITLES.filter((t) => t.includes('ordförande') || t.includes('råd') || t === 'mayor' || t === 'councillor' || t === 'ledamot') },
      {
        field: 'body',
        any: ['du sa', 'du sade', 'du sagt', 'du lovade', 'du har lovat', 'du skulle driva', 'du skulle verka', 'som du sa', 'som du lovade', 'du svarade', 'you said', 'you promised'],
      },
    ],
  }),
  rule('fv.amne', 'Politiker nämns i ämnesraden', kind('fortroendevald'), 1.2, {
    all: [{ field: 'subject', any: POLITICIAN_TITLES }],
    none: [{ field: 'channel', in: ['webb'] }],
  }),
  // the title written out with its committee ("Till Lena Strand, ordförande i kultur- och fritidsnämnden", "ledamot i
  // socialnämnden"): a committee's chair or member, not a club's ("ordförande i vägföreningen" names no committee)
  rule('fv.amne-namnd', 'Ordförande eller ledamot i en nämnd i ämnesraden', kind('fortroendevald'), 1.2, {
    all: [
      // (addressed: "Till …"; a subject that only names a chair — the sender's own title, or whom a complaint is about — is not)
      subjectStarts(['Till', 'To', 'Att', 'Attn']),
      { field: 'subject', any: ['ordförande i', 'ordförande för', 'ordföranden i', 'ledamot i', 'ledamot av', 'ledamöter i', 'ledamöterna i'] },
      { field: 'subject', any: ['nämnden=', 'kommunstyrelsen', 'kommunfullmäktige', '=fullmäktige='] },
    ],
    none: [
      { field: 'channel', in: ['webb'] },
      { field: 'subject', any: ['från ordförande', 'från ordföranden', 'från ledamot', 'från vice ordförande', 'from the chair'] },
    ],
  }),
  // the e-service's own "write to an elected official" form: its title names the politician
  rule('fv.formular', 'E-tjänst till en förtroendevald', kind('fortroendevald'), 1.2, {
    all: [{ field: 'channel', in: ['webb'] }, { field: 'subject', any: [...POLITICIAN_TITLES, 'politiker', 'en politiker', 'förtroendevald'] }],
  }),
  // a politician forwarding what a citizen sent them, for the municipality to act on: the matter decides
  // (strong: a citizen's words to the politician in the forwarded text — "jag röstade på er" — are not the newest text's)
  rule('fv.vidarebefordrat', 'Förtroendevald skickar vidare', kind('fortroendevald'), -4, {
    all: [
      machineSubject(['VB:', 'FW:', 'Fwd:', 'Vb:', 'Fw:', 'WG:', 'TR:']),
      {
        field: 'body',
        any: [
          'kan ni ta hand om', 'ta hand om detta', 'ta hand om det här', 'för åtgärd', 'för kännedom och åtgärd', 'vidarebefordrar', 'skickar vidare',
          'kom till mig', 'fick detta', 'fick det här', 'fick ett mejl', 'please handle', 'forwarding this',
        ],
      },
    ],
    any: [{ field: 'signal', in: ['partyMarker'] }, { field: 'body', any: POLITICIAN_TITLES }, { field: 'signature', any: POLITICIAN_TITLES }],
  }),
  rule('fv.partimarkering', 'Partibeteckning efter ett namn', kind('fortroendevald'), 0.7, {
    any: [{ field: 'signal', in: ['partyMarker'] }],
  }),
  rule('fv.personlig', 'Till en persons egen kommunadress (svagt tecken)', kind('fortroendevald'), 0.4, {
    any: [{ field: 'signal', in: ['personalAddressee'] }],
  }),
  rule('fv.namndordforande', 'Ordförande i en nämnd', kind('fortroendevald'), 1.2, {
    all: [
      { field: 'text', any: ['ordförande i', 'ordförande för', 'vice ordförande', 'som ordförande', 'ledamot i'] },
      { field: 'text', any: ['nämnden', 'nämnd', 'styrelsen', 'fullmäktige'] },
    ],
  }),
  // asked to pass the message on to a named politician: addressed to them, even from a reporter (SPEC §1)
  rule('fv.be-vidarebefordra', 'Ber att få meddelandet vidare till en politiker', kind('fortroendevald'), 4, {
    all: [
      { field: 'text', any: POLITICIAN_TITLES },
      {
        field: 'body',
        any: [
          ...combine(['kan ni', 'kan du', 'skulle ni kunna', 'skulle du kunna', 'vill ni', 'vänligen', 'snälla', 'ber er'], ['vidarebefordra', 'skicka vidare']),
          'vidarebefordra det här till', 'vidarebefordra detta till', 'vidarebefordra mejlet till', 'vidarebefordra mitt mejl till', 'vidarebefordra min fråga till',
          'please forward this to', 'please pass this on to', 'could you forward',
        ],
      },
    ],
  }),
  // asked to go to a politician, not to an officer ("Jag vill att detta går direkt till barn- och utbildningsnämndens
  // ordförande … och inte till någon tjänsteman"): only with a politician's title in the text ("Min kritik är inte
  // till någon tjänsteman personligen" is a complaint; "direkt till ordföranden i vägföreningen" names no politician)
  rule('fv.inte-tjansteman', 'Till en politiker, inte en tjänsteman', kind('fortroendevald'), 1.2, {
    all: [
      { field: 'text', any: POLITICIAN_TITLES },
      {
        field: 'body',
        any: [
          'inte till någon tjänsteman', 'inte till en tjänsteman', 'inte till tjänstemännen', 'inte till tjänstemän',
          // straight to the title itself ("direkt till kommunstyrelsens ordförande"), not "direkt till mig"
          ...combine(['direkt till', 'personligen till'], POLITICIAN_TITLES.filter((t) => t.includes('ordförande') || t.includes('råd') || t.startsWith('politiker'))),
        ],
      },
    ],
    none: [{ field: 'text', any: ['personligen, utan', 'vägföreningen', 'föreningen', 'samfällighet'] }],
  }),
  rule('fv.kontakt', 'Vill nå en förtroendevald', kind('fortroendevald'), 1.2, {
    all: [
      { field: 'text', any: POLITICIAN_TITLES },
      {
        field: 'text',
        any: [
          'vill prata med', 'vill tala med', 'vilja prata med', 'vilja tala med', 'få prata med', 'få tag på', 'be honom ringa', 'be henne ringa',
          'be honom höra av sig', 'be henne höra av sig', 'vill träffa', 'ringer upp', 'ringer honom', 'ringer henne', 'ring upp',
          'ringa upp', 'vill ha svar', 'skriver till dig', 'vidarebefordra', 'skicka vidare', 'vill bli kontaktad',
          'wants to speak', 'please forward',
          // asking the politician to call back ("jag vill att hon ringer mig")
          'ringer mig', 'ringer upp mig', 'ringa mig', 'ringa upp mig', 'kontaktar mig', 'kontakta mig', 'svarar mig', 'call me back',
          ...combine(['vill att hon', 'vill att han', 'be henne', 'be honom', 'att hon själv', 'att han själv'], ['ringer', 'hör av sig']),
        ],
      },
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// skadeanspråk
// ---------------------------------------------------------------------------------------------
const DAMAGE: RoutingRule[] = [
  words('skada.krav', 'Krav på ersättning', kind('skadeansprak'), 1.5, [
    'skadeanspråk', 'skadeanmälan', 'skadestånd', 'regresskrav', 'krav på ersättning', 'begär ersättning',
    'begära ersättning', 'yrkar ersättning', 'kräver ersättning', 'få ersättning', 'ersättning för', 'ersätta kostnaden',
    'ersätter kostnaden', 'ersätta skadan', 'ersätter skadan', 'ersätta mig', 'ersätta oss', 'ersätter mig', 'ersätter oss',
    'kommunen ersätter', 'kommunen ska ersätta', 'kommunen bör ersätta', 'ersättningsanspråk', 'självrisk',
    'kommunen bekostar', 'bekostar en ny', 'kommunen betalar', 'kommunen ska betala', 'förväntar mig att kommunen',
    'förväntar oss att kommunen', 'att skolan ersätter', 'att ni ersätter', 'ni ska ersätta', 'ni bör ersätta', 'ska ersätta mig', 'ska ersätta oss', 'bör ersätta mig', 'bör ersätta oss',
    // what is ours to be paid for ("vem ska ersätta min cykel?"); "X ska ersätta den gamla spisen" replaces
    ...combine(['ska ersätta', 'bör ersätta', 'måste ersätta'], ['min', 'mitt', 'mina', 'vår', 'vårt', 'våra', 'skadorna', 'kostnaderna']), 'vem ska ersätta', 'vem ersätter',
    // "bekosta" asked of the municipality, not offered ("föreningen kan hjälpa till att bekosta en bänk")
    ...combine(['ska', 'bör', 'måste', 'får', 'borde'], ['bekosta']), 'kommunen bekosta', 'står för kostnaden', 'betalar reparationen', 'betala reparationen',
    // money back demanded for what was paid and not given ("Vi begär att få tillbaka en skälig del av kostnaden")
    'begär att få tillbaka', 'kräver att få tillbaka', 'vill ha pengarna tillbaka', 'vill ha tillbaka pengarna', 'kräver pengarna tillbaka',
    'begär återbetalning', 'kräver återbetalning', 'yrkar återbetalning',
    'betalar för reparationen', 'vi kräver att kommunen', 'jag kräver att kommunen', 'vill ha ersättning',
    'vill få ersättning', 'belopp som krävs', 'yrkat belopp', 'krävt belopp', 'damage claim',
    'claim for damages', 'compensation for', 'reimburse', 'compensate', 'the municipality to pay for', 'the municipality to pay',
    'municipality should pay', 'pay for the damage', 'pay for my', 'cover the cost',
  ]),
  // "jag vill att ni betalar det" about something damaged: a demand for compensation, in other words
  rule('skada.betala', 'Krav att kommunen betalar en skada', kind('skadeansprak'), 1.5, {
    all: [
      {
        field: 'text',
        any: [
          ...combine(
            [
              ...combine(['vill att', 'begär att', 'kräver att', 'förväntar mig att', 'förväntar oss att', 'förutsätter att', 'anser att', 'tycker att'], [
                'ni', 'kommunen', 'skolan', 'förskolan', 'hemtjänsten', 'förvaltningen', 'fritids',
              ]),
              'ni får', 'ni ska', 'ni bör',
            ],
            ['betalar', 'betala', 'ska betala', 'bör betala', 'ersätter', 'ersätta', 'står för', 'ska stå för', 'bekostar', 'tar kostnaden', 'betalar tillbaka'],
          ),
          'i expect you to pay', 'you should pay', 'you must pay', 'pay for the damage', 'pay for the repair', 'cover the cost',
          // asking who pays for what was damaged
          'vem ska stå för', 'vem står för', 'vem betalar', 'vem ska betala', 'vem ersätter', 'vem ska ersätta', 'who pays', 'who will pay', 'who is paying',
        ],
      },
      {
        field: 'text',
        any: [
          'trasig', 'trasigt', 'trasiga', 'sönder', 'böjd', 'böjt', 'intryckt', 'förstörd', 'förstört', 'förstörda', 'skadad', 'skadat', 'skadade', 'skadan',
          'skador', 'repa', 'repor', 'buckla', 'kvitto', 'reparation', 'reparationen', 'körde ner', 'körde på', 'damaged', 'broken', 'receipt', 'repair',
          'knäckt', 'knäckta', 'knäcktes', 'backade in i', 'körde in i', 'välte', 'krossad', 'krossade', 'offert',
        ],
      },
    ],
  }),
  words('skada.skador', 'Skada på egendom', kind('skadeansprak'), 0.25, [
    'bilskada', 'skadan', 'skador', 'skadad', 'skadades', 'skadade', 'skadat', 'förstörd', 'förstördes', 'buckla', 'spräckt', 'krossad', 'krossades', 'välte',
    'översvämning', 'vattenskada', 'halkade', 'punktering', 'fälgen', 'kvitto', 'försäkringsbolag', 'damaged',
  ]),
];

// ---------------------------------------------------------------------------------------------
// ansökan
// ---------------------------------------------------------------------------------------------
const APPLICATION: RoutingRule[] = [
  words('ans.ansoker', 'Skriver att hen ansöker', kind('ansokan'), 1.5, [
    'ansöker om', 'ansöker härmed', 'härmed ansöker', 'ansöka om', 'vill ansöka', 'jag ansöker', 'vi ansöker',
    'ansöker jag', 'ansöker vi', 'ansöker alltså', 'söker härmed', 'härmed söker', 'spontanansökan', 'intresseanmälan',
    'anmälan om registrering', 'ansökan bifogas', 'bifogar ansökan', 'bifogar min ansökan', 'skickar min ansökan',
    'skickar ansökan', 'som en ansökan', 'lämnar härmed in', 'härmed in ansökan', 'lämnar vi härmed', 'härmed lämnar',
    'lämnar in ansökan', 'inlämnas härmed', 'begär omprövning', 'omprövas', 'omprövning av', 'överklagar härmed',
    'härmed överklagar', 'application for', 'i hereby apply', 'my application', 'i would like to apply',
    'i wish to apply', 'please accept my application',
  ]),
  // an application told of, not made: "pappa skulle ansöka om hemtjänst … Hanna hjälpte honom" (a thanks for the help)
  words('ans.berattad', 'Ansökan som berättas om, inte görs', kind('ansokan'), -1.5, [
    'hjälpte honom att ansöka', 'hjälpte henne att ansöka', 'hjälpte mig att ansöka', 'hjälpte oss att ansöka',
    'hjälpte honom med ansökan', 'hjälpte henne med ansökan', 'hjälpte mig med ansökan', 'gick igenom hela ansökan', 'gick igenom ansökan',
  ]),
  rule('ans.amne', 'Ämnesraden börjar med Ansökan', kind('ansokan'), 1.2, {
    any: [subjectStarts(['Ansökan', 'Ansökningar', 'Application'])],
  }),
  // a copy the writer attaches is evidence, not a request for one ("Kopia på beslutet bifogas")
  words('ans.handling-bifogad', 'Bifogad kopia, ingen begäran', { kind: 'ansokan', department: 'kommunledning' }, -6, [
    ...combine(['kopia på beslutet', 'kopia av beslutet', 'kopia på beslut', 'kopia av beslut', 'kopia', 'kopior', 'en kopia'], ['bifogas', 'bifogad', 'bifogat', 'bifogade', 'finns bifogad', 'är bifogad', 'som bilaga']),
    ...combine(['bifogar', 'bifogar en', 'jag bifogar', 'vi bifogar', 'här kommer', 'skickar med'], ['kopia', 'kopia på beslutet', 'kopia av beslutet', 'kopia på beslut', 'en kopia', 'kopior']),
  ]),
  words('ans.handling', 'Begäran om allmän handling', { kind: 'ansokan', department: 'kommunledning' }, 6, [
    'allmän handling', 'allmänna handlingar', 'allmänna handlingen', 'begära ut', 'begär ut', 'begär att få ut', 'begär härmed att få ut', 'att få ut kopior', 'att få ut en kopia', 'att få ut handlingar',
    'begäran om handlingar', 'begäran om utlämnande', 'få ta del av följande', 'få ta del av handlingar', 'begäran om att få ta del',
    'ta del av min akt', 'min akt', 'mina journalanteckningar', 'utdrag ur min akt', 'ta del av mina handlingar',
    'ta del av handlingar', 'begär att få ta del', 'vill ta del av', 'offentlighetsprincipen', 'utlämnande av handling',
    ...combine(['ta del av', 'ta del av det', 'ta del av de'], ['avtal kommunen', 'avtalet', 'avtalen', 'fakturorna', 'protokollet', 'kontraktet', 'korrespondensen', 'utredningen', 'upphandlingen', 'beslutet om']),
    ...combine(['vill se', 'skulle vilja se', 'vill få se', 'önskar se', 'begär att få se', 'skulle vilja ta del av', 'önskar ta del av', 'önskar få ta del av'], [
      'avtalet', 'avtalen', 'arrendeavtalet', 'hyresavtalet', 'kontraktet', 'korrespondensen', 'mejlväxlingen', 'e-postväxlingen', 'fakturorna', 'avtalet mellan',
    ]),
    'registerutdrag', 'kopia av samtliga handlingar', 'samtliga handlingar', 'kopia av handlingar', 'kopia på beslut',
    'kopia av beslut', 'begär kopia', 'begär att få kopia', 'handlingar i ärende', 'ta del av handlingarna', 'freedom of information', 'public records', 'public documents',
    'official records', 'request copies of', 'request a copy of', 'copies of the minutes',
    // a named document of the municipality's asked for, without the law's words ("jag vill gärna se avtalet")
    ...combine(['vill se', 'vill gärna se', 'få se', 'vill läsa', 'kopia av', 'kopia på', 'kopior av', 'kopior på', 'kan ni mejla', 'kan ni skicka', 'mejla mig', 'skicka mig'], ['avtalet', 'avtalen', 'kontraktet', 'protokollet', 'protokollen', 'mötesprotokollet', 'utredningen', 'upphandlingen', 'upphandlingsunderlaget']),
    // the authority's own letters and e-mail in a case, or its diary, asked for ("kopior av all korrespondens")
    // a permit's drawings or decision asked for ("jag vill få kopior på ritningarna och beslutet om bygglov")
    ...combine(['kopia av', 'kopia på', 'kopior av', 'kopior på', 'få kopior', 'få en kopia', 'vill se', 'få se'], ['ritningarna', 'ritningen', 'bygglovsritningarna', 'beslutet om bygglov', 'bygglovsbeslutet', 'grannens bygglov']),
    // every document of a case asked for ("jag vill ha kopior av alla handlingar i bygglovsärendet"), never copies the
    // writer sent or handed over ("jag har redan skickat in kopior av alla handlingar"): an independent review
    ...combine(['vill ha', 'vill få', 'begär', 'skicka mig', 'mejla mig', 'få ut'], ['kopior av alla handlingar', 'kopior på alla handlingar', 'kopia av alla handlingar', 'kopia på alla handlingar']),
    ...combine(['kopia av', 'kopia på', 'kopior av', 'kopior på', 'ta del av', 'vill se'], ['all korrespondens', 'korrespondensen', 'den korrespondens', 'all e-post', 'alla mejl', 'mejlväxlingen', 'e-postväxlingen']),
    'diarieutdrag', 'utdrag ur diariet', 'utdrag ur diariet för',
    // a board's minutes or decisions asked for ("kopior av kommunstyrelsens protokoll")
    ...combine(['kopia av', 'kopia på', 'kopior av', 'kopior på', 'få ta del av', 'få se'], ['kommunstyrelsens', 'nämndens', 'fullmäktiges', 'kommunfullmäktiges', 'utskottets', 'styrelsens', 'byggnadsnämndens', 'socialnämndens']),
  ]),
  // a copy the writer sends along ("kopia på beslutet bifogas") is not a copy asked for
  words('ans.bifogad-kopia', 'Bifogad kopia, inte begäran om handling', { kind: 'ansokan', department: 'kommunledning' }, -4, [
    ...combine(['kopia på beslutet', 'kopia av beslutet', 'kopia på beslut', 'kopia av beslut', 'kopia på fakturan', 'kopia av fakturan', 'en kopia', 'kopian'], ['bifogas', 'bifogad', 'bifogades', 'skickas med', 'medföljer']),
    ...combine(['bifogar', 'bifogar en', 'skickar med', 'skickar med en', 'har bifogat', 'bifogat finns', 'bifogat finns en'], ['kopia', 'kopian', 'kopior']),
  ]),
  // a job application goes to HR (SPEC §1), whatever workplace it names: the care home's or the school's words do not outweigh it
  rule('ans.jobb', 'Jobbansökan', { kind: 'ansokan', department: 'kommunledning' }, 6, {
    any: [
      {
        field: 'text',
        any: [
          'söka jobbet', 'söka tjänsten', 'söker tjänsten', 'söker jobbet', 'söker härmed jobbet', 'söker härmed tjänsten', 'söker härmed arbetet', 'ansöker om tjänsten', 'söker arbete', 'spontanansökan', 'personligt brev',
          'lärarlegitimation', 'platsbanken', 'annonserade tjänsten', 'utannonserade tjänsten', 'arbetsansökan', 'jobbansökan', 'ansökan till tjänsten', 'intresserad av tjänster',
          'intresserad av en tjänst', 'intresserad av att arbeta', 'job application', 'cover letter', 'open application', 'spontaneous application',
          'unsolicited application', 'curriculum vitae', '=resume=', 'apply for the position', 'apply for the job',
          'my resume',
        ],
      },
    ],
    // thinking of applying is a question about the job ("Jag funderar på att söka jobbet … vad är lönen?")
    none: [{ field: 'body', any: ['funderar på att söka', 'funderar på att ansöka', 'överväger att söka', 'innan jag söker', 'tänkte söka', 'om jag skulle söka', 'thinking of applying'] }],
  }),
  // a CV is sent with a job application, and with a grant or a course application too: weaker than the job's own words
  words('ans.jobb-cv', 'Bifogat CV', { kind: 'ansokan', department: 'kommunledning' }, 4, ['=cv=', 'mitt cv']),
  // a summer job applied for in the writer's own words ("jag vill söka sommarjobb"); "hur söker man
  // sommarjobb?" and "när öppnar ansökan?" stay questions (ans.hur outweighs it)
  rule('ans.jobb-sommar', 'Söker sommarjobb', { kind: 'ansokan', department: 'kommunledning' }, 3, {
    any: [{ field: 'body', any: combine(['jag vill söka', 'vill gärna söka', 'jag söker', 'skulle vilja söka', 'jag ansöker om', 'söker härmed'], ['sommarjobb', 'ett sommarjobb', 'feriejobb', 'ett feriejobb', 'feriearbete', 'sommarjobbet']) }],
    none: [{ field: 'body', any: ['hur gör', 'hur söker', 'hur ansöker', 'var söker', 'vart söker', 'var ansöker', 'när öppnar', 'när kan jag söka', 'när kan man söka', 'hur går det till', 'kan man söka', 'kan jag söka', 'funderar på'] }],
  }),
  // (an invoice naming the order it bills is not an order: see ans.bestallning-faktura)
  words('ans.bestallning', 'Beställning, registrering eller anmälan', kind('ansokan'), 1, [
    'vill beställa', 'vi vill beställa', 'beställning av', 'beställer härmed', 'registrera min', 'registrera vår',
    'anmälan om registrering', 'fyllt i blanketten', 'bifogar blanketten', 'blanketten ifylld', 'anmäler härmed',
    'härmed anmäler', 'begär härmed', 'vill teckna', 'säga upp mitt', 'vill säga upp', 'som ni bad om',
    'som ni efterfrågade', 'komplettering', 'kompletterar', 'begärda handlingar', 'begärda uppgifter', 'registrera verksamheten',
  ]),
  words('ans.bestallning-faktura', 'Faktura för en beställning, ingen ny beställning', kind('ansokan'), -1, [
    'fakturanummer', 'förfallodatum', 'att betala', 'fakturadatum', 'bankgiro', 'plusgiro', 'ocr-nummer', 'invoice number', 'due date',
  ]),
  // a change of the waste service asked for (a pause, a shared or another bin): a decision on the fee
  rule('ans.avfallstjanst', 'Ändring av avfallstjänsten', kind('ansokan'), 2, {
    any: [
      {
        field: 'body',
        any: [
          'uppehåll i hämtning', 'uppehåll i hämtningen', 'uppehåll i sophämtning', 'uppehåll i sophämtningen', 'uppehåll i avfallshämtning', 'uppehåll i avfallshämtningen',
          'uppehåll i tömning', 'uppehåll i tömningen', 'uppehåll i slamtömning', 'uppehåll i slamtömningen', 'delat kärl', 'dela kärl', 'dela sopkärl', 'gemensamt kärl',
          'byta till ett mindre kärl', 'byta till ett större kärl', 'byta kärlstorlek', 'dela på ett sopkärl', 'dela på sopkärlet', 'dela på kärlet', 'dela på ett kärl',
          'delar på kärlet', 'delar på ett kärl', 'ändra abonnemanget', 'ändra abonnemangen', 'ändra vårt abonnemang', 'ändra mitt abonnemang',
        ],
      },
    ],
    // (why the collection changed, or that it was missed, is a complaint)
    none: [{ field: 'body', any: ['varför', 'har inte tömts', 'missat', 'glömt', 'klagomål', 'dåligt beslut'] }],
  }),
  // an application that never says "ansökan": the writer wants (vill, önskar, would like to) an act
  // that needs someone's decision — to book, rent, order, be queued, get a certificate, a service
  words('ans.begaran', 'Begäran om bokning, beställning eller tjänst', kind('ansokan'), 1.5, [
    ...combine(combine(WANT, ['', 'gärna', 'därför', 'också', 'nu', 'härmed']), WANTED_ACTS),
    ...combine(['would like to', 'wish to', 'want to', 'we would like to', 'i would like to', 'hereby'], ['book', 'rent', 'hire', 'reserve', 'order', 'apply for', 'register']),
    ...combine(['söker', 'söker härmed', 'vill söka', 'ska söka', 'skulle vilja söka', 'vill ansöka om', 'ansöker om'], APPLIED_FOR),
    ...combine(['behöver', 'vill ha', 'önskar', 'ber om', 'begär', 'skulle behöva', 'beställer'], combine(['', 'ett', 'en', 'mitt', 'mina', 'nya'], DOCUMENTS)),
    // a hall or a room wanted for a time is a booking ("vi vill gärna ha gympasalen onsdagar")
    ...combine(['vill ha', 'vill gärna ha', 'skulle vilja ha', 'skulle gärna vilja ha', 'önskar', 'önskar få', 'behöver'], VENUES.filter((v) => !['tennisbanan', 'padelbanan', 'bowlingbanan', 'the court'].includes(v))),
    ...combine(['need', 'request', 'would like'], combine(['a', 'an', 'my'], ['certificate', 'employer certificate', 'copy', 'map', 'extract'])),
    ...combine(['vill ha', 'vill gärna ha', 'skulle vilja ha', 'skulle gärna vilja ha', 'skulle gärna ha', 'hade gärna haft', 'önskar', 'behöver', 'skulle behöva', 'behöver nu', 'ber om', 'vill beställa', 'beställer'], SERVICES),
    // a service wanted for someone named ("då vill vi att Noah får skolskjuts från hösten")
    // an interest registered is a place in a queue asked for ("jag vill anmäla intresse för en kolonilott")
    ...combine(['vill', 'skulle vilja', 'vill härmed', 'önskar'], ['anmäla intresse', 'anmäla mitt intresse', 'anmäla vårt intresse', 'göra en intresseanmälan', 'lämna en intresseanmälan']),
    'anmäler härmed intresse', 'anmäler mitt intresse', 'anmäler vårt intresse', 'anmäler intresse för',
    // things the municipality hands out, ordered ("kan ni skicka mig en ny nyckelbricka", "fler matavfallspåsar")
    ...combine(['kan ni skicka', 'skulle ni kunna skicka', 'skicka mig', 'skicka oss', 'vill beställa', 'vill ha', 'behöver', 'kan jag få', 'kan vi få'], [
      'en ny nyckelbricka', 'ny nyckelbricka', 'en nyckelbricka', 'ett nytt passerkort', 'ett passerkort', 'en ny tagg', 'ett nytt lånekort', 'nytt lånekort',
      'fler matavfallspåsar', 'nya matavfallspåsar', 'matavfallspåsar', 'fler påsar', 'nya påsar', 'papperspåsar', 'sopsäckar', 'fler sopsäckar', 'en ny soptunna', 'ett nytt kärl',
    ]),
    // the land surveyors asked to come: boundary points set out ("kan ni komma och sätta ut gränspunkterna")
    ...combine(['kan ni komma och', 'kan ni', 'vill att ni', 'vill beställa', 'skulle vilja beställa', 'vill ha hjälp att', 'behöver hjälp att'], [
      'sätta ut gränspunkterna', 'sätta ut gränspunkter', 'staka ut gränsen', 'staka ut huset', 'märka ut gränsen', 'visa gränsen', 'utstakning', 'en utstakning', 'gränsutvisning', 'en gränsutvisning',
    ]),
    // a civil wedding wanted is a booking ("vi vill gifta oss borgerligt i sommar")
    ...combine(['vill', 'skulle vilja', 'ska', 'planerar att', 'önskar'], ['gifta oss borgerligt', 'gifta oss i stadshuset', 'gifta oss i kommunhuset', 'vigas borgerligt', 'boka vigsel', 'boka en vigsel', 'ha en borgerlig vigsel', 'boka borgerlig vigsel']),
    // a child's placement the parents want ("vi vill att båda går på Åsbackaskolan")
    ...combine(['vill att', 'önskar att', 'vill gärna att'], combine(['han', 'hon', 'båda', 'barnen', 'vår son', 'vår dotter', 'min son', 'min dotter', 'de'], ['går på', 'får gå på', 'ska gå på', 'börjar på', 'får börja på', 'får plats på', 'byter till', 'får byta till', 'får modersmålsundervisning', 'får modersmål', 'får studiehandledning', 'får skolskjuts', 'får särskilt stöd', 'får en assistent', 'får plats'])),
    // documents handed in for a decision ("bifogar ritning", "ifylld blankett")
    ...combine(['bifogar', 'bifogar härmed', 'skickar in', 'lämnar in', 'bifogat finns', 'här kommer'], ['ritning', 'ritningar', 'ritningen', 'planritning', 'situationsplan', 'ifylld blankett', 'den ifyllda blanketten', 'blanketten', 'anmälan', 'intyget', 'underlaget']),
    // accepting to be billed is ordering ("kan ni skicka en sådan och fakturera")
    'och fakturera', 'fakturera mig', 'fakturera oss', 'kan ni fakturera', 'mot faktura',
    // a child or oneself put down for an activity ("Anmälan till sommarlovsaktiviteter för Elsa")
    ...combine(['anmälan till', 'anmäler', 'anmäla', 'anmäler härmed'], ['sommarlovsaktiviteter', 'lovaktiviteter', 'sportlovsaktiviteter', 'simskola', 'simskolan', 'kursen', 'läger', 'lägret', 'prova-på', 'sommarskola', 'sommarskolan', 'lovskola', 'lovskolan']),
    // more of a service asked for
    'hemtjänsten utökas', 'utökad hemtjänst', 'utöka hemtjänsten', 'mer hemtjänst', 'utökat stöd', 'utökad hjälp', 'utökade insatser',
    'bokningsförfrågan', 'förfrågan om bokning', 'önskemål om tider', 'önskar följande tider', 'ansöker om tider', 'köanmälan', 'anmälan till kön',
    'arbetsgivarintyg', 'tjänstgöringsintyg', 'anställningsintyg', 'sökt belopp', 'sökt bidrag', 'intygar att uppgifterna', 'jag intygar',
    '=sökande=', 'sökandes',
    ...combine(['kan jag få', 'kan vi få', 'får jag', 'får vi', 'skulle jag kunna få', 'skulle vi kunna få'], ['beställa', 'boka', 'hyra', 'låna en lokal', 'låna lokalen', 'låna hallen', 'låna salen', 'ett intyg', 'en kopia']),
    // a summer job wanted is a job application ("kan jag ändå få ett feriejobb?"); the topic alone is not
    ...combine(['kan jag få', 'kan jag ändå få', 'skulle jag kunna få', 'vill ha', 'vill gärna ha', 'söker', 'vill söka', 'ska söka', 'skulle vilja söka', 'vill gärna söka'], ['ett feriejobb', 'feriejobb', 'ett sommarjobb', 'sommarjobb', 'feriearbete']),
    // a notification under building and environment law needs a decision (startbesked, föreläggande)
    ...combine(['anmälan om', 'anmälan av', 'anmälan avseende', 'anmäler', 'anmäla'], [
      'eldstad', 'installation', 'värmepump', 'bergvärme', 'rivning', 'ändring', 'tillbyggnad', 'attefall', 'attefallshus', 'enskilt avlopp',
      'avloppsanläggning', 'livsmedelsanläggning', 'livsmedelsverksamhet', 'miljöfarlig verksamhet', 'cistern', 'solceller', 'värmepumpsanläggning',
    ]),
  ]),
  // a document only the municipality makes, asked for ("Kan vi få en nybyggnadskarta över tomten?") — not how, when or whether
  rule('ans.begaran-dokument', 'Ber om en karta eller ett intyg', kind('ansokan'), 1.5, {
    all: [{ field: 'body', any: combine(['kan jag få', 'kan vi få', 'skulle jag kunna få', 'skulle vi kunna få'], combine(['en', 'ett', 'ett nytt', 'en ny'], ['nybyggnadskarta', 'kartutdrag', 'registerutdrag', 'arbetsgivarintyg', 'tjänstgöringsintyg', 'anställningsintyg'])) }],
    none: [{ field: 'body', any: ['=hur=', '=när=', 'innan jag', 'innan vi', '=varför=', 'även om', 'eller måste', 'vända mig', 'vart'] }],
  }),
  // a hall taken if it is free ("Om den är ledig den dagen så tar vi den"); billing accepted with a booking or an order
  rule('ans.tar-den', 'Tar tiden om den är ledig', kind('ansokan'), 1.5, {
    all: [
      { field: 'body', any: ['så tar vi den', 'så tar jag den', 'så bokar vi den', 'så bokar jag den', 'så fall tar vi den', 'så fall bokar vi den', 'isåfall tar vi den', 'isåfall bokar vi den', 'faktura går bra', 'fakturan går bra', 'kan faktureras'] },
      { field: 'body', any: ['ledig', 'lediga', '=tid=', '=tiden', 'boka', 'bokning', 'hyra', 'beställ', 'nybyggnadskarta', 'kartutdrag', 'intyg', ...VENUES] },
    ],
    none: [{ field: 'body', any: ['eller måste', 'makulera', 'felaktig', '=fel=', 'trots att', 'två gånger', 'avbokade', 'lagad', 'trasig', 'sönder'] }],
  }),
  rule('ans.bana', 'Vill ha en bana', kind('ansokan'), 1.5, {
    all: [{ field: 'body', any: combine(['vill ha', 'vill gärna ha', 'skulle vilja ha', 'skulle gärna vilja ha', 'önskar', 'önskar få', 'behöver'], ['tennisbanan', 'padelbanan', 'bowlingbanan', 'the court']) }],
    none: [{ field: 'body', any: ['=kvar=', 'lagad', 'lagas', 'fixad', 'trasig', 'sönder', '=riv', 'bygg inte'] }],
  }),
  rule('ans.vill-att-far', 'Vill att någon får en tjänst', kind('ansokan'), 1.5, {
    all: [
      { field: 'body', any: ['vill att', 'vill vi att', 'vill jag att', 'önskar att', 'önskar vi att', 'önskar jag att', 'ber att', 'ber om att'] },
      {
        field: 'body',
        any: [
          'får skolskjuts', 'ska få skolskjuts', 'kan få skolskjuts', 'får fritidsplats', 'får plats på', 'får plats i', 'får modersmålsundervisning', 'får studiehandledning',
          'får särskilt stöd', 'får en assistent', 'får hemtjänst', 'får trygghetslarm', 'får färdtjänst', 'får ledsagning', 'får avlösning', 'får korttidsplats',
        ],
      },
    ],
  }),
  // a service wanted from a date ("Vi behöver alltså fritids för Noah från och med 18/8"): a placement or a decision
  rule('ans.fran-datum', 'Tjänst som önskas från ett datum', kind('ansokan'), 1.5, {
    all: [
      { field: 'body', any: ['behöver', 'vill ha', 'önskar', 'vill att', 'ber om', 'ansöker', 'söker'] },
      { field: 'body', any: ['fritids', 'fritidshem', 'fritidsplats', 'förskoleplats', 'plats på förskolan', 'skolskjuts', 'trygghetslarm', 'matdistribution', 'ledsagning', 'avlösning', 'hemtjänst'] },
      { field: 'body', any: ['från och med', 'fr.o.m', 'med start'] },
    ],
    none: [
      { field: 'signal', in: ['question'] },
      { field: 'body', any: ['klagomål', 'missnöjd', 'missnöjda', 'kom inte', 'har inte kommit', 'glömde', 'varför'] },
    ],
  }),
  // a service asked for a parent or a partner, who wants it ("Monika vill att mamman ska få hemtjänst")
  rule('ans.tjanst-for-annan', 'Tjänst som önskas för en anhörig', kind('ansokan'), 1.5, {
    all: [
      { field: 'body', any: combine(['vill att', 'önskar att', 'ber att'], ['mamma', 'mamman', 'min mamma', 'pappa', 'pappan', 'min pappa', 'min mor', 'min far', 'min man', 'min fru', 'hon', 'han']) },
      { field: 'body', any: combine(['ska få', 'får'], SERVICES) },
    ],
    none: [{ field: 'body', any: ['klagomål', 'missnöjd', 'missnöjda', 'kom inte', 'har inte kommit', 'glömde', 'varför', 'borde ha fått', 'skulle ha fått'] }],
  }),
  // leave from school asked for a child ("jag ber om ledighet för mina barn")
  words('ans.ledighet', 'Begär ledighet för ett barn', { kind: 'ansokan', department: 'utbildning' }, 2, [
    ...combine(['ber om', 'ansöker om', 'söker', 'vill ansöka om', 'önskar', 'begär', 'vill be om', 'vill söka'], combine(['ledighet för', 'ledigt för'], ['mina barn', 'mitt barn', 'min son', 'min dotter', 'vår son', 'vår dotter', 'våra barn', 'barnen'])),
  ]),
  // a proposal asked to be registered as one ("ber er registrera det som ett e-förslag") is the proposal, not a request
  words('ans.forslag-registrera', 'Förslag som ska registreras', kind('ansokan'), -3, [
    ...combine(['registrera det', 'registrera detta', 'registrera mitt förslag', 'registrera förslaget', 'lägga upp det', 'lägga in det'], ['som ett e-förslag', 'som e-förslag', 'som ett medborgarförslag', 'som medborgarförslag']),
  ]),
  // a request made, then a question of what it needs ("jag behöver ekonomiskt bistånd … vad behöver
  // ni för papper?", "vi behöver fritids för Noah … måste vi fylla i något mer?"): the request is
  // made, and the question is about handing it in, not about whether or how to apply
  rule('ans.begaran-underlag', 'Begäran och fråga om vad den behöver', kind('ansokan'), 3, {
    all: [
      {
        field: 'body',
        any: [
          ...combine(['jag behöver', 'vi behöver', 'behöver alltså', 'jag vill ha', 'vi vill ha', 'jag önskar', 'vi önskar', 'jag ansöker om', 'vi ansöker om', 'jag vill söka', 'jag söker', 'vi söker'], [...SERVICES, 'fritids', 'fritidshem', 'plats på fritids']),
          // asked for a parent or a partner ("nu måste hon ha ett trygghetslarm")
          ...combine(['hon behöver', 'han behöver', 'hon måste ha', 'han måste ha', 'måste hon ha', 'måste han ha', 'behöver hon', 'behöver han', 'hon vill ha', 'han vill ha'], combine(['', 'ett', 'en'], SERVICES)),
        ],
      },
      {
        field: 'body',
        any: [
          'vad behöver ni', 'vilka papper', 'vilka handlingar', 'vad ska jag skicka', 'vad behöver jag skicka', 'räcker detta', 'räcker det här', 'räcker det mejlet',
          'behöver vi fylla i', 'måste vi fylla i', 'behöver jag fylla i', 'måste jag fylla i', 'fylla i något mer', 'kan skicka kontoutdrag', 'skickar gärna',
        ],
      },
    ],
    none: [{ field: 'body', any: ['funderar på', 'tänker ansöka', 'tänker söka', 'om jag skulle', 'om vi skulle', 'innan jag ansöker', 'innan vi ansöker'] }],
  }),
  // a move to another school wanted by the parents ("vi vill byta till Ekskolan")
  rule('ans.skolbyte', 'Byte till en annan skola', kind('ansokan'), 1.5, {
    all: [
      { field: 'body', any: combine(['vill', 'vill gärna', 'skulle vilja', 'önskar', 'vi vill', 'jag vill'], ['byta till', 'flytta till', 'byta över till']) },
      { field: 'body', any: ['skolan', 'skola', 'förskolan', 'förskola', 'fritids', 'fritidshemmet', 'klassen', 'skolor'] },
    ],
    // moving house to the municipality and asking whether there are places is a question, not a change of school
    none: [{ field: 'body', any: ['finns det plats', 'finns det platser', 'finns det lediga', 'hur lång är kön', 'hur lång kö', 'flytta hit', 'flyttar hit', 'flytta till kommunen', 'flytta till er kommun', 'flytta till orten'] }],
  }),
  // a filled-in paper form (scanned post): a form's own words (applicant, signature) with something one applies for
  rule('ans.blankett', 'Ifylld blankett om något man söker', kind('ansokan'), 1.2, {
    all: [
      { field: 'channel', in: ['post'] },
      { field: 'text', any: ['blankett', 'blanketten', 'ansökningsblankett', 'sökande', 'sökandens', 'underskrift', 'namnteckning', 'sökt', 'sökes'] },
      {
        field: 'text',
        any: [
          'skolskjuts', 'färdtjänst', 'riksfärdtjänst', 'bidrag', 'bygglov', 'förskoleplats', 'bostadsanpassning', 'ekonomiskt bistånd', 'försörjningsstöd',
          'hemtjänst', 'parkeringstillstånd', 'tillstånd', 'dispens', 'båtplats', 'kolonilott', 'ledighet', 'anstånd', 'jämkning', 'nedsättning',
          'barnomsorg', 'plats i', 'tomt', 'lov', 'intyg', 'kopia',
        ],
      },
    ],
    none: [
      { field: 'text', any: ['hur fyller', 'vilken blankett', 'var hittar', 'hittar inte blanketten', 'fått tillbaka', 'fått avslag'] },
      // neighbours' names under a letter of complaint are a petition, not an applicant's signature
      { field: 'text', any: ['namnlista', 'namnlistan', 'namnteckningar', 'likalydande', 'undertecknade grannar', 'vi undertecknade'] },
    ],
  }),
  // a meeting with an officer is booked, not decided
  words('ans.inte-begaran', 'Mötestid, inte ansökan', kind('ansokan'), -1.5, [
    'boka tid', 'boka en tid', 'boka ett möte', 'boka möte', 'boka ett samtal', 'boka in ett möte', 'book an appointment', 'book a meeting',
  ]),
  // a right one could use is not a request made ("han kan begära ut handlingarna men vill helst …")
  words('ans.mojlighet', 'Möjlighet, inte begäran', kind('ansokan'), -4, [
    ...combine(['kan', 'kunde', 'kunna', 'skulle kunna', 'går att', 'man kan', 'hur man', 'kan man'], ['begära ut', 'ta del av', 'ansöka', 'söka']),
  ]),
  // the e-service's own booking, order or application form: the form is the request
  rule('ans.formular', 'E-tjänst för bokning, beställning eller ansökan', kind('ansokan'), 1.2, {
    all: [
      { field: 'channel', in: ['webb'] },
      subjectStarts(['Bokning', 'Ansökan', 'Beställning', 'Registrering', 'Köanmälan', 'Intresseanmälan', 'Uppsägning', 'Booking', 'Application']),
    ],
  }),
  rule('ans.amne-begaran', 'Ämnesraden: bokning eller beställning', kind('ansokan'), 0.6, {
    any: [subjectStarts(['Bokning', 'Bokningsförfrågan', 'Förfrågan om bokning', 'Beställning', 'Köanmälan', 'Intresseanmälan', 'Booking', 'Order'])],
  }),
  // a certificate of employment is the employer's (HR) to write
  words('ans.intyg', 'Intyg från arbetsgivaren', { kind: 'ansokan', department: 'kommunledning' }, 3, [
    'arbetsgivarintyg', 'tjänstgöringsintyg', 'anställningsintyg', 'intyg om anställning', 'employer certificate', 'certificate of employment',
  ]),
  words('ans.klagomal', 'Klagomål, inte ansökan', kind('ansokan'), -1, [
    '=klaga', 'klagomål', 'kritik mot', 'missnöjd', 'nonchalant', 'oacceptabelt', 'inte acceptabelt', 'besviken',
  ]),
  words('ans.ordet', 'Ordet ansökan', kind('ansokan'), 0.6, ['ansökan', 'ansökningen', 'ansökningsblankett']),
  // (not a neighbour's objection to someone else's application: "Vi motsätter oss att bygglov ges")
  rule('ans.ansokanom', 'Ansökan om något', kind('ansokan'), 1, {
    any: [{ field: 'text', any: ['ansökan om', 'ansökan avseende', 'ansökan gällande'] }],
    none: [{ field: 'body', any: ['motsätter mig att', 'motsätter oss att'] }],
  }),
  words('ans.hur', 'Fråga om hur man ansöker', kind('ansokan'), -3, [
    'hur ansöker', 'hur söker', 'hur gör man för att ansöka', 'hur gör jag för att ansöka', 'hur gör jag för att söka',
    'hur gör man för att söka', 'hur man ansöker', 'hur man söker', 'how do i apply', 'how to apply', 'how can i apply',
    // what an application needs, asked before making it
    'vilka handlingar behövs', 'vilka handlingar krävs', 'vilka handlingar ska', 'vilka papper behövs', 'vad behövs för att', 'vad krävs för att',
    'vad ska jag skicka in', 'vad behöver jag skicka in', 'vad behöver ni för', 'what documents do i need', 'what do i need to send',
    'can i apply', 'kan man ansöka', 'kan man söka', 'kan jag ansöka', 'kan jag söka', 'behöver man söka', 'behöver vi söka',
    'behöver jag söka', 'måste man söka', 'måste vi söka', 'måste jag söka', 'måste man ansöka', 'behöver man ansöka', 'måste vi ansöka', 'behöver vi ansöka',
    'måste jag ansöka', 'behöver jag ansöka', 'ska man ansöka', 'ska vi ansöka', 'sista ansökningsdag', 'när kan man söka', 'sista tid att söka', 'sista dag att söka', 'sista dagen att söka', 'sista dagen för ansökan',
    'var ansöker', 'var söker', 'vart söker', 'vilken blankett', 'hur lång är kön', 'har ni fått min ansökan',
    'skickade in en', 'lämnade in en', 'hjälpte mig med min ansökan', 'hur gör vi', 'hur gör jag', 'hjälp med att fylla i',
    'fylla i ansökan', 'vill bara fråga', 'fråga om man kan', 'hur det går med', 'status på min ansökan',
    'har inte fått besked', 'när får jag besked', 'när får vi besked', 'väntat på besked', 'fått avslag',
    'funderar på att ansöka', 'funderar på att söka', 'tänker ansöka', 'hur går det till', 'vem ska vi prata med',
    'vem ska jag prata med', 'vad krävs för', 'har legat i', 'utan beslut', 'väntat på beslut', 'inte fått beslut',
    'klaga på att min ansökan', 'hanterade min ansökan', 'hanteringen av min ansökan', 'handlade min ansökan',
    // an application made long ago, nothing heard since ("Sedan dess: ingenting", "var ärendet står")
    'sedan dess ingenting hänt', 'sedan dess har ingenting hänt', 'sedan dess har inget hänt', 'var ärendet står', 'var mitt ärende står', 'var min ansökan står',
    'where should i send the application', 'vilka papper behöver',
    // applications not open yet ("när öppnar ansökan?"): the writer will apply later
    'när öppnar ansökan', 'när öppnar ansökningen', 'när öppnar ni ansökan', 'när kan jag söka', 'när kan jag ansöka', 'öppnar ansökan', 'ansökan har inte öppnat',
  ]),
  // How to ask for public records, asked before asking: a question to the registry, not the request
  // itself (outweighs 'Begäran om allmän handling', whose words the question names).
  // a request for documents already made and not met: the newest text complains of the handling
  // ("ska lämnas ut skyndsamt", "anmäla kommunen till JO"); the request itself is in the history
  // thanks for an application already decided ("vi lämnade in vår ansökan … och fick beslut på tre veckor")
  rule('ans.beslutad-tack', 'Tack för en ansökan som redan är beslutad', kind('ansokan'), -3, {
    all: [
      { field: 'body', any: ['fick beslut', 'fått beslut', 'fick vårt beslut', 'fick mitt beslut', 'beviljades', 'blev beviljad', 'blev beviljat', 'har beviljats', 'fick bygglovet', 'fick lovet', 'fick ja på', 'godkändes', 'was approved', 'got the decision'] },
      { field: 'body', any: ['=tack', 'tackar', 'ville bara', 'så ska det gå till', 'snabb hantering', 'snabba handläggning', 'bra jobbat', 'thank'] },
    ],
  }),
  words('ans.handling-klagomal', 'Klagomål på hur en begäran om handlingar sköts', kind('ansokan'), -6, [
    'lämnas ut skyndsamt', 'ska lämnas ut skyndsamt', 'inte fått handlingarna', 'inte fått några handlingar', 'väntat på handlingarna', 'fortfarande inte fått handlingarna',
    'registreras som ett klagomål', 'registrera det som ett klagomål', 'registrera detta som ett klagomål', 'som ett formellt klagomål',
    'jo-anmälan', 'anmäla kommunen till jo', 'anmäler kommunen till jo', 'anmäla er till jo', 'anmäler er till jo', 'en anmälan till jo',
  ]),
  words('ans.hur-handling', 'Fråga om hur man begär ut handlingar', kind('ansokan'), -7, [
    'hur begär man', 'hur begär jag', 'hur gör man för att begära', 'hur gör jag för att begära', 'hur kan jag begära',
    'hur kan man begära', 'how do i request', 'how can i request',
  ]),
];

// ---------------------------------------------------------------------------------------------
// felanmälan
// ---------------------------------------------------------------------------------------------
const FAULT: RoutingRule[] = [
  // street lights that burn all day are as much a fault as dark ones
  words('fel.lyser-dag', 'Belysning som lyser på dagen', kind('felanmalan'), 2, [
    ...combine(['lyser', 'lyser för fullt', 'är tända', 'är tänd', 'står och lyser', 'är på'], ['hela dagarna', 'hela dagen', 'mitt på dagen', 'mitt på dan', 'dygnet runt', 'på dagarna', 'på dagen', 'hela dan']),
  ]),
  // a place to plough or grit now, asked for ("vill att vägen plogas och sandas så snart som möjligt",
  // "kan ni skicka ut plogen"): a fault to go and fix, however the service failed before
  words('fel.ploga', 'Plogning eller sandning som behövs nu', kind('felanmalan'), 1.5, [
    'vill att vägen plogas', 'vill att gatan plogas', 'behöver plogas', 'måste plogas', 'behöver sandas', 'måste sandas',
    'kan ni ploga', 'kan ni sanda', 'kan ni skicka ut plogen', 'skicka ut plogen', 'skicka plogen', 'skicka en plog', 'skicka ut en plog', 'skicka ut sandbilen', 'skicka sandbilen',
    'plogas så snart', 'sandas så snart', 'plogas omgående', 'sandas omgående', 'plogas i dag', 'sandas i dag',
  ]),
  // a person who stayed ("har stannat kvar efter skolan och läst med honom", "har stannat hemma") is no machine that stopped
  words('fel.stannat-kvar', 'Stannat kvar (en person, inget fel)', kind('felanmalan'), -1.5, ['stannat kvar', 'stannade kvar', 'stannat hemma', 'stannade hemma', 'stannat över', 'stannat längre']),
  words('fel.fel', 'Fel som ska åtgärdas', kind('felanmalan'), 1.5, [
    'trasig', 'trasiga', 'trasigt', 'gått sönder', 'har gått av', 'gått av', 'är sönder', 'fungerar inte', 'funkar inte',
    'slutat fungera', 'lyser inte', 'inte lyst', 'inte lyser', 'slutat lysa', 'släckt', 'släckta', 'slocknat', 'ur funktion',
    'läcker', 'läckage', 'vattenläcka', 'rörbrott', 'stopp i avloppet', 'stopp i', 'igensatt', 'igensatta', 'översvämmad',
    'forsar', 'sprutar', 'bubblar upp', 'inget vatten', 'inget kommer ur kranen', 'kommer inget ur kranen', 'kommer inget vatten', 'inget varmvatten', 'ingen värme', 'inget tryck', 'dåligt tryck',
    'bara kallvatten', 'bara kallt vatten', 'elementen är kalla', 'kalla element', 'helt dött', 'verkar dött', 'ingen ström',
    'hål i vägen', 'hål i asfalten', 'hål i gatan', 'stort hål', 'potthål', 'grop i', 'stor grop', '=lutar', 'nedfallen',
    'omkullblåst', 'blåst omkull', 'nedblåst', 'vält träd', 'knäckt', 'knäckts', 'hänger fast', 'kan falla ner',
    'har ramlat ner', 'ramlat ner', 'fallit ner', 'spärra av', 'ligger över vägen', 'klotter', 'skadegörelse',
    'ruttna', 'ruttnat', 'murken', 'murkna', 'kan gå igenom', 'kan trampa igenom', 'krossad ruta', 'krossat', 'krossad', 'krossade', 'krossats', 'sönderslagen', 'sönderslaget', 'sönderslagna', 'vandaliserad', 'vandaliserat', 'vandaliserade',
    'står still', 'har stannat', 'har fastnat', 'går inte att låsa', 'går inte att öppna', 'går inte att stänga', 'rinner hela tiden', 'felanmäla', 'felanmäler', 'blinkar', 'flimrar', 'hänger löst',
    'tilltäppt', 'stopp i brunnen', 'svämmar över', 'står kvar på gatan', 'kan ni laga', 'behöver lagas', 'måste lagas',
    'laga den', 'laga det', 'laga dem', 'lagar dem', 'vem lagar', 'fixa det', 'inte fungerat', 'fungerade inte',
    'svämmade över', 'svämmat över', 'vatten i källaren', 'kan någon komma', 'komma och titta',
    'skicka någon', 'ligger ett träd', 'träd över', 'ligger över', 'kan ta sig förbi', 'sprungit läck', '=läck=',
    'vatten överallt', 'vass kant', 'droppar', 'väldigt halt', 'är halt', 'halt på', 'spegelblankt',
    'inte sandats', 'behöver sandas', 'översvämning på', 'översvämmat', 'går inte att ta sig fram',
    'kan inte ta sig fram', 'går inte att passera', 'krossat glas', 'glassplitter', 'krossade flaskor', 'krossat flaskor',
    'kan skära sig', 'kan skada sig', 'glasbitar', 'kan den tas bort', 'stora sprickor', 'sprickor i asfalten', 'sprickor i vägen', 'en grop', 'gropar',
    'död älg', 'dött djur', 'påkört djur', 'verkar inte fungera', 'har sjunkit', 'sjunkit', 'slår i', 'fullt med skräp', 'kan någon städa',
    'behöver städas', 'behöver tömmas', 'överfull', 'överfulla', 'broken', 'not working', 'stopped working', 'leaking', 'pothole', 'out of order',
    'no water', 'fallen tree', 'flickering', 'completely dark', 'is dark', 'needs repair', 'blocked drain', 'burst pipe', 'has been out', 'is out',
    'are out', 'not lit', 'is icy', 'very icy', 'so icy', 'slippery', 'covered in ice', 'sheet of ice', 'black ice', 'someone will fall', 'someone could fall', 'someone is going to fall', 'needs gritting', 'please grit', 'not gritted', 'not been gritted', 'not ploughed', 'not been ploughed', 'not plowed',
    'not cleared', 'is broken', 'are broken', 'overflowing', 'come and empty', 'need emptying', 'needs emptying', 'manhole cover', 'sewage smell', 'smell of sewage', 'bubbling up', 'someone should look at it', 'blinking', 'keeps blinking', "it's dark", 'its dark', 'now dark', 'dark now', 'flooded', 'collapsed', 'leaks',
  ]),
];

/** Public things that break: streets, lights, water, parks, playgrounds, facilities. */
const PUBLIC_THINGS = [
  '=gata', '=gatan', '=väg', '=vägen', 'vägkant', 'asfalt', 'trottoar', 'cykelbana', 'cykelväg', 'gångväg', 'gångbana',
  'gc-väg', 'gc-bana', '=bron=', '=räcket=', 'trappa', 'trappan', 'lampa', 'lampan', 'lampor', 'belysning', 'gatlykta',
  'stolpe', 'skylt', 'skylten', 'brunn', 'brunnen', 'brunnslock', 'dagvatten', 'avlopp', 'vattenledning', 'kran', 'kranen',
  'vattnet', 'lekplats', 'gunga', 'rutschkana', 'klätterställning', 'sandlåda', 'bänk', 'bänken', 'papperskorg',
  'träd', 'trädet', 'gren', 'grenen', '=park=', 'parken', 'toalett', 'dusch', 'duschen', 'duscharna', 'hallen', 'bassäng', 'bastu', 'bastun',
  'aggregatet', 'omklädningsrum', 'omklädningsrummet',
  'värmen', 'element', 'elementen', 'ventilation', 'hiss', 'hissen', 'dörr', 'dörren', 'låset', 'fönster', 'staket',
  'övergångsställe', 'snöhög', 'snövall', 'container', 'containrar', 'återvinningsstation', 'sopkärl', 'soptunna', 'busskur', 'hållplats', 'konstgräs', 'plan',
  'streetlight', 'road', 'pavement', 'playground', 'bench', 'drain',
];
/** What is wrong with them. */
const DAMAGE_STATES = [
  'spricker', 'sprickor', 'sprucken', 'spruckna', 'grop', 'gropar', 'hål', 'sönder', 'trasig', 'trasigt', 'trasiga', 'lös',
  'lossnat', 'lossnade', 'krossat', 'krossade', 'krossad', 'glassplitter', 'glasbitar', 'krossat glas', 'vass', 'vassa',
  'spikar', 'sticker ut', 'fallit', '=vält=', '=välta=', 'lutar', 'stopp', 'läcker', 'läckage', 'luktar', 'smakar', 'mörkt',
  'släckt', 'mörka', 'blinkar', 'saknas', 'stulen', 'stulna', 'klotter', 'klottrat', 'sprayat', 'skära sig', 'snubbla', 'fryser', 'för kallt', 'inget varmvatten', 'fungerar inte',
  'inte fungerar', 'slutat fungera', 'igensatt', 'översvämmad', 'ligger över', '=död=', 'kadaver', 'kallvatten', 'kallt vatten',
  'är kall', 'är kalla', 'kall igen', 'ingen värme', 'helt dött',
  'påkört', 'broken', 'cracked', 'dangerous', 'blocked',
];
/** Asking someone to come and fix. */
const REPAIR_REQUESTS = [
  'åtgärda', 'åtgärdas', 'åtgärdar', 'laga', 'lagas', 'lagar', 'reparera', 'repareras', 'fixa', 'fixas', 'titta på det',
  'kan någon titta', 'komma och titta', 'ta bort', 'tas bort', 'städa', 'städas', 'röja', 'röjas', 'spärra av', 'spärras av',
  'byta ut', 'bytas ut', 'hämta', 'kan någon komma', 'skicka någon', 'please fix', 'please repair', 'please remove',
];
FAULT.push(
  // how someone was treated is no fault anyone can go and repair (SPEC §1: klagomål), whatever the subject or form says
  words('fel.bemotande', 'Bemötande, inte fel', kind('felanmalan'), -2, [
    'bemötande', 'bemötandet', 'bemött', 'bemötte', 'otrevlig', 'otrevligt', 'otrevliga', 'oförskämd', 'oförskämt', 'nonchalant', 'respektlöst', 'nedlåtande',
    'rude', 'treated',
  ]),
  words('fel.fraga', 'Fråga, inte felanmälan', kind('felanmalan'), -0.6, [
    'hur får jag', 'hur får man', 'hur gör jag', 'kan jag få', 'var kan jag', 'när kan jag',
  ]),
  // whether something is safe to drink, bathe in or use ("Vattnet är brunt … Kan man dricka det?") is asked, not reported for repair
  words('fel.sakert', 'Frågar om något är farligt', kind('felanmalan'), -1.5, [
    'kan man dricka', 'går det att dricka', 'kan vi dricka', 'kan jag dricka', 'är det farligt', 'är det ofarligt', 'är det säkert', 'är vattnet drickbart', 'är det drickbart',
    'ok att dricka', 'okej att dricka', 'går det att bada', 'kan man bada', 'kan vi bada', 'är det farligt att bada', 'safe to drink', 'is it safe', 'is it dangerous',
  ]),
  // noise from a building site or a neighbour is a nuisance to measure, not a fault to fix ("kan någon komma ut och mäta?")
  words('skada.lon', 'Lön eller arvode, inte skadeanspråk', kind('skadeansprak'), -3, ['ob-ersättning', 'ob-tillägg', 'semesterersättning', 'övertidsersättning', 'reseersättning', 'arvode', 'arvodet', 'lönen']),
  words('fel.storning', 'Störning, inte fel', kind('felanmalan'), -1.5, ['byggbuller', '=buller=', 'bullret', 'oväsen', 'störande ljud', 'hög musik', 'borrar och spränger', 'spränga', 'sprängningar']),
  words('fel.inte', 'Texten säger att inget är fel', kind('felanmalan'), -3, [
    'inget läckage', 'ingen läcka', 'inget fel på', 'inget fel=', 'inga fel', 'ingen felanmälan', 'inte en felanmälan', 'inte någon felanmälan',
    // "Inget är egentligen trasigt, men det behövs en papperskorg till" (a proposal sent with the fault form)
    ...combine(['inget är', 'ingenting är', 'inget är egentligen', 'ingenting är egentligen', 'det är inget som är', 'det är inte något som är'], ['trasigt', 'sönder', 'fel']),
    // "fungerar inte för oss" is about what suits, not about something broken
    'fungerar inte för', 'funkar inte för', 'fungerar inte så bra för', "doesn't work for", 'does not work for',
  ]),
  // a bill that is wrong is no fault anyone goes out to repair ("Felanmälan – fel på VA-fakturan … Kan ni rätta fakturan?")
  words('fel.fel-pa-fakturan', 'Fel på en faktura, inte något trasigt', kind('felanmalan'), -2, [
    ...combine(['fel på', 'felaktig', 'felaktiga', 'rätta', 'korrigera'], ['fakturan', 'min faktura', 'vår faktura', 'räkningen', 'min räkning', 'vår räkning', 'va-fakturan', 'vattenfakturan', 'avgiften']),
    'fakturan är fel', 'räkningen är fel', 'har debiterat', 'har debiterats', 'felaktigt debiterad', 'felaktigt debiterade', 'wrong invoice', 'incorrect invoice', 'billed incorrectly',
  ]),
  // a scheduled service that did not come: a fault to put right (not an opinion about the service)
  words('fel.uteblev', 'Hämtning eller tömning som uteblev', kind('felanmalan'), 1.5, [
    ...combine(['hämtades', 'tömdes', 'hämtats', 'tömts'], ['inte', 'aldrig']),
    'inte hämtades', 'inte tömdes', 'inte tömts', 'inte hämtats', 'töms inte', 'hämtas inte', 'blir inte tömd', 'blir inte tömda', 'blir inte hämtad', 'blev inte hämtade', 'blev inte hämtad', 'blev inte tömda', 'blev inte tömd', 'missad hämtning', 'missad sophämtning', 'missad tömning',
    'glömde hämta', 'glömt hämta', 'glömde att hämta', 'glömt att hämta', 'glömde tömma', 'glömt tömma', 'glömde att tömma', 'glömt att tömma',
    // the refuse truck that did not come: the bin still stands full
    ...combine(['sopbilen', 'sopbilarna', 'sophämtningen', 'renhållningen'], ['har inte kommit', 'kom inte', 'kom aldrig', 'har inte varit här', 'har inte varit', 'hoppade över oss', 'missade oss']),
    'soporna står kvar', 'tunnan står kvar', 'kärlet står kvar', 'soptunnan står kvar', 'sopkärlet står kvar', 'står kvar otömd', 'står kvar otömt', 'står kvar otömda',
    'was not emptied', 'were not emptied', "wasn't emptied", "hasn't been emptied", 'not been emptied', 'was not collected', 'were not collected', 'not been collected', 'missed collection', 'missed our bin',
  ]),
  // water that looks, smells or tastes wrong, however it is said ("vattnet i kranen e alldeles brunt")
  rule('fel.vatten', 'Vatten med fel färg, lukt eller smak', kind('felanmalan'), 1.5, {
    all: [
      { field: 'text', any: ['vattnet', 'kranvattnet', 'dricksvattnet', 'vatten', 'water'] },
      { field: 'text', any: ['brunt', 'brunaktigt', 'gult', 'grumligt', 'missfärgat', 'rostfärgat', 'rostigt', 'ser ut som', 'luktar', 'stinker', 'smakar', 'brown', 'discoloured', 'discolored', 'smells'] },
    ],
    none: [{ field: 'signal', in: ['question'] }],
  }),
  // a sauna, showers or a pool gone cold, however far apart the words ("bastun på damsidan är kall igen")
  rule('fel.kallt', 'Bastu, dusch eller bassäng är kall', kind('felanmalan'), 1.5, {
    all: [
      { field: 'text', any: ['bastun', 'bastu', 'duscharna', 'duschen', 'duschar', 'bassängen', 'the sauna', 'the showers'] },
      { field: 'text', any: ['är kall', 'var kall', 'är kallt', 'var kallt', 'är kalla', 'var kalla', 'iskall', 'iskallt', 'iskalla', 'inte varm', 'is cold', 'was cold'] },
    ],
  }),
  // a complaint about how a service is run, where "det fungerar inte" is the planning, not a thing to mend
  // ("Jag vill klaga på hur det fungerar … planeringen fungerar inte" of home care; SPEC §1)
  rule('fel.tjanst-klagomal', 'Klagomål på hur en tjänst sköts', kind('felanmalan'), -2.5, {
    all: [
      { field: 'body', any: ['vill klaga', 'klagomål på', 'klaga på hur', 'jag klagar', 'vill framföra klagomål', 'want to complain'] },
      { field: 'body', any: ['planeringen', 'hemtjänsten', 'personalen', 'bemötandet', 'hanteringen', 'handläggningen', 'schemat', 'rutinerna', 'organisationen', 'bemanningen'] },
    ],
  }),
  // the word itself, as the writer's label ("Här kommer en felanmälan"): weaker than a fault described
  words('fel.ordet', 'Ordet felanmälan', kind('felanmalan'), 0.7, ['felanmälan', 'felanmälning']),
  // come and do it: "kom och ploga", "kan ni komma och tömma"
  words('fel.kom', 'Be någon komma och åtgärda', kind('felanmalan'), 1.5, [
    ...combine(['kom och', 'kom o', 'komma och', 'komma o', 'kommer och', 'kan ni komma och', 'kan någon komma och', 'skicka någon som kan', 'skicka någon att'], [
      'ploga', 'sanda', 'tömma', 'töm', 'hämta', 'laga', 'fixa', 'titta på', 'kolla på', 'rensa', 'städa', 'ta bort', 'såga', 'röja', 'skotta',
      'byta', 'spola', 'åtgärda', 'sopa', 'klippa', 'frakta bort', 'plocka upp',
    ]),
    'brunt vatten', 'missfärgat vatten', 'grumligt vatten', 'gult vatten', 'smutsigt vatten', 'vattnet är brunt', 'vattnet luktar', 'vattnet smakar',
    'lågt vattentryck', 'dåligt vattentryck', 'vattnet är borta', 'vattnet har försvunnit', 'brown water', 'discoloured water',
    'kranen brunt', 'kranen är brunt', 'rostfärgat vatten', 'rostigt vatten', 'vattnet är rostfärgat', 'vattnet är missfärgat',
    // a sauna or showers gone cold ("bastun på damsidan är kall igen")
    'bastun är kall', 'kall bastu', 'bastun var kall', 'bastun kall', 'kalla duschar', 'duscharna är kalla', 'duschen är kall', 'bassängen är kall', 'the sauna is cold',
  ]),
  // thanks for a repair already done: the fault is the past's ("tack för att ni bytte mitt trasiga kärl")
  rule('fel.atgardat', 'Tack för något som redan är åtgärdat', kind('felanmalan'), -3, {
    all: [
      {
        field: 'body',
        any: [
          '=tack', 'tackar', 'thank', 'bra jobb', 'great job', '=beröm', 'berömma', 'berömmer', 'berömde',
          ...combine(['bra', 'snabbt', 'snyggt', 'fint', 'grymt'], ['jobbat', 'gjort', 'fixat', 'lagat']),
          ...combine(['ett strålande', 'ett fantastiskt', 'ett toppen', 'ett kanon', 'ett jättebra', 'ett fint'], ['jobb', 'arbete']),
        ],
      },
      {
        field: 'body',
        any: [
          'ni bytte', 'ni har bytt', 'är bytt', 'är utbytt', 'ni lagade', 'ni har lagat', 'är lagad', 'är lagat', 'ni fixade', 'ni har fixat', 'är fixad', 'är fixat',
          'ni åtgärdade', 'ni har åtgärdat', 'är åtgärdat', 'är åtgärdad', 'ni reparerade', 'ni har reparerat', 'är reparerad', 'ni tog bort', 'ni har tagit bort',
          'plogade', 'sandade', 'tömde', 'ni hämtade', 'ni ordnade', 'ni har ordnat', 'gjorde ett riktigt bra jobb', 'gjorde ett bra jobb', 'ny asfalt',
          // the same, the verb first ("och nu har ni lagat det redan")
          'har ni lagat', 'har ni fixat', 'har ni bytt', 'har ni åtgärdat', 'har ni reparerat', 'har ni tagit bort', 'har ni plogat', 'har ni tömt',
          'you fixed', 'you repaired', 'you replaced', 'has been fixed', 'has been repaired',
          // the same told of the crew ("killarna från VA som kom ut … de spolade ur ledningen")
          'de lagade', 'de fixade', 'de bytte', 'de åtgärdade', 'de spolade', 'de reparerade', 'spolade ur', 'som kom ut', 'kom ut och',
          // thanks for help already given ("tack för snabb hjälp med vattenläckan i går")
          'tack för snabb hjälp', 'tack för hjälpen med', 'tack för snabba insatsen', 'tack för insatsen', 'tack för att ni kom', 'tack för snabb utryckning',
          'thanks for the quick help', 'thank you for the quick help',
          // the thing told as put right ("nu är gungan lagad", "nu lyser den")
          'lagad', 'lagade', 'fixad', 'fixade', 'åtgärdad', 'reparerad', 'utbytt', 'lyser igen', 'fungerar igen', 'nu lyser', 'nu fungerar', 'nu funkar',
        ],
      },
    ],
    none: [{ field: 'body', any: ['=igen=', 'men nu', 'fortfarande', 'återigen', 'again', 'still'] }],
  }),
  rule('fel.sak-skada', 'Något offentligt är skadat', kind('felanmalan'), 0.8, {
    all: [
      { field: 'text', any: PUBLIC_THINGS },
      { field: 'text', any: DAMAGE_STATES },
    ],
  }),
  // a nuisance someone else causes (a neighbour's smoke or parties, a landlord's mould, rats from a
  // balcony) is a complaint the municipality supervises, not a fault it goes and fixes (SPEC §1),
  // however many broken things or "komma och titta" the writer adds
  rule('fel.granne', 'Grannens eller hyresvärdens störning, inget fel', kind('felanmalan'), -3, {
    all: [
      {
        field: 'text',
        any: [
          'grannen', 'grannens', 'grannar', 'grannarna', 'granne', 'grannhuset', 'hyresvärd', 'hyresvärden', 'hyresvärdar', 'fastighetsägaren', 'fastighetsbolaget',
          'neighbour', 'neighbours', 'neighbor', 'neighbors', 'landlord',
        ],
      },
      {
        field: 'text',
        any: [
          'röken', 'röker', 'rök från', 'eldar', 'eldning', 'vedpanna', 'pannan', 'skorsten', 'oväsen', 'buller', 'hög musik', 'musiken', 'fest', 'festar', 'partyn',
          'kan inte sova', 'stank', 'stanken', 'luktar', 'stinker', 'mögel', 'möglet', 'fukt', 'råttor', 'råtta', 'ohyra', 'kackerlackor', 'vägglöss', 'sopsäckar',
          'smoke', 'noise', 'mould', 'mold', 'rats',
        ],
      },
    ],
  }),
  rule('fel.atgarda', 'Begäran om att åtgärda något offentligt', kind('felanmalan'), 0.6, {
    all: [
      { field: 'text', any: PUBLIC_THINGS },
      { field: 'text', any: REPAIR_REQUESTS },
    ],
  }),
);

// ---------------------------------------------------------------------------------------------
// synpunkter: klagomål, beröm, förslag
// ---------------------------------------------------------------------------------------------
const OPINION: RoutingRule[] = [
  words('klag.ord', 'Klagomål', kind('klagomal'), 1.5, [
    'klagomål', '=klaga', '=klagar', '=klagat', 'reklamation', 'missnöjd', 'missnöjda', 'besviken', 'besvikna', 'upprörd', 'upprörda',
    'oacceptabelt', 'inte acceptabelt', 'inte rimligt', 'orimligt', 'skandal', 'skämmas', 'skäms', 'bedrövligt',
    'dåligt bemött', 'dåligt bemötande', 'otrevlig', 'otrevligt', 'nonchalant', 'respektlöst', 'ovärdigt', 'inte värdigt',
    'illa bemött', 'illa bemötta', 'illa behandlad', 'illa behandlade', 'ska man inte behandla', 'så behandlar man inte',
    'kritik', 'kritisk till', 'inte att det är rimligt', 'är inte rimligt', 'motsätter sig', 'motsätter', 'invändningar',
    'invänder', 'protesterar', ...combine(['jag är', 'vi är', 'är så', 'är väldigt', 'är mycket', 'är riktigt', 'är jätte', 'blev så', 'blev'], ['arg', 'arga']), 'arg på er', 'arga på er', 'arg på kommunen', 'förbannad', 'frustrerad', 'frustrerande', 'complaint', 'terrible', 'awful', 'poor service', 'complain', 'disappointed', 'unacceptable',
    // how the writer was treated, told without the word (`pratade till mig som om jag vore ett barn`)
    'pratade till mig som', 'pratade med mig som', 'behandlade mig som', 'behandlades som', 'som om jag vore', 'nedlåtande', 'von oben', 'himlade med ögonen',
    'lade på luren', 'la på luren', 'slängde på luren', 'skrek åt mig', 'hånade', 'talked down to me', 'treated me like',
    // unfairness and rhetorical questions (`hur fördelas platserna egentligen? känns orättvist`)
    'orättvist', 'orättvis', 'orättvisa', 'orimlig', 'orimliga', 'stänger ute', 'i år heller', 'hur kan man säga nej', 'vad gör personalen egentligen',
    'hur fördelas platserna egentligen', 'hur fördelas tiderna egentligen', 'driving us crazy', 'for nothing', 'third time this', 'without notice', 'is that really allowed',
    'unfair', 'not fair',
    // a decision the writer wants undone (`jag tycker att beslutet ska ändras`, `förstår inte hur man kan spara in`)
    'förstår inte hur man kan', 'förstår inte hur ni kan', 'beslutet ska ändras', 'ändra beslutet', 'ompröva beslutet', 'vem som har bestämt',
    // time gone by with nobody acting (`tre veckor har gått och ingen har hört av sig`)
    'har gått och ingen', 'veckor har gått', 'månader har gått',
    'object to', 'oppose', 'framföra ett klagomål', 'i want to appeal', 'i wish to appeal', 'i would like to appeal', 'contest the fine', 'not acceptable',
    'unacceptable', 'rude',
    // what cannot be understood, and no reason given (`är obegripligt`, `ingen förklaring, ingenting`)
    'ingen förklaring', 'utan förklaring', 'vi som bor här betalar', 'betalar skatt vi också',
  ]),
  words('klag.service', 'Tjänst som inte fungerat', kind('klagomal'), 0.8, [
    'ingen svarar', 'besvaras inte', 'inte fått svar', 'inget svar', 'ingen har återkopplat', 'ingen återkoppling',
    'ingen har hört av sig', 'kom inte', 'kom aldrig', 'kommer aldrig', 'glöms bort', 'glömts bort', 'bortglömd',
    'andra gången', 'tredje gången', 'två gånger', 'flera gånger', 'varje gång', 'i rad', 'missat', 'missade oss', 'varför har inte', 'har väntat', 'smaklös', 'se över detta', 'kan någon se över', 'inte hinner', 'hinner inte', 'inte fått duscha', 'inte fått hjälp',
    'på tre veckor', 'i tre veckor', 'på flera veckor', 'svarar inte', 'kräver en förklaring',
    'ingen personal', 'utan förvarning', 'dålig planering', 'vad tänker ni göra', 'vad gör ni åt', 'har pågått sedan',
    'nästan varje dag', 'ingen bryr sig', 'bytt personal', 'nya vikarier', 'olika personal', 'inte blivit tillfrågade',
    'kontrollerar om de har', 'utan lov', '=dålig=', '=dåligt', '=dåliga', 'gör ingenting', 'ingen gör något',
    'ingen informerar', 'blivit sämre', 'mycket sämre',
    'bristfällig', 'bristfälligt', 'bristfälliga', 'dåligt skött', 'slarv', 'har försämrats', 'ingen information',
    'ingen info', 'utan info', 'utan information', 'inte plogat', 'inte plogats', 'inte plogad', 'ingen plogat',
    'inte sandat', 'inte tömts', 'inte hämtats', 'ingen har plogat', 'ingen har sandat', 'ingen har tömt', 'ingen har hämtat', 'ingen har lagat',
    'ingen har åtgärdat', ...combine(['kontaktar jag', 'går jag till', 'vänder jag mig till', 'skriver jag till', 'tar jag det till', 'tar jag upp det med'], ['politikerna', 'media', 'tidningen', 'pressen', 'lokaltidningen', 'jo']),
    'håller inte', 'trots att det', 'trots att ni', 'enligt hemsidan', 'enligt er hemsida', 'ingen lapp', 'i onödan', 'förgäves', 'fast det stod',
    'fast det står', 'inte okej', 'väntat i', 'väntat över',
    'fått vänta', 'handläggningstiden', 'personalbrist', 'för få', 'vill framföra', 'borde skämmas', 'varför har ingen', 'alldeles för',
    'ni lovade', 'lovade att', 'fortfarande inte', 'har ännu inte', 'trots att vi', 'trots att jag', 'ingenting har hänt',
    'inget händer', 'inget har hänt', 'någon ansvarig', 'den som ansvarar', 'missade', 'dubbelbokad', 'nobody called',
    'nobody answers', 'no one answers', 'no response', 'still have not', 'still not', 'frustrating', 'frustrated', 'missed',
  ]),
  words('klag.fraga', 'Fråga, inte klagomål', kind('klagomal'), -1.5, [
    'får man', 'behöver man', 'behöver jag', 'måste man', 'är det tillåtet', 'är det lagligt', 'hur gör man', 'hur gör jag',
    'is it allowed', 'do i need',
  ]),
  words('klag.storning', 'Störning från andra', { kind: 'klagomal', department: 'samhallsbyggnad' }, 1.2, [
    'buller', 'bullrar', 'oväsen', 'hög musik', 'störande', 'störningar', 'störs', 'väcker hela', 'väcker oss', 'väcker mig', 'väcker barnen', 'blir väckta', 'blev väckta', 'blir väckt', 'blev väckt', 'stör hela', 'stör oss', 'stör mig', 'stör grannarna', 'kan inte sova', 'går inte att sova', 'får inte sova', 'brummar', 'surrar', 'skäller', 'stank',
    'skramlar', 'slamrar', 'häller ut olja', 'olja i diket', 'luktar illa', 'luktar urin', 'stinker', 'stanken', 'stanken från', 'luktstörning', 'luktstörningar', 'luktat ruttet', 'röken', 'rökutveckling', '=eldning=', 'eldar', 'olovligt byggande', 'olovligt', 'svartbygge',
    'utan bygglov', 'grannen har byggt', 'grannen bygger', 'hyresvärd', 'hyresvärden', 'nedskräpning', 'råttor', 'mögel', 'ohyra', 'skadedjur', 'kackerlackor', 'vägglöss', 'magsjuk', 'matförgiftning', 'smutsigt', 'ohygieniskt', 'inspektion', 'begäran om tillsyn',
    'begär tillsyn', 'gör tillsyn', 'noise', 'smoke from',
    // dust and dying water from someone's works: a nuisance for environmental supervision
    'dammar enormt', 'dammar ner', 'dammet från', 'dammar från',
  ]),
  words('klag.olovligt', 'Olovligt byggande', { kind: 'klagomal', department: 'samhallsbyggnad' }, 2.5, [
    'olovligt byggande', 'olovlig byggnation', 'olovliga byggnader', 'svartbygge', 'svartbygget', 'bygger utan bygglov', 'byggt utan bygglov', 'byggt utan lov',
    'anmälan om olovligt', 'utan strandskyddsdispens', 'bygger i strandskyddat', 'byggt i strandskyddat',
    // a neighbour's building doubted ("bygger ett stort förråd vid tomtgränsen, har han lov för det??")
    'har han lov för', 'har hon lov för', 'har de lov för', 'har dom lov för', 'har grannen lov för', 'har grannen bygglov', 'har han bygglov', 'har hon bygglov', 'har de bygglov',
    'har de fått bygglov', 'har han fått bygglov', 'har hon fått bygglov', 'does he have a permit', 'do they have a permit',
  ]),
  // said of what must not happen again: a complaint about how a service was run
  words('klag.pris', 'Missnöjd med en avgift', kind('klagomal'), 1.5, [
    'snålt', 'snåla', 'ocker', 'ockerpris', 'ockerpriser', 'skamligt dyrt', 'orimligt dyrt', 'alldeles för dyrt', 'på tok för dyrt', 'rena rånet', 'ren stöld',
  ]),
  // the writer says it is no complaint ("inte klagomål egentligen men hittade inget annat att välja")
  words('klag.inte', 'Texten säger att det inte är ett klagomål', kind('klagomal'), -3, [
    'inte klagomål', 'inget klagomål', 'inte ett klagomål', 'inte något klagomål', 'inte nåt klagomål', 'inte för att klaga', 'not a complaint', 'not complaining',
  ]),
  // a neighbour's objection to a permit or a plan ("Vi motsätter oss att bygglov ges"): a klagomål, not the application it names
  words('klag.invandning', 'Invändning mot ett lov eller en plan', kind('klagomal'), 2, ['motsätter oss att', 'motsätter mig att', 'we object to', 'i object to'], 'body'),
  words('klag.igen', 'Får inte hända igen', kind('klagomal'), 1.5, [
    'får inte hända igen', 'får aldrig hända igen', 'detta får inte hända', 'det får inte hända igen', 'får inte upprepas', 'must not happen again', 'never happen again',
  ]),
  // (not "Vi ville bara tacka nej till platsen": a thanks that declines)
  rule('berom.ord', 'Beröm', kind('berom'), 1.5, {
    any: [
      {
        field: 'text',
        any: [
          'beröm', 'berömma', 'eloge', 'vill tacka', 'vill bara tacka', 'tacka alla', 'tacka er', 'tacka personalen', 'tack till',
          'stort tack', 'tusen tack', 'varmt tack', 'säga tack', 'tack ska ni ha', 'tack så mycket för', 'tack för den fina', 'tack för det fina', 'det värmde', 'fantastisk', 'fantastiska', 'fantastiskt',
          'suveränt', 'otroligt bra', 'gott bemötande', 'trevligt bemötande', 'fint bemötande', 'så nöjd', 'så nöjda',
          'ge beröm', 'vill ge beröm', 'superbra', 'superjobb', 'bra jobbat', 'snyggt jobbat', 'bra jobb', 'ni har gjort ett', 'heja er', 'heja alla', 'ni gör skillnad', 'ni är bäst', 'keep up the good work',
          'ni gör ett fint jobb', 'ni gör ett bra jobb', 'ni gör ett fantastiskt', 'vad kul att', 'vad roligt att', 'älskar', 'så rar', 'så snäll', 'så himla', 'omtänksamma', 'tack för att ni',
          ...combine(['vill', 'ville', 'skulle vilja', 'vill bara', 'ville bara', 'vill verkligen', 'vill gärna', 'måste bara', 'vill också'], ['tacka', 'ge beröm', 'berömma', 'säga tack', 'ge en eloge', 'skicka en eloge', 'lyfta fram']),
          ...combine(['tack', 'tusen tack', 'stort tack', 'tack så mycket', 'tack snälla', 'tack så hemskt mycket'], ['för att ni', 'för att du', 'till er', 'till dig', 'för er', 'för din', 'för ert']),
          'tacksamma', 'hur tacksam', 'så tacksam', 'guld värd', 'föredömlig', 'föredömligt', 'imponerad', 'imponerade', 'hatten av',
          'för all hjälp', 'guld värda', 'så fin', 'så fint', 'jättetrevlig', 'supertrevlig', 'toppen service', 'thank you to',
          'wonderful', 'excellent', 'amazing', 'grateful', 'so helpful', 'great service', 'great job', 'thank you so much',
          'compliment', 'praise', 'well done', 'hats off',
          // praise of work done ("snabbt jobbat", "bra plogat") and of what people mean to someone
          ...combine(['bra', 'snabbt', 'snyggt', 'fint', 'grymt', 'riktigt bra'], ['jobbat', 'gjort', 'fixat', 'plogat', 'skött', 'åtgärdat', 'lagat', 'ordnat', 'städat']),
          'tack för snabb', 'tack för den snabba', 'tack för er snabba', 'tack för ert snabba', 'tack för snabbt', 'thanks for the quick', 'thank you for the quick',
          'grattis till', 'gratulerar till', 'congratulations on', 'betyder så mycket', 'betyder mycket för', 'hur mycket de betyder', 'hur mycket ni betyder', 'hur mycket hon betyder', 'hur mycket han betyder',
          'thank you for the lovely', 'loved it', 'keep doing it', 'keep it up',
        ],
      },
    ],
    none: [{ field: 'text', any: ['tacka nej', 'tackar nej', 'tackade nej', 'tackat nej'] }],
  }),
  // a thanks that closes a question ("… hur gör jag? Tack för all hjälp") is politeness, not praise
  rule('berom.fraga', 'Fråga med ett tack på slutet', kind('berom'), -0.7, {
    any: [
      { field: 'signal', in: ['question'] },
      { field: 'body', any: ['undrar', 'jag har en fråga', 'vill fråga', 'snälla ring', 'ring mig', 'ring upp mig', 'hör av er', 'hör av dig', 'återkom'] },
    ],
  }),
  // gratitude asked for in advance is a polite request ("I would be grateful for a few pointers", "jag vore tacksam för svar")
  words('berom.forhand', 'Tack på förhand', kind('berom'), -2, [
    'would be grateful', 'would be very grateful', 'grateful for any', 'thank you in advance', 'thanks in advance', 'vore tacksam', 'skulle vara tacksam',
    'är tacksam för svar', 'tacksam för svar', 'tacksam för hjälp med', 'tack på förhand', 'tack i förväg',
  ]),
  words('berom.svag', 'Uppskattning', kind('berom'), 0.6, [
    'underbar', 'underbara', 'härlig', 'härliga', 'duktig', 'duktiga', 'noggrann', 'noggranna', 'professionell',
    'professionella', 'vänlig', 'vänliga', 'omtänksam', 'engagerad', 'engagerade', 'tålmodig', 'tålmodiga', 'glada',
    'jättebra', 'toppen', 'så snällt', 'himla snällt', 'hjälpsam', 'hjälpsamma', '=nöjd', '=nöjda', 'tacksam för allt',
    'viktigt arbete', 'glömmer jag aldrig', 'proffsigt', 'trevligt', 'trevlig', 'så trevliga', 'tack så mycket', 'vackra', '=rar=', 'så snabbt', 'snabb hjälp',
    'pedagogiskt', 'så glad', 'så glada', 'uppskattar', 'förstående', 'tacka för',
    'thank you',
  ]),
  // a thanks for a service's work, and nothing more ("Tack för sopningen!", "Thanks for the gritting"): praise — a thanks for an
  // answer, help or a mail closes a conversation (ej.baratack), and one word of a matter more is not this
  rule('berom.tack-for-arbete', 'Bara ett tack för ett arbete', kind('berom'), 1.2, {
    all: [
      { field: 'words', atMost: 8 },
      { field: 'body', any: ['=tack för', '=tackar för', 'tack så mycket för', 'stort tack för', 'thanks for', 'thank you for'] },
      { field: 'body', any: [
        'sopningen', 'snöröjningen', 'plogningen', 'sandningen', 'grusningen', 'saltningen', 'lagningen', 'reparationen', 'klippningen', 'gräsklippningen',
        'tömningen', 'städningen', 'röjningen', 'skötseln', 'renoveringen', 'för att ni', 'för att du', 'för att kommunen', 'för allt ni',
        'for clearing', 'for gritting', 'for fixing', 'for repairing', 'for cleaning', 'for mowing', 'for ploughing', 'for plowing', 'for sweeping', 'for the gritting', 'for the snow', 'for the repair',
      ] },
    ],
    none: [
      { field: 'signal', in: ['question'] },
      {
        field: 'body',
        any: [
          '=svar', 'hjälp', '=info', 'information', 'besked', '=mejl', '=mail', 'meddelande', 'påminnelse', 'bekräftelse', 'kallelse', 'inbjudan', 'återkoppling',
          'senast', 'samtalet', 'förståelse', 'tålamod', 'på förhand', 'i förväg', 'reply', 'answer', 'help', 'message', 'email', 'patience', 'in advance',
          '=inte=', '=ej=', '=men=', '=aldrig=', 'tyvärr', '=but=', '=not=', "n't", 'kan ni', 'kan du', 'vill ha', 'behöver',
          '=när=', '=hur=', '=var=', '=vem=', '=vad=', '=vilken=', '=vilket=', '=vilka=', 'undrar', 'kommer ni', '=when=', '=how=', '=what=', '=where=',
          '=ingen=', '=inget=', '=inga=', 'ingenting', 'nothing', '=igen=', 'dålig', 'usel', 'usla', 'sämst', 'glömde', 'glömt', 'missade', 'hamnade', 'förfalla',
          'hörde av', 'ringde', 'svarade', 'skickade', 'tog er tid', 'tog dig tid', 'getting back',
        ],
      },
    ],
  }),
  // a short text whose only judgement is praise ("Snöröjarna har varit superduktiga i vinter!"):
  // a warm adjective about people or a service, no question, nothing negative
  rule('berom.kort', 'Kort text med bara beröm', kind('berom'), 1.2, {
    all: [
      { field: 'words', atMost: 30 },
      {
        field: 'body',
        any: [
          'duktig', 'duktiga', 'superduktig', 'superduktiga', 'jätteduktiga', 'fantastisk', 'fantastiska', 'underbar', 'underbara', 'suverän', 'suveräna', 'grym',
          'grymma', 'proffsig', 'proffsiga', 'proffsigt', 'härlig', 'härliga', 'strålande', 'jättebra', 'superbra', 'kanonbra', 'helt otroliga', 'bäst', 'guld värd',
          'guld värda', 'amazing', 'wonderful', 'brilliant', 'fantastic', 'excellent', 'great job', 'lovely',
          // "super" as a word of its own ("Tack för en super simskola!")
          '=super=', 'toppen', 'kanon', 'så himla bra', 'så bra', 'jättekul', 'superkul',
        ],
      },
    ],
    none: [
      { field: 'signal', in: ['question'] },
      { field: 'body', any: ['=inte=', '=ej=', '=men=', '=aldrig=', '=ingen=', '=inget=', '=inga=', 'tyvärr', 'but', 'not', 'never', "n't", 'undrar', 'kan ni', 'kan du', 'vill ha', 'behöver'] },
    ],
  }),
  words('forslag.oppet', 'Vill ha andra öppettider', kind('forslag'), 1.5, [
    ...combine(['varför kan inte', 'varför kan ni inte', 'kan ni inte', 'ni borde', 'borde', 'varför har ni inte', 'varför har inte'], ['ha öppet', 'hålla öppet', 'öppna på', 'ha längre öppet', 'ha kvällsöppet', 'ha helgöppet']),
    ...combine(['ha öppet', 'öppet', 'hålla öppet'], ['istället för', 'i stället för']),
  ]),
  // other opening hours wanted instead of the present ones ("ha öppet sön istället för tisdag förmiddag")
  rule('forslag.oppet-istallet', 'Andra öppettider i stället', kind('forslag'), 1.5, {
    all: [
      { field: 'body', any: ['ha öppet', 'hålla öppet', 'öppet på', 'öppna på', 'stänga på', 'öppettiderna', 'öppettider'] },
      { field: 'body', any: ['istället för', 'i stället för'] },
    ],
  }),
  words('forslag.ord', 'Föreslår något', kind('forslag'), 1.5, [
    'föreslår', 'föreslå', 'vi föreslår', 'jag föreslår', 'e-förslag', 'medborgarförslag', 'förslag till kommunen',
    'mitt förslag', 'vårt förslag', 'vore bra om det fanns', 'skulle vara bra om det fanns', 'borde finnas',
    'om det fanns fler', 'önskar fler', 'behövs fler', 'vill ha fler', 'vi vill ha fler', 'önskar oss fler', 'skulle behöva fler', 'we need more', 'there should be more', 'kommunen borde', 'ni borde', 'borde bygga', 'borde sätta upp',
    'borde införa', 'borde ordna', 'sätta upp fler', 'sätt upp fler', 'kan ni sätta upp', 'kan ni bygga', 'kan ni ordna',
    ...combine(['kunde ni inte', 'kunde ni', 'kunde kommunen', 'kan kommunen', 'kunde man inte'], ['ställa ut', 'sätta upp', 'bygga', 'anlägga', 'plantera', 'ordna']),
    'kan ni förlänga', 'kan ni sätta ut', 'sätta ut', 'sätt ut', 'ordna gärna', 'gärna fler', 'sätta upp några till', 'sätta ut några till', 'kan ni inte sätta upp',
    'satsa gärna', 'plantera gärna', 'fler aktiviteter', 'borde ha', 'borde vara', 'borde kunna', 'tycker ni ska', 'tycker att ni ska',
    'tycker att kommunen ska', 'tycker kommunen ska', 'tycker att kommunen borde', 'tycker ni borde', 'i think you should', 'suggestion', 'why not build', 'why not put', "why don't you", 'how about building', 'you should build', 'please consider', 'i suggest', 'we suggest', 'i would suggest', 'i propose', 'we propose', 'may i suggest', 'i would like to suggest',
  ]),
  words('forslag.nyttord', 'Ordet förslag', kind('forslag'), 0.6, ['=förslag=']),
  // proposing a time or a place to meet is arranging a meeting, not a synpunkt
  words('forslag.motestid', 'Förslag på mötestid, inte förslag', kind('forslag'), -1.5, [
    ...combine(['föreslå', 'föreslår', 'föreslår ni', 'föreslår jag', 'föreslå gärna', 'förslag på'], ['en tid', 'en annan tid', 'tid', 'tider', 'ett datum', 'ett annat datum', 'en dag', 'en annan dag', 'ett möte', 'mötestid', 'följande tider']),
    'föreslår ni en', 'föreslår att vi ses', 'föreslår att vi träffas', 'suggest a time', 'suggest another time', 'propose a time', 'propose another time',
  ]),
  words('forslag.onskan', 'Önskemål', kind('forslag'), 0.7, [
    'sätt gärna upp', 'vore bra', 'vore också bra', 'vore fint', 'vore roligt', 'skulle vara bra', 'skulle vara fint',
    'skulle behövas', 'önskar att', 'önskemål', 'kan inte kommunen', 'kunde kommunen', 'skulle kommunen kunna',
    'kanske kunde', 'kanske även', 'testa det', 'det behövs', 'skulle ni kunna', 'vore det möjligt', 'förlänga', 'införa', 'inför gärna', 'bygg gärna', 'skulle vilja ha', 'sätta upp', 'sätta upp ett', 'sätta upp en', 'inför en', 'inför ett', 'inför fler', 'it would be nice',
    'could you consider', 'why not', 'varför inte', 'ni skulle kunna', 'ni kan väl', 'vore det inte', 'skulle det gå att', 'vore det bra',
  ]),
];

// ---------------------------------------------------------------------------------------------
// departments
// ---------------------------------------------------------------------------------------------
const PRESS_WORDS = [
  'reporter', 'journalist', 'redaktion', 'redaktionen', 'nyhetsdesk', 'presskontakt', 'pressfråga', 'pressförfrågan',
  'intervjua dig', 'intervjua någon', 'en kort intervju', 'göra en intervju', 'intervju idag', 'intervju i dag', 'ställa upp på en intervju',
  'telefonintervju', 'radiointervju', 'tv-intervju',
  'vill ha en kommentar', 'kommentera', 'vi skriver om', 'skriver en artikel', 'en artikel om',
  'reportage', 'lokalradio', 'sveriges radio', 'press enquiry', 'media enquiry',
];

/** Roles of people who ask on behalf of the press. */
const PRESS_ROLES = ['reporter', 'journalist', 'redaktör', 'nyhetschef', 'nyhetsredaktion', 'redaktionen', 'reportrar', 'frilansjournalist', 'nyhetsdesk'];

/** A paper told of as what it wrote ("Lokaltidningen har skrivit om gropen", "annonsen i lokaltidningen"). */
const READ_IN_THE_PAPER = [
  'har skrivit om', 'skrev om', 'skrivit om det', 'har skrivit', 'skrev i', 'stod det', 'står det', 'enligt tidningen', 'enligt artikeln', 'läser i', 'läste', 'läst', 'en artikel i', 'artikeln i', 'svar på artikeln', 'apropå artikeln', 'annons', 'annonsen', 'prenumeration', 'prenumerera',
  'tidningsbud', 'tidningsinsamling', 'tidningar och', 'returpapper', 'medlemstidning', 'kommuntidning', 'skoltidning', 'bladet från',
];
/** Whom a resident contacts at the press. */
const PRESS_CONTACTS = ['en journalist', 'journalisten', 'journalister', 'en reporter', 'reportern', 'redaktionen', 'tidningen', 'tidningarna', 'lokaltidningen', 'pressen', 'media'];
/**
 * The press named by a writer who is not asking for it: a resident who has talked to a journalist or
 * will go to the paper, whose relative is a journalist, or a journalist writing privately about their
 * own matter ("Jag är reporter på P4 men skriver privat. Jag kräver ersättning för däcket"). Their
 * matter is what they write about (SPEC §1: only press enquiries are kommunledning's).
 */
const PRESS_NAMED_BY_OTHERS = [
  // the writer (first person) going to the press; not "flera föräldrar har kontaktat redaktionen", as a reporter writes
  ...combine(['jag har', 'vi har', 'jag har också', 'jag har redan', 'har jag', 'har vi'], combine(['kontaktat', 'ringt', 'mejlat', 'mailat', 'tipsat', 'pratat med', 'talat med', 'skrivit till', 'varit i kontakt med', 'gått till'], PRESS_CONTACTS)),
  ...combine(['jag', 'vi', 'jag har', 'vi har'], combine(['vänt mig till', 'vänt oss till'], PRESS_CONTACTS)),
  ...combine(['jag', 'vi'], combine(['kontaktade', 'ringde', 'mejlade', 'tipsade', 'pratade med', 'talade med', 'skrev till', 'vände mig till', 'går till', 'kontaktar', 'ringer', 'tipsar', 'vänder mig till'], PRESS_CONTACTS)),
  ...combine(['jag ska', 'vi ska', 'jag kommer att', 'vi kommer att', 'jag tänker', 'annars'], combine(['kontakta', 'ringa', 'mejla', 'tipsa', 'prata med', 'gå till', 'vända mig till', 'skriva till', 'gå ut i'], PRESS_CONTACTS)),
  ...combine(['kontaktar jag', 'går jag till', 'vänder jag mig till', 'skriver jag till', 'ringer jag', 'tipsar jag', 'går vi till', 'kommer vi att gå till', 'kommer jag att gå till'], PRESS_CONTACTS),
  'gå ut i media', 'går ut i media', 'gå ut i pressen', 'går jag ut med det', 'jag går ut med det', 'kommer jag att gå ut med det', 'har redan kontakt med en reporter', 'har redan kontakt med en journalist', 'har kontakt med en journalist', 'har kontakt med en reporter',
  ...combine(
    ['min dotter är', 'min son är', 'min fru är', 'min man är', 'min sambo är', 'min bror är', 'min syster är', 'min pappa är', 'min mamma är', 'min granne är', 'en vän som är', 'en granne som är', 'en kompis som är'],
    ['journalist', 'reporter', 'redaktör', 'frilansjournalist'],
  ),
  // a school class's own paper is pupils' school work, not the press
  'skoltidning', 'elevtidning', 'klasstidning', 'school newspaper', 'school paper', 'skolradio', 'elevradio', 'school radio',
  'det här är helt privat', 'det här är privat', 'ett privat ärende',
  'skriver privat', 'skriver som privatperson', 'privat och inte som', 'inte som journalist', 'inte i min roll som', 'inte för tidningen', 'inte för min tidning', 'inte för redaktionen',
  'writing privately', 'as a private person', 'as a private citizen', 'not as a journalist', 'talked to a journalist', 'contacted the press',
  'go to the press', 'going to the press',
];
/**
 * A reader or listener of the news, in the first person (a reporter cites others' reports — "enligt SVT", "som det stod i
 * tidningen" — and may have seen a competitor's, so these do not switch off an enquiry whose own outlet is shown).
 */
const PRESS_READERS = [
  ...combine(['jag läste i', 'jag har läst i', 'vi läste i', 'jag såg i', 'jag såg på', 'jag hörde på', 'jag hörde i', 'jag har hört på', 'jag har sett i'], ['tidningen', 'lokaltidningen', 'radio', 'radion', 'nyheterna', 'p4', 'tv', 'tv4', 'svt', 'podden']),
  ...combine(['jag lyssnade på', 'vi lyssnade på', 'lyssnade på', 'jag såg', 'jag hörde', 'jag läste'], ['ett inslag', 'ett avsnitt', 'en artikel', 'ett reportage']),
  'read in the paper', 'i saw on the news', 'i heard on the radio', 'read in the newspaper',
];
const PRESS_NOT_ASKING: Condition = { field: 'text', any: [...PRESS_NAMED_BY_OTHERS, ...PRESS_READERS] };
/** For an enquiry whose own outlet is shown: only the writer who is not asking is left out. */
const PRESS_OUTLET_NOT_ASKING: Condition = { field: 'text', any: [...PRESS_NAMED_BY_OTHERS, ...combine(['jag lyssnade på', 'vi lyssnade på', 'lyssnade på'], ['ett inslag', 'ett avsnitt'])] };
/**
 * A press enquiry claims no damage and gives no thanks: a reporter's own claim or praise, signed with
 * their work signature ("Sportreporter, Sjöstads Allehanda"), is their own matter.
 */
const PRIVATE_MATTER: Condition = { field: 'kind', in: ['skadeansprak', 'berom'] };

/**
 * News media by what they are, as a press enquiry names its outlet rather than the writer's role
 * ("Anna från Lokaltidningen här", "/Ebba, Sjöstads Allehanda", "TV Mälardal vill gärna filma",
 * "podden Kommunkollen", "the news desk at Nordic Water Journal"); in the text, the sender's name or
 * the sender's address (lokaltidningen.example, radiosjovik.example).
 */
const NEWS_MEDIA = [
  // (not "posten": a resident's address at posten.example, a parcel from the post)
  'tidningen', 'tidningens', '=tidning=', 'dagstidning', 'lokaltidning', 'kuriren', 'allehanda', 'dagbladet', 'bladet',
  '=radio', 'närradio', 'lokalradio', 'sveriges radio', '=p4=', '=svt', '=tv=', '=tv4', 'tv-team', 'nyhetssajt', 'nyhetsbyrå', 'nyhetsredaktion',
  '=podden', '=podd=', '=podcast', '=frilans', '=skribent',
  'newspaper', 'news desk', 'newsdesk', 'newsroom', 'news service', 'news site', 'news agency', '=magazine', 'correspondent', '=tidskrift',
];
/** The writer's own outlet named in the text ("Anna från Lokaltidningen här", "Vi på Radio Nordvik", "Frilans för Dagbladet Norr"). */
const OWN_OUTLET = [
  ...combine(
    ['från', 'här från', 'här på', 'jag är från', 'ringer från', 'jobbar på', 'arbetar på', 'vi på', 'vi från', 'frilans för', 'frilansar för', 'skriver för'],
    ['tidningen', 'tidning', 'kuriren', 'allehanda', 'dagbladet', 'bladet', 'radio', 'p4', 'svt', 'tv4', 'podden', 'nyhetsredaktionen'],
  ),
  // ("Lisa från Ljungby-Posten här"; not "på posten", at the post office)
  ...combine(['från', 'här från', 'jobbar på', 'arbetar på', 'frilans för'], ['posten']),
  // ("Linnea på Radio Sjövik"; not "ett avsnitt … på SVT", as a viewer writes)
  ...combine(['på'], ['tidningen', 'tidning', 'kuriren', 'allehanda', 'dagbladet', 'bladet', 'radio', 'nyhetsredaktionen']),
  // a podcast or a programme that the writer makes, and English press by what it is
  'gör podden', 'vi som gör podden', 'jag gör podden', 'vår podd', 'vår podcast', 'i vår podd', 'poddintervju', 'i nästa avsnitt', 'spela in ett avsnitt', 'gäst i podden',
  'frilansskribent', 'frilansjournalist', 'frilansreporter',
  'writing for the', 'i write for', 'calling from', 'a correspondent', 'correspondent for', 'news desk', 'newsdesk', 'newsroom', 'news site', 'news service', 'news agency',
  'working on a piece', 'writing a piece', 'a feature for', 'an article for', 'record an episode', 'an episode about', 'a podcast about', 'our podcast', 'my podcast',
];
/** A comment, filming, publication and a deadline as the press asks for them. */
const PRESS_ASKS = [
  ...combine(['ha en', 'få en', 'ge en', 'ge oss en', 'lämna en', 'en kort', 'ge er', 'någon'], ['kommentar']), ...combine(['kommunens', 'er', 'ansvarigs'], ['kommentar']),
  'kommentar från', 'kommentar till', 'for comment', 'a comment', 'short comment', 'comment from', 'comment on', 'someone comment', 'you comment',
  'komma och filma', 'vill filma', 'få filma', 'vi publicerar', 'publiceras', 'inför publicering', 'före publicering', 'innan publicering', 'innan vi publicerar', 'before publication', 'we publish',
  ...combine(['min', 'vår', 'my', 'our'], ['deadline']), 'deadline är', 'deadline kl', 'deadline i dag', 'deadline idag', 'deadline is',
];
/** What the press asks of the municipality: a comment, an interview, a guest, figures before publication. */
const PRESS_REQUESTS = [
  'siffror', 'siffran', 'siffrorna', 'statistik', 'figures', 'intervju', 'intervjua', 'interview', 'kommentera', 'uttalande', 'statement', 'i studion', 'till studion', 'gäst i', 'som gäst', 'vara gäst',
  // (asked for, not a resident's "ingen kommentar på er hemsida" or "deadline för anmälan")
  ...PRESS_ASKS,
  'sändning', 'kör nyheter', 'till nyheterna', 'i nyheterna', 'ställa upp', 'granskar', 'granskning', 'en artikel', 'till artikeln', 'an article', 'reportage',
  ...combine(['gör', 'göra', 'till', 'spelar in', 'spela in'], ['ett inslag', 'inslaget', 'ett avsnitt', 'avsnittet']), 'i nästa avsnitt', 'till nästa avsnitt',
  'a piece', 'filing', 'press office', 'pressansvarig', 'presstjänst', 'kommunikationsavdelning', 'kommunikationsenhet', 'kommunikatör', 'följdfråga',
];

/**
 * A damage claim that says who should pay ("vi vill att skolan ersätter cykeln"): the department
 * whose activity caused the damage, whatever the objects in the story belong to (SPEC §1).
 */
function payer(id: string, name: string, department: string, who: string[]): RoutingRule[] {
  return [
    rule(id, name, dept(department), 5, {
      all: [
        { field: 'kind', in: ['skadeansprak'] },
        {
          field: 'body',
          any: combine(who, ['ersätter', 'ska ersätta', 'bör ersätta', 'borde ersätta', 'betalar', 'ska betala', 'bör betala', 'borde betala', 'står för', 'pays', 'should pay', 'will pay']),
        },
      ],
    }),
  ];
}

/**
 * The road or the snow said not to be the matter ("grannen säger att vägen var nyplogad och sandad …
 * det är inte snön", "Det var inte plogbilen", "Obs att jag inte menar gatubelysningen"): the words of
 * snow and roads around it are background, and the service the writer tells of answers.
 */
const ROAD_NOT_THE_FAULT = [
  ...combine(
    ['det var inte', 'det är inte', 'det var alltså inte', 'det berodde inte på', 'det beror inte på', 'beror inte på', 'handlar inte om', 'gäller inte', 'inte menar', 'menar inte'],
    ['snön', 'plogbilen', 'plogningen', 'snöröjningen', 'snöovädret', 'vägen', 'vägarna', 'gatan', 'halkan', 'väglaget', 'gatubelysningen'],
  ),
  // (the road itself, not a car road beside a footpath: "bilvägen är plogad och sandad, men gångvägen …")
  ...combine(
    ['=vägen var', '=vägarna var', '=gatan var', '=gatorna var', '=vägen är', '=vägarna är', '=gatan är', '=gatorna är', 'fast vägarna var', 'fast vägen var', 'trots att vägen var', 'trots att vägarna var', 'trots att gatan var'],
    ['nyplogad', 'nyplogade', 'fint plogad', 'fint plogade', 'plogad och sandad', 'plogade och sandade', 'nyplogad och sandad', 'plogade', 'framkomlig', 'framkomliga', 'fin att köra på'],
  ),
  // (not "det var plogat och sandat på stora vägen men inte på vår gata", nor "det är helt fint om ni ringer")
  ...combine(['=vägen var', '=gatan var'], ['plogat och sandat', 'sandat och plogat', 'helt fin']),
  ...combine(['det var', 'det är', 'allt var', '=vägen var', '=gatan var'], ['nyplogat', 'fint plogat']),
  ...combine(['det är inte', 'det var inte', 'det gäller inte'], ['kommunens plogbilar', 'plogbilarna', 'kommunens plogbil']),
  'inte plogningen det gäller', 'inte snöröjningen det gäller',
  'inget fel på vägen', 'inget fel på vägarna', 'inget fel på gatan', 'är det inget fel på', 'har gjort sitt ordentligt', 'gjort sitt ordentligt',
  'it was not the snow', "it wasn't the snow", 'not the snowplough', 'not the snow plough', 'not the plough', 'the road was fine', 'the roads were fine', 'the road was clear', 'the roads were clear',
];

const ROAD_IS_BACKGROUND: Condition = { field: 'text', any: ROAD_NOT_THE_FAULT };

/** What a school applicant asks for. */
const SCHOOL_SERVICES = ['skolskjuts', 'förskoleplats', 'plats på förskolan', 'fritidsplats', 'plats på fritids', 'modersmålsundervisning', 'studiehandledning'];
/** Social services' help and care applied for. */
const SOCIAL_HELP = ['försörjningsstöd', 'ekonomiskt bistånd', 'hjälp med hyran', 'hjälp till hyran', 'hjälp med mat', 'pengar till mat', 'pengar till hyran', 'boendestöd', 'kontaktperson', 'ledsagning', 'avlösning'];
const SOCIAL_CARE = ['färdtjänst', 'riksfärdtjänst', 'hemtjänst', 'trygghetslarm', 'särskilt boende', 'plats på äldreboende', 'matdistribution'];

const DEPARTMENTS: RoutingRule[] = [
  // kommunledning
  words('avd.kl.faktura', 'Leverantörsfaktura', { kind: 'fraga', department: 'kommunledning' }, 4, [
    // (an invoice's own field "Att betala", not "för att betala simskolan")
    'fakturanr', 'fakturanummer', 'fakturadatum', 'förfallodatum', 'förfallodag', 'summa att betala', 'totalt att betala', 'att betala senast',
    'att betala sek', 'att betala kr', 'betalningspåminnelse',
    'påminnelse om betalning', 'inkasso', 'inkassokrav', 'ocr-nummer', 'peppol', 'invoice number', 'payment reminder',
    'dröjsmålsränta', 'belopp att betala', 'betalningsvillkor', 'payment terms', 'payment due', 'amount due',
    'please find attached invoice',
  ]),
  // (not a resident's own bill: "Fakturan för november … ska hon verkligen betala": the service that billed answers it)
  rule('avd.kl.faktura-ord', 'Ordet faktura', dept('kommunledning'), 1, {
    any: [{ field: 'text', any: ['faktura', 'fakturan', 'fakturor', 'invoice', 'leverantör'] }],
    // (not "varför" or "kan ni förklara": a supplier chasing payment asks why too)
    none: [{ field: 'text', any: [...OWN_BILL, ...combine(['ska jag', 'ska hon', 'ska han', 'ska vi', 'måste jag', 'måste hon', 'måste han', 'måste vi'], ['verkligen betala', 'betala'])] }],
  }),
  // the writer's own bill for water or waste ("VA-fakturan … tre gånger för hög", with its invoice
  // number): the utility that billed answers it, not the accounts payable of a supplier's invoice
  words('avd.tek.egen-faktura', 'Egen faktura för vatten eller avfall', dept('teknik'), 4, [
    // (not 'va-faktura': folded, it is also the end of one sentence and the start of the next, 'VA. Faktura till …')
    'va-fakturan', 'vattenfakturan', 'vattenfaktura', 'vattenräkningen', 'vattenräkning',
    'avfallsfakturan', 'avfallsfaktura', 'sopfakturan', 'sopfaktura', 'renhållningsfakturan', 'renhållningsfaktura', 'renhållningsavgiften', 'avfallsavgiften',
  ]),
  // an invoice written as one ("Faktura 3321 avser leverans … Att betala: 12 400 kr"), not a citizen asking about their bill
  rule('avd.kl.fakturatext', 'Faktura med belopp och betalningsuppgifter', { kind: 'fraga', department: 'kommunledning' }, 4, {
    all: [
      { field: 'text', any: ['faktura', 'fakturan', 'fakturanr', 'invoice'] },
      { field: 'body', any: ['att betala', 'bankgiro', 'plusgiro', 'ocr', 'avser leverans', 'avseende leverans', 'levererade varor', 'moms', 'momsreg', 'vår referens', 'er referens', 'amount', '=vat='] },
    ],
    none: [
      { field: 'body', any: ['jag har fått', 'jag fick', 'vi har fått', 'vi fick', 'min faktura', 'mina fakturor', 'varför', 'fel på fakturan', 'felaktig', 'för dyr', 'för dyrt', 'dubbelt', 'hemtjänstavgift', 'barnomsorgsavgift', 'vattenavgift', 'kan ni förklara', 'i got', 'why'] },
      // an invoice a citizen hands in with a claim, a complaint or an application is evidence of that matter
      { field: 'body', any: ['bifogar fakturan', 'bifogar faktura', 'bifogar kvitto', 'ersättning', 'ersätta', 'kräver', 'skadan', 'skadad', 'missnöjd', 'missnöjda', 'klagomål', 'ansöker', 'ansökan', 'bidrag', 'compensation', 'damage', 'complain'] },
      { field: 'signal', in: ['question'] },
    ],
  }),
  // a supplier's invoice to the municipality (not a citizen's question about the bill they got)
  words('avd.kl.leverantor', 'Leverantör som vill ha betalt', { kind: 'fraga', department: 'kommunledning' }, 6, [
    'faktura till er', 'fakturor till er', 'vår faktura', 'våra fakturor', 'er betalning', 'ni har inte betalat', 'har ni betalat', 'obetald faktura',
    'obetalda fakturor', 'förfallen faktura', 'fakturan förföll', 'som förföll', 'har förfallit', 'kundreskontra', 'vår kundreskontra',
    'our invoice', 'unpaid invoice', 'overdue invoice', 'outstanding invoice',
  ]),
  // an invoice by its fields: an invoice's number or dates and a company's payment details (SPEC §1: a supplier's
  // invoice or reminder is a question for kommunledning, whatever it was for — snow clearing, a window at a school)
  rule('avd.kl.fakturafalt', 'Faktura eller påminnelse med företagets uppgifter', { kind: 'fraga', department: 'kommunledning' }, 6, {
    all: [{ field: 'text', any: INVOICE_FIELDS }, { field: 'text', any: COMPANY_PAYMENT_DETAILS }],
    none: [{ field: 'body', any: CITIZEN_WITH_A_BILL }],
  }),
  // … and what it was for is no fault to report ("Avser: byte av glasruta (skadegörelse)")
  rule('fel.faktura', 'En faktura är ingen felanmälan', kind('felanmalan'), -3, {
    all: [{ field: 'text', any: INVOICE_FIELDS }, { field: 'text', any: COMPANY_PAYMENT_DETAILS }],
    none: [{ field: 'body', any: CITIZEN_WITH_A_BILL }],
  }),
  ...(['felanmalan', 'klagomal', 'berom', 'forslag', 'skadeansprak', 'fortroendevald'] as const).map((k) =>
    rule(`fraga.press.${k}`, `Pressfråga, inte ${PRESS_NOT[k]}`, kind(k), -3, {
      // (the press words, or the writer's own outlet: "Hur många klagomål på skolmaten har kommit in?" from Vallbladet asks for figures)
      // (not the sender's address alone: a resident's complaint from a paper's domain is still a complaint; and an outlet
      // alone does not make a studio invitation to a named politician less theirs)
      any:
        k === 'fortroendevald'
          ? [{ field: 'text', any: PRESS_WORDS }]
          : [{ field: 'text', any: [...PRESS_WORDS, ...OWN_OUTLET] }, { field: 'signature', any: [...NEWS_MEDIA, 'posten'] }],
      none: [PRESS_NOT_ASKING],
    }),
  ),
  rule('avd.kl.press', 'Press och media', dept('kommunledning'), 4, {
    any: [
      {
        field: 'text',
        any: [
          ...PRESS_WORDS,
          'reporter', 'journalist', 'redaktion', 'redaktör', 'nyhetsdesk', 'presskontakt', 'pressfråga', 'pressförfrågan',
          'pressmeddelande', 'kommentar från kommunen', 'vill ha en kommentar', 'inslag om', 'press enquiry',
          'media enquiry',
        ],
      },
    ],
    none: [PRESS_NOT_ASKING, PRIVATE_MATTER],
  }),
  // … and by the outlet that asks, in the text, the sender's name or address, with what the press asks for
  rule('avd.kl.pressmedia', 'Nyhetsmedier som ber om kommentar', { kind: 'fraga', department: 'kommunledning' }, 10, {
    all: [{ field: 'text', any: PRESS_REQUESTS }],
    // (the writer's own outlet: the sender, the signature, or "från Lokaltidningen"; not a paper a resident read)
    any: [{ field: 'text', any: OWN_OUTLET }, { field: 'signature', any: [...NEWS_MEDIA, 'posten'] }, { field: 'senderName', any: NEWS_MEDIA }, { field: 'from', any: NEWS_MEDIA }],
    // (no condition on the kind here: this rule's own kind, a question, is evidence for it; a paper's
    // newsletter or advertising mail asks nothing)
    none: [PRESS_OUTLET_NOT_ASKING, { field: 'text', any: [...NEWSLETTER_WORDS, ...SYSTEM_FOOTER] }],
  }),
  // … and a paper named in the text ("Lisa från Ljungby-Posten här", "Norrbergs-Kuriren granskar"), with what only
  // the press asks for: a comment, an interview, an article before publication (not figures or a visit, which residents ask too)
  rule('avd.kl.presstidning', 'Tidning som ber om kommentar', dept('kommunledning'), 10, {
    all: [
      { field: 'text', any: ['tidningen', 'tidningens', 'kuriren', 'dagbladet', 'bladet', 'posten', 'nyheterna'] },
      { field: 'text', any: [...PRESS_ASKS, 'kommentera', 'intervju', 'intervjua', 'uttalande', 'i studion', 'reportage', 'till artikeln', ...combine(['gör', 'göra'], ['ett inslag', 'en artikel'])] },
    ],
    none: [PRESS_NOT_ASKING, { field: 'text', any: [...NEWSLETTER_WORDS, ...SYSTEM_FOOTER, ...READ_IN_THE_PAPER] }],
  }),
  // a reporter's enquiry is the communications unit's, whatever its topic (SPEC §1: press enquiries are kommunledning's)
  rule('avd.kl.pressroll', 'Journalist i signaturen', dept('kommunledning'), 6, {
    any: [{ field: 'signature', any: PRESS_ROLES }, { field: 'body', any: PRESS_ROLES }],
    none: [PRESS_NOT_ASKING, PRIVATE_MATTER],
  }),
  words('avd.kl.jobb', 'Jobb och anställning', dept('kommunledning'), 3, [
    'lediga jobb', 'ledigt jobb', 'ledig tjänst', 'lediga tjänster', 'söka jobb', 'söka jobbet', 'söka tjänsten', 'lönespann', 'lönespannet', 'jobba hos er', 'jobba hos kommunen',
    'arbeta hos er', 'arbeta i kommunen', 'anställning', 'rekrytering', 'sommarjobb', 'feriejobb', 'feriearbete',
    'vikariat', 'timvikarie', 'jobbansökan', 'arbetsansökan', 'job opening', 'vacancy', 'vacancies',
  ]),
  // the registry asked for a number or a registration (a number quoted as a reference names the matter's own department)
  words('avd.kl.diarium', 'Diariet och registraturen', dept('kommunledning'), 3, [
    ...combine(['skicka', 'skicka mig', 'få', 'vilket', 'vad är', 'vad har', 'saknar', 'fått något'], ['diarienumret', 'diarienummer', 'ärendenumret']),
    ...combine(['kan ni', 'vill att ni', 'ber er', 'ska ni'], ['diarieföra', 'registrera min skrivelse', 'registrera skrivelsen']),
    ...combine(['är min skrivelse', 'har ni', 'har min skrivelse'], ['diarieförd', 'diariefört', 'diarieförts', 'registrerad', 'registrerat']),
  ]),
  words('avd.kl.politik', 'Politik, diarium och ledning', dept('kommunledning'), 1.5, [
    'kommunstyrelsen', 'kommunfullmäktige', 'fullmäktige', 'kommunalråd', 'kommunråd', 'oppositionsråd', 'politiker',
    'skattehöjning', 'kommunalskatt', 'skattesats', 'upphandling',
    'anbud', 'ramavtal', 'e-förslag', 'medborgarförslag', 'kommunledningskontor', 'kommunledningsförvaltning',
    'kommundirektör', 'kommunchef', 'lönespecifikation', 'arbetsgivarintyg', 'tjänstgöringsintyg', 'lediga jobb',
    'ledig tjänst', 'lediga tjänster', 'rekrytering', 'personalavdelning', 'hr-avdelning', 'näringsliv', 'företagslots',
    'etablera', 'förtidsröstning', 'valnämnd', 'röstkort', 'vallokal', 'kommunarkiv', 'arkivet', 'dataskydd', 'gdpr',
    'personuppgifter', 'sponsring', 'sponsra', 'vänort', 'vänorten', 'vigselförrättare', 'vigselförrättaren', 'kommunens logotyp', 'kommunvapnet', 'inköpsavdelning', 'lönekontor', 'löneenhet', 'löneutbetalning', 'feriepraktik', 'krisberedskap', 'etablering', 'företagsetablering', 'kommuntidning', 'rösta i förtid', 'förtidsrösta', 'starta företag', 'näringslivskontor', 'vigsel', 'vigselförrättare', 'borgerlig vigsel', 'medborgarskap', 'flaggning', 'årsredovisning', 'kommunens budget', 'vacancy', 'procurement', 'city council',
  ]),
  // a civil wedding is booked with the municipality's registry (vigselförrättare)
  words('avd.kl.vigsel', 'Borgerlig vigsel', dept('kommunledning'), 2.5, [
    'vigsel', 'vigseln', 'borgerlig vigsel', 'borgerliga vigslar', 'gifta oss borgerligt', 'gifta sig borgerligt', 'vigas borgerligt', 'vigselförrättare', 'vigselförrättaren',
    'civil wedding', 'civil marriage',
  ]),
  // how the municipality informs and leads in a crisis: communications and crisis management
  words('avd.kl.kris', 'Krisinformation och kommunikation', dept('kommunledning'), 2.5, [
    'krisinformation', 'krisinformationen', 'kriskommunikation', 'krisledning', 'krisledningen', 'krisledningsnämnden', 'kommunens information',
    'kommunens kommunikation', 'informerade under', 'information under stormen', 'crisis information', 'crisis communication',
  ]),
  // the municipality as employer, its registry, its communications and its elected bodies, in everyday words
  words('avd.kl.vardag', 'Lön, val, flaggning, diarium och kommunikation', dept('kommunledning'), 2.5, [
    'fel på lönen', 'ob-ersättning', 'ob-tillägg', 'semesterersättning', 'lönekontoret', 'röstmottagare', 'valarbetare', 'jobba i valet', 'arbeta i valet',
    'flaggdag', 'flaggdagar', 'hissar ni flaggan', 'flaggan vid kommunhuset', 'något diarienummer', 'job ad', 'job advert',
    'annonsen om tjänsten', 'praktikplats hos er', 'praktik hos er', 'ny logga', 'grafisk profil', 'logotyp',
    'justerade protokollet', 'justerat protokoll', 'budgetdebatten', 'sändes live', 'webbsändning', 'fullmäktigemötet',
    'ersättare i', 'förtroendeuppdrag', 'kreditfaktura', 'fakturaadress', 'fakturaadressen', 'invoice address', 'blir det offentligt', 'offentlig handling',
    'visselblåsare', 'visselblåsarfunktion', 'oegentligheter', 'whistleblower', 'whistleblowing', 'summer job', 'summer jobs',
  ]),
  words('avd.kl.eforslag', 'E-förslag', { kind: 'forslag', department: 'kommunledning' }, 10, ['e-förslag', 'eförslag', 'medborgarförslag']),

  // utbildning
  // something at a school's or preschool's own yard (a climbing frame, a gate): the school acts, whatever the form's field says
  // (not what the writer says is outside it: "lekparken utanför skolgården (inte på skolgården)" is the park's)
  rule('avd.utb.skolgard', 'Skolgård och förskolegård', dept('utbildning'), 3, {
    any: [{ field: 'text', any: [
      'skolgården', 'skolgårdens', 'förskolegården', 'förskolegårdens', 'förskolans gård', 'skolans gård', 'school yard', 'schoolyard', 'school playground',
    ] }],
    none: [{ field: 'text', any: [
      ...combine(['inte på', 'inte vid', 'inte inne på', 'utanför', 'precis utanför', 'bredvid', 'intill', 'outside the', 'not in the', 'not on the'], ['skolgården', 'förskolegården', 'school yard', 'schoolyard']),
    ] }],
  }),
  // a PE lesson is the school's, whatever sport it names ("innebandyboll i ansiktet på idrottslektionen")
  // (not grown-ups' exercise: "vattengympan på badet … ska också gå på gympan")
  rule('avd.utb.idrottslektion', 'Idrottslektion i skolan', dept('utbildning'), 3, {
    all: [
      {
        field: 'text',
        any: ['idrottslektion', 'idrottslektionen', 'idrottslektionerna', 'gympalektion', 'gympalektionen', 'idh-lektion', 'idrottsläraren', 'idrottslärare', 'gympaläraren', 'på gympan', 'på idrotten i skolan'],
      },
    ],
    none: [{ field: 'text', any: ['vattengympa', 'vattengympan', 'seniorgympa', 'seniorgympan', 'motionsgympa', 'pensionärsgympa', 'friskis', 'gympapass', 'vattengympapass'] }],
  }),
  // school transport is the school's service whatever road, stop or driver it tells of ("skolskjutsen gick före tidtabell …
  // hållplatsen … i mörkret") — but a fault at the stop is the streets' and buying the transport is procurement's
  rule('avd.utb.skolskjuts', 'Skolskjuts', dept('utbildning'), 2.5, {
    all: [{ field: 'text', any: ['skolskjuts', 'skolbuss', 'skoltaxi', 'school bus', 'school transport'] }],
    none: [{ field: 'kind', in: ['felanmalan'] }, { field: 'text', any: ['upphandling', 'upphandlingen', 'upphandlat', 'upphandlade', 'anbud', 'anbudet', 'tender'] }],
  }),
  // the bus that did not come while the children waited is their school transport, though no one says the word ("Bussen
  // till Hällby kom inte idag HELLER … Barnen står vid vägen i mörkret"): not the road or the stop it tells of; a fault at
  // the stop is the streets', and a bus to work or a regional line is the region's (the contact centre refers it on)
  rule('avd.utb.skolskjuts-barn', 'Bussen som inte kom och barnen som väntade', dept('utbildning'), 2.5, {
    all: [
      { field: 'text', any: ['=bussen=', '=bussarna=', '=buss=', '=bussar=', 'the bus', 'the buses'] },
      {
        field: 'text',
        any: [
          'kom inte', 'kom aldrig', 'har inte kommit', 'hade inte kommit', 'inte har kommit', 'dök aldrig upp', 'dök inte upp', 'körde förbi', 'åkte förbi', 'körde ifrån',
          'åkte ifrån', 'stannade inte', 'kom för sent', 'var försenad', 'var sen', 'gick före tidtabell', 'gick för tidigt', 'fick stå och vänta', 'stod och väntade',
          'står och väntar', 'fick vänta', "didn't come", 'did not come', 'never came', 'never showed', 'drove past', 'did not stop', "didn't stop", 'was late', 'left early',
        ],
      },
      {
        field: 'text',
        any: [
          // (the children who wait, not a parent who rides with them: "mina barn", "with the kids")
          '=barnen=', '=ungarna=', '=eleverna=', '=barnet=', 'våra barn', 'vårt barn', 'min son', 'min dotter', 'sonen', 'dottern', 'våra ungar',
          'the children', 'our kids', 'our children', 'my son', 'my daughter',
        ],
      },
    ],
    none: [
      {
        field: 'text',
        any: [
          'kollektivtrafik', 'busslinje', 'linje', 'till jobbet', 'till arbetet', 'färdtjänst', 'färdtjänsten', 'regionen', 'busskur', 'busskuren', 'väntkur', 'väntkuren',
          'hållplatsskylt', 'trasig', 'sönder', 'krossad', 'förstört', 'förstörd',
          // a train to catch, a flight, a clinic, a youth club's evening or trip: not the way to school
          'tåget', 'pendeltåg', 'flyget', 'flygplats', 'airport', 'train', 'vårdcentral', 'dagverksamhet', 'daglig verksamhet', 'fritidsgård', 'fritidsgården', 'disco',
          'discot', 'julmarknad',
        ],
      },
    ],
  }),
  words('avd.utb.skola', 'Förskola och skola', dept('utbildning'), 2, [
    'förskola', 'förskolan', 'förskoleplats', 'klassresa', 'skolresa', 'studieresa', 'skiddag', 'friluftsdag', 'idrottsdag', 'temadag med klassen', '=klassen=', 'matsedel', 'matsedeln', 'skolfoto', 'förskoleklass', 'förskolekö', 'dagis', 'pedagogisk omsorg', 'dagbarnvårdare',
    'fritidshem', '=fritids=', 'fritidspersonal', 'skolskjuts', 'skolbuss', 'skolkort', 'busskort till skolan', 'skolmat',
    'skollunch', 'skolmaten', 'skolrestaurang', 'maten på skolan', 'matsalen', 'skolmatsalen', 'förskolegård', 'förskolegården', 'skolans gård',
    'förskolans gård', 'klassrum', 'klassrummet', 'klassrummen', 'lärarna', 'läraren', 'lovdagar', 'studiedag',
    // when a school holiday is (what happens in it is often leisure's: "sportlovsaktiviteter")
    ...combine(['när är', 'när börjar', 'vilken vecka är', 'vilka veckor är', 'när har skolorna'], ['höstlovet', 'sportlovet', 'påsklovet', 'jullovet', 'sommarlovet', 'lovet']),
    'studiedagar', 'läsårstider', 'föräldramöte', 'föräldramötet', "parents' meeting", 'ledighet för mitt barn', 'ledighet för sitt barn', 'ledighet för min son',
    'ledighet för min dotter', 'ledig från skolan', 'chromebook', 'skoldator', 'elevdator',
    ...combine(['lämnade', 'lämnar', 'hämtade', 'hämtar'], ['min dotter på', 'min son på', 'vår dotter på', 'vår son på', 'barnen på']), 'elev', 'lärare', 'mentor', 'rektor', 'klasslärare',
    'pedagog', 'förskollärare', 'barnskötare', '=fröken=', '=fröknar=', '=fröknarna=', 'årskurs', '=åk=', 'gymnasium', 'gymnasiet', 'gymnasieskola',
    'gymnasieantagning', '=gymnasie', 'inackorderingstillägg', 'inackordering', 'omval', '=syv=', 'studie- och yrkesvägledare', 'studievägledare', 'studievägledning', 'lovskola', 'vklass', 'schoolsoft', 'infomentor', 'unikum', 'skolplattform', 'komvux', 'vuxenutbildning', 'yrkesvux', '=sfi=', 'svenska för invandrare', 'modersmål',
    'studiehandledning', 'skolbyte', 'byte av skola', 'skolplacering', 'skolplikt', 'skolstart', 'inskolning', 'barngrupp',
    // a preschool's day and its places, told without the word "förskola" ("Alva har slutat gråta vid lämningen", "erbjudande om plats från 1 april")
    '=lämningen=', 'vid lämningen=', 'lämning och hämtning', 'hämtning och lämning', 'förskoleplacering', 'placeringserbjudande', 'erbjudande om förskoleplats',
    'barnomsorg', 'barnomsorgsavgift', 'maxtaxa', 'läxhjälp', 'utbildningsförvaltning', 'skolkontoret', 'skolval',
    'kränkande behandling', 'huvudmannen', 'skolsköterska', 'kurator', 'specialpedagog', 'särskilt stöd',
    'extra anpassningar', 'åtgärdsprogram', 'grundsärskola', 'anpassad grundskola', 'elevhälsa', 'betyg', 'nationella prov',
    'ledighetsansökan', 'ledighet från skolan', 'skolk', 'mobbad', 'mobbning', 'mobbar', 'läsår', 'skolgång', 'school bus', 'learn swedish',
    'swedish classes', 'swedish for immigrants', 'adult education', 'study swedish', 'swedish course', 'swedish courses', 'swedish lessons', 'learn the language',
  ]),
  english('avd.utb.skola.en', 'Förskola och skola (engelska)', dept('utbildning'), 2, ['school', 'teacher', 'pupil', 'preschool', 'kindergarten', 'daycare', 'after-school']),
  // a school's name ("Hyttskolan", "Åsbackaskolan"): the compound's last part says what it is, except
  // where it is a school of culture, sport or driving
  rule('avd.utb.skolnamn', 'Skolans namn', dept('utbildning'), 1, {
    any: [{ field: 'text', any: ['skolan='] }],
    none: [{ field: 'text', any: ['kulturskola', 'musikskola', 'dansskola', 'simskola', 'körskola', 'trafikskola', 'folkhögskola', 'ridskola', 'konstskola', 'seglarskola', 'golfskola', 'fotbollsskola', 'hockeyskola', 'skridskoskola', 'cirkusskola', 'teaterskola', 'högskola', 'språkskola', 'skidskola', 'hundskola', '=skolan'] }],
  }),
  words('avd.utb.skolord', 'Ordet skola', dept('utbildning'), 1.2, [
    '=skola', '=skolan', '=skolor', '=skolans', '=skolgården', '=skoldag', '=skolbarn', 'grundskola', 'byskola',
    'högstadieskola', 'högstadiet', 'mellanstadiet', 'lågstadiet',
  ]),

  // a neighbour's garden machines at odd hours: a nuisance for environment and health protection, not the parks'
  rule('avd.sbf.grannmaskin', 'Grannens maskiner stör', dept('samhallsbyggnad'), 3.5, {
    all: [
      { field: 'text', any: ['grannen', 'vår granne', 'min granne', 'grannens', 'neighbour'] },
      { field: 'text', any: ['gräsklippare', 'gräsklipparen', 'åkgräsklippare', 'trimmer', 'trimmern', 'grästrimmer', 'röjsåg', 'röjsågen', 'lövblås', 'lövblåsen', 'motorsåg', 'motorsågen', 'lawn mower', 'leaf blower'] },
    ],
    // the municipality's own crews are the parks' to answer for
    none: [{ field: 'text', any: ['kommunens', 'kommunen kör', 'parkenheten', 'parkförvaltningen', 'era gräsklippare', 'ni klipper', 'varför måste ni', 'ni börjar'] }],
  }),
  // noise at night from neighbours and parties: a nuisance for environment and health protection
  // the service a writer asks for decides the department ("Vi begär härmed skolskjuts för vår dotter …
  // där det inte finns någon gångbana eller belysning"): the roads and lights described are the reason
  words('avd.begard-skoltjanst', 'Begär en skoltjänst', dept('utbildning'), 4, [
    // (also asked as an entitlement: "Har hon rätt till skolskjuts … Vägen dit är en grusväg utan belysning")
    // (the verb, not the noun: in a text "vår ansökan om skolskjuts beviljades" is background to the plough asked for)
    ...combine(['begär', 'begär härmed', 'ansöker om', 'ansöker härmed om', 'ansöker därför om', 'söker', 'ber om', 'vill ha', 'behöver', 'rätt till', 'rätt att få'], SCHOOL_SERVICES),
    // (a change of place asked for: "Vi ansöker om att få byta förskoleplats … vägen ut dit plogas sent"; not a club that
    // "vill byta skolans sal", nor a teacher who "vill byta skola")
    ...combine(['ansöker om att få byta', 'ansökan om byte av', 'ansöker om byte av', 'vill byta', 'att få byta', 'önskar byta'], ['förskoleplats', 'fritidsplats']),
    ...combine(['ansöker om att få byta', 'ansöker om byte av'], ['skola', 'förskola']),
    ...combine(['byta skola för', 'byta förskola för', 'byta skola åt', 'byta förskola åt'], ['vår son', 'vår dotter', 'min son', 'min dotter', 'mitt barn', 'vårt barn', 'våra barn', 'barnen', 'honom', 'henne']),
  ]),
  // … and so for the street permits and the building department's grants and permits ("Vi ansöker
  // därför om parkeringstillstånd för hemtjänstens fordon"; "Vi ansöker om bostadsanpassningsbidrag
  // för ramp … hemtjänsten vet om att vi söker"): the service named is the matter, the rest the reason
  words('avd.begard-gatutjanst', 'Begär ett tillstånd för gata eller parkering', dept('teknik'), 4, [
    ...combine(['begär', 'ansöker om', 'ansöker därför om', 'ansöker härmed om', 'ansöka om', 'söker', 'ber om', 'vill ha', 'behöver'], ['parkeringstillstånd', 'ett parkeringstillstånd', 'p-tillstånd', 'grävtillstånd', 'schakttillstånd', 'boendeparkering', 'markupplåtelse']),
  ]),
  words('avd.begard-byggtjanst', 'Begär ett lov eller bostadsanpassning', dept('samhallsbyggnad'), 4, [
    ...combine(['begär', 'ansöker om', 'ansöker därför om', 'ansöker härmed om', 'ansöka om', 'söker', 'ber om', 'vill ha', 'behöver'], ['bostadsanpassning', 'bostadsanpassningsbidrag', 'bygglov', 'rivningslov', 'marklov', 'strandskyddsdispens']),
  ]),
  // … and so for social services' help, asked for or needed ("Vi behöver hjälp med hyran", "Is it possible to get
  // help from the kommun for the rent and for food?"): the school, the job or the landlord around it is the reason
  words('avd.begard-socialtjanst', 'Begär hjälp av socialtjänsten', dept('socialtjanst'), 4, [
    ...combine(['begär', 'ansöker om', 'ansöker därför om', 'ansöker härmed om', 'ansöka om', 'söker', 'ber om', 'behöver', 'få'], SOCIAL_HELP),
    // the transport service, home care or a safety alarm applied for (the verb: "min ansökan om färdtjänst ligger hos er" is background)
    ...combine(['ansöker om', 'ansöker därför om', 'ansöker härmed om', 'ansöka om', 'begär'], SOCIAL_CARE),
  ]),
  // … and an application's subject names its matter ("Ansökan om färdtjänst", "Ansökan skolskjuts – Noah åk 1"), whatever
  // roads, snow or lights the text gives as the reason
  words('avd.begard-skoltjanst.rubrik', 'Ansökan om en skoltjänst i ämnesraden', dept('utbildning'), 4, combine(['ansökan om', 'ansökan'], SCHOOL_SERVICES), 'subject'),
  words('avd.begard-socialtjanst.rubrik', 'Ansökan om socialtjänstens hjälp i ämnesraden', dept('socialtjanst'), 4, combine(['ansökan om'], [...SOCIAL_HELP, ...SOCIAL_CARE]), 'subject'),
  english('avd.begard-socialtjanst.en', 'Begär hjälp av socialtjänsten (engelska)', dept('socialtjanst'), 3, [
    'help with the rent', 'help with rent', 'help for the rent', 'for the rent and', 'pay the rent', 'help with food', 'money for food', 'financial help', 'financial support', 'financial assistance', 'social welfare', 'social assistance', 'income support',
  ]),
  words('avd.sbf.miljohalsa', 'Miljö och hälsa, inventering av avlopp', dept('samhallsbyggnad'), 2, [
    'miljö och hälsa', 'miljö- och hälsoskydd', 'miljö och hälsoskydd', 'miljö- och hälsoskyddet', 'hälsoskyddet', 'avloppsinventering', 'inventering av avlopp', 'inventering av enskilda avlopp',
    ...combine(['mitt avlopp', 'avloppet', 'vårt avlopp', 'enskilda avlopp', 'enskilt avlopp'], ['ska inventeras', 'inventeras', 'är inte godkänt', 'inte är godkänt', 'kanske inte är godkänt', 'underkänt', 'har underkänts']),
  ]),
  rule('avd.sbf.storning', 'Störande ljud', dept('samhallsbyggnad'), 3, {
    all: [
      {
        field: 'text',
        any: [
          'fest', 'festar', 'festen', 'festande', 'musik', 'högtalare', 'dunkande bas', 'basen dunkar', 'basen hörs', 'bastoner', 'dunkande', 'dunkar', 'dunkat', 'brummar', 'brummat', 'brummande', 'bullrat', 'skriker', 'skrik', 'gapar', 'väsnas', 'oväsen',
          'buller', 'bullrar', 'bullret', 'ljudnivå', 'hög volym', 'noise', 'loud music', 'party',
          // building work and machines out of hours
          'bygget', 'byggplatsen', 'byggarbetsplats', 'grävmaskin', 'kompressor', 'spikpistol', 'spikar', 'borrar', 'borrmaskin', 'slipmaskin',
          'motorsåg', 'lövblås', 'sprängning', 'spränger',
          // engines driven round and round ("Grannen kör snöskoter runt runt … varje natt")
          'snöskoter', 'skotern', 'crossmotorcykel', 'crosscykel', 'motorcykel', 'moppe', 'mopeder', 'fyrhjuling', 'a-traktor', 'epa-traktor', 'vrålåk', 'varvar',
          // loading and machines in the night ("containrar som smäller o backpip mitt i natten")
          'smäller', 'smällar', 'smällande', 'backpip', 'backvarnare', 'pipande', 'containrar', 'containers', 'lastbilar', 'truckar',
          // a restaurant's or a neighbour's fan or heat pump humming into the bedrooms
          'fläkt', 'fläkten', 'fläktar', 'ventilationsaggregat', 'värmepump', 'värmepumpen',
        ],
      },
      {
        field: 'text',
        any: [
          'sova', 'sömn', 'natten', 'nätterna', 'mitt i natten', 'klockan är', ...['21', '22', '23', '00', '01', '02', '03', '04', '05'].map((h) => `=kl ${h}`), 'grannar', 'grannarna', 'grannen', 'granne', 'bostadsområde', 'helgen',
          'helger', 'kvällarna', 'sleep', 'neighbour', 'neighbours', 'night', 'midnatt', 'sovrum', 'sovrummet', 'sovrummen',
          // the flat above or below, late ("ungarna i lgh ovanför … till efter 22")
          'lgh ovanför', 'lägenheten ovanför', 'lägenheten under', 'våningen ovanför',
        ],
      },
    ],
    // the municipality's own refuse lorry or snowplough is the service that runs it, not a nuisance it supervises
    none: [
      {
        field: 'text',
        any: [
          'sopbil', 'sopbilen', 'sopbilarna', 'sophämtningen', 'sophämtarna', 'plogbil', 'plogbilen', 'snöplogen', 'sandbilen', 'sopmaskinen',
          'kommunens gubbar', 'kommunens arbetare', 'kommunens personal', 'kommunens folk', 'kommunens maskiner', 'parkarbetarna', 'parkgubbarna',
        ],
      },
    ],
  }),

  // socialtjänst
  words('avd.soc.omsorg', 'Omsorg och socialtjänst', dept('socialtjanst'), 2.5, [
    'hemtjänst', 'hemtjänsten', 'hemtjänstgrupp', 'hemtjänstteam', 'hemtjänstpersonal', '=omsorgsavgift', 'omvårdnadsavgift', 'hemtjänstavgift', 'hemsjukvård', 'äldreomsorg', 'äldreboende', 'särskilt boende', 'vård- och omsorgsboende',
    'omsorgsboende', 'demensboende', 'servicehus', 'trygghetslarm', 'matdistribution', 'matlåda', 'färdtjänst', 'larm runt handleden', 'larm på handleden', 'runt handleden', 'armbandslarm',
    // a visit to a parent who lives in care ("Jag besökte min mamma på Solgläntan … i dagrummet")
    'dagrummet', ...combine(['besökte', 'besöker', 'hälsade på', 'hälsar på'], ['min mamma på', 'min pappa på', 'min mor på', 'min far på', 'mamma på', 'pappa på', 'min farmor på', 'min mormor på', 'min farfar på', 'min morfar på']),
    // help at meals where someone lives in care
    'hjälper honom att äta', 'hjälper henne att äta', 'hjälp att äta', 'hjälp med maten',
    'riksfärdtjänst', '=lss=', 'gruppbostad', 'bostad med särskild service', 'ledsagarservice', 'funktionsnedsättning', 'funktionshinder', 'boendestöd', 'personlig assistans',
    'personlig assistent', 'ledsagare', 'ledsagning', 'avlösning', 'daglig verksamhet', 'dagliga verksamhet', 'dagverksamhet', 'korttidsboende',
    'korttids', 'demens', 'biståndshandläggare', 'bistånd', 'biståndsbeslut', 'försörjningsstöd', 'ekonomiskt bistånd',
    'socialbidrag', 'socialtjänst', 'socialen', '=soc=', 'socialkontor', 'socialkontoret', 'socialsekreteraren', 'socialsekreterare', 'socialförvaltning', 'socialjour', 'missbruk',
    'beroendevård', 'alkoholproblem', 'narkotika', 'spelberoende', 'familjehem', 'kontaktfamilj', 'stödfamilj',
    'familjerätt', '=vårdnad=', 'vårdnadstvist', 'umgänge', 'faderskap', 'familjerådgivning', 'våld i nära relation', 'skyddat boende',
    'kvinnojour', 'skuldrådgivning', 'budget- och skuldrådgivning', 'god man', 'förvaltare', 'överförmyndare',
    'anhörigstöd', 'anhörigvårdare', 'avlösarservice', 'fixartjänst', 'fixartjänsten', 'skulder', 'skuldsatt', 'skuldsanering', 'dement', 'minnessvårigheter', 'orosanmälan', 'far illa', 'orolig för ett barn', 'orolig för min granne',
    'social services', 'social worker', 'home care', 'elderly care', 'nursing home', 'financial assistance',
    'disability support',
  ]),
  // care of an old or sick relative, told as what the carers did ("tog så fint hand om pappa")
  words('avd.soc.vardag', 'Hjälp i vardagen, beroende och stöd (vardagsord)', dept('socialtjanst'), 2.5, [
    'hjälp att handla', 'hjälp med att handla', 'handla mat åt', 'inköpshjälp', 'dagliga verksamheter', 'daglig sysselsättning', 'sluta dricka', 'hjälp att sluta',
    'dricker varje dag', 'behandlingshem', 'amfetamin', 'avgiftning', 'missbruksvård', 'nej till städning', 'financial support', 'financial aid',
    'social assistance', 'welfare benefits',
  ]),
  words('avd.soc.vard', 'Vård av en anhörig', dept('socialtjanst'), 2, [
    ...combine(['tog hand om', 'tar hand om', 'tog så fint hand om', 'tar så fint hand om', 'tog så väl hand om', 'tog väl hand om', 'tog fint hand om', 'vårdade', 'tog emot'], [
      'pappa', 'mamma', 'min pappa', 'min mamma', 'min far', 'min mor', 'farmor', 'farfar', 'mormor', 'morfar', 'min man', 'min fru', 'min make', 'min maka',
    ]),
    'pappas sista tid', 'mammas sista tid', 'hans sista tid', 'hennes sista tid', 'livets slutskede', 'palliativ', 'palliativa', 'i livets slut',
  ]),
  // need of money or a home, family support, drink and drugs: what social services help with, in everyday words
  words('avd.soc.behov', 'Pengar, bostad, familj och beroende', dept('socialtjanst'), 2, [
    'betala hyran', 'betala hyra', 'hyran för', ...combine(['pengar för', 'pengar till', 'hjälp med', 'hjälp till', 'råd med'], ['hyra', 'hyran', 'mat', 'maten']),
    // a bill the writer cannot pay after losing an income ("förlorat jobbet … elräkningen … kan kommunen hjälpa till?")
    'förlorat jobbet', 'förlorade jobbet', 'blivit arbetslös', 'blev arbetslös',
    ...combine(['kan inte betala', 'klarar inte att betala', 'har inte råd att betala', 'hjälp att betala', 'hjälpa till att betala', 'hjälpa mig att betala', 'hjälpa oss att betala', 'hjälpa till med'], ['elräkningen', 'elräkningar', 'hyran', 'elen', 'maten']),
    'hyra och mat', 'mat och hyra', 'söka pengar', '=sosialen', '=sossen=', 'orolig för någon', 'oroliga för någon', 'äldre granne', 'äldre grannar', 'för äldre', 'vi äldre', 'många äldre', 'äldre som bor', 'träffpunkt', 'hyresskuld', 'hyresskulden', 'vräkt', 'vräkning', 'vräkas', 'avhysning', 'avhyst', 'bostadslös',
    // an eviction told in its steps ("Vretgården har sagt upp mitt kontrakt … papper från kronofogden att vi måste flytta ut … Var ska vi bo?")
    'sagt upp mitt kontrakt', 'sa upp mitt kontrakt', 'måste flytta ut', 'var ska vi bo', 'var ska jag bo', 'hjälpa med hyran', 'hjälpa oss med hyran', 'hjälpa mig med hyran',
    'är hemlös', 'blivit hemlös', 'bli hemlös', 'hemlösa', 'akutboende', 'härbärge', 'nödbostad', 'socialt kontrakt', 'inga pengar', 'ont om pengar', 'pengar till mat', 'pengar till hyran',
    'hjälp med pengar', 'ekonomisk hjälp', 'nödprövning', 'matkasse', 'föräldrakurs', 'föräldrastöd', 'föräldraskapsstöd', 'familjebehandling',
    'familjebehandlare', 'familjestöd', 'familjecentral', 'barn och familj', 'barn- och familjeenheten', 'familjeenhet', 'individ- och familjeomsorg', '=ifo=',
    // family law after a separation: where a child lives, custody, agreements the municipality helps write
    'samarbetssamtal', 'custody', 'paternity', 'contact arrangements', 'visitation rights',
    'fältassistent', 'fältassistenter', 'fältare', 'dricker för mycket', 'alkoholberoende', 'beroende av', 'spelskulder', 'anmäla oro',
    'anmäler oro', 'oro för ett barn', 'oro för barn', 'oroanmälan', 'kontaktperson', 'stödsamtal', 'kvinnofrid', 'våld i hemmet',
    'homeless', 'evicted', 'eviction', 'rent arrears', 'parenting course', 'parenting support', 'addiction',
  ]),
  english('avd.soc.omsorg.en', 'Omsorg och socialtjänst (engelska)', dept('socialtjanst'), 2.5, [
    'welfare', 'help at home', 'home help', 'cannot manage alone', "can't manage alone", 'cannot manage on her own', 'cannot manage on his own', 'elderly', 'dementia', 'home care', 'home-care', 'care home', 'nursing home', 'elderly care', 'social services', 'social worker',
  ]),
  // the duty and the way to report concern for a child: social services' matter, whoever asks (a
  // school, a preschool, a club) and whatever else they name
  words('avd.soc.anmalan', 'Att anmäla oro', dept('socialtjanst'), 4, [
    'anmälningsplikt', 'anmälningsskyldighet', 'anmälningsskyldig', 'skyldig att anmäla', 'skyldiga att anmäla', 'göra en orosanmälan',
    'göra orosanmälan', 'lämna en orosanmälan', 'anmäla oro', 'anmäler oro', 'duty to report', 'obliged to report', 'obligation to report',
    'reporting obligation', 'mandatory reporting', 'report a concern', 'report concerns', 'child is at risk', 'child at risk',
    // how to report a child to the social services, asked by a teacher whose signature names the school
    'anmäla till socialtjänsten', 'anmälningar om barn', 'anmälan om barn', 'anmäla ett barn', 'barn som far illa',
    // the same asked as a procedure ("hur anmäler man oro", "om vi skulle få oro för en elev", "safeguarding")
    'anmäler man oro', 'anmäla vår oro', 'anmäla min oro', 'anmäla sin oro', 'få oro för', 'oro för en elev', 'oro för elever',
    // a school's or preschool's routine for it, asked without naming the child
    'kontakta socialtjänsten enligt', 'vilket barn det gäller', 'vilket barn det handlar om', 'vilken elev det gäller',
    'konsultera socialtjänsten', 'rådfråga socialtjänsten', 'konsultera om en elev', 'konsultera om ett barn', 'göra en anmälan eller inte', 'anmälan eller inte',
    'safeguarding', 'child protection', 'child welfare concern',
  ]),

  // samhällsbyggnad
  words('avd.sbf.bygg', 'Bygglov och planer', dept('samhallsbyggnad'), 2.5, [
    'bygglov', 'rivningslov', 'marklov', 'bygganmälan', 'anmälningsplikt', 'förhandsbesked', 'attefall', 'tillbyggnad',
    'nybyggnad', 'ombyggnad', 'carport', 'altan', 'uterum', 'friggebod',
    'planbesked', 'strandskydd', 'nybyggnadskarta', 'kartutdrag', 'lantmäteri',
    'fastighetsbildning', 'tomtgräns', 'fastighetsgräns', 'fastighetsgränsen', 'gränsmarkering', 'adressnummer', 'belägenhetsadress', 'adressättning', 'tomtkö', 'villatomt', 'lediga tomter', 'tomter', 'köpa en tomt', 'köpa tomt', 'grannehörande', 'byggnadsnämnd', 'miljö- och byggnadsnämnd',
    'samhällsbyggnad', 'kart- och mät', 'kontrollansvarig', 'kontrollplan', 'slutbesked', 'startbesked', 'bygga en',
    'bygga brygga', 'bygga en brygga', 'anlägga brygga', 'anlägga en brygga', 'egen brygga', 'privat brygga', 'bryggbygge', 'vattenverksamhet', 'bostadsanpassning', 'energideklaration', 'eldstad', 'eldstäder', 'rökkanal', 'skorsten', 'braskamin', 'kamin', '=plank=', 'planket',
    'mur', 'stödmur', 'fasad', 'fasadändring', 'fasadskylt', 'skyltlov', 'solceller', 'solpaneler', 'installation av', 'building permit', 'planning permission',
    ...combine(['söka', 'söka något', 'söka nåt', 'behöver man', 'behövs det', 'krävs det', 'måste man ha', 'måste jag ha'], ['lov', 'något lov', 'nåt lov']),
  ]),
  // a plan being made or changed is the planners' whatever it is about — a beach, a school site, a road ("vad innebär
  // detaljplanen, ska badet försvinna?")
  words('avd.sbf.plan', 'Detaljplan och översiktsplan', dept('samhallsbyggnad'), 3.5, [
    'detaljplan', 'planförslag', 'översiktsplan', 'planarbete', 'planändring', 'planprogram', 'granskningshandling', 'detailed plan', 'zoning plan',
  ]),
  // a plan's consultation (samråd), not "i samråd med mamma" nor a council (pensionärssamrådet: '=' keeps to a word's start)
  rule('avd.sbf.samrad', 'Samråd om en plan', dept('samhallsbyggnad'), 3.5, {
    all: [{ field: 'text', any: ['=samråd', '=samrådet'] }],
    none: [{ field: 'text', any: ['samråd med', 'i samråd mellan', 'samrådsgrupp', 'samrådsgruppen'] }],
  }),
  // a neighbour burning rubbish or garden waste is a nuisance for environmental supervision, not a matter for the waste collection;
  // so is asking whether one may burn one's own brush ("Får vi elda upp riset på tomten?")
  rule('avd.sbf.eldning', 'Grannen eldar', dept('samhallsbyggnad'), 4, {
    all: [
      {
        field: 'text',
        any: [
          'eldar', 'eldade', 'eldning', 'eldningen', 'bränner', 'brände', 'röken', 'rök från', 'smoke',
          // asked whether one may burn one's own ("Får vi elda upp riset på tomten?"), not "jag vill inte elda det"
          'elda upp', 'elda ris', 'elda riset', 'elda löv', 'elda skräp', 'bränna ris', 'bränna upp',
          ...combine(['får vi', 'får man', 'får jag', 'kan vi', 'kan man', 'kan jag', 'tillåtet att', 'lov att', 'tillstånd att'], ['elda']),
        ],
      },
      { field: 'text', any: ['grannen', 'grannens', 'grannar', 'villaområde', 'i en tunna', 'på tomten', 'trädgårdsavfall', 'plast', 'neighbour', 'neighbor'] },
    ],
    none: [{ field: 'text', any: ['brandvarnare', 'det brinner', 'brand i', 'ring 112', 'valborg', 'valborgsbål', 'majbrasa', 'vill inte elda', 'inte elda upp', 'slippa elda'] }],
  }),
  // where a property's boundary runs, disputed with a neighbour: the survey office's (kart och mät)
  rule('avd.sbf.grans', 'Var tomtgränsen går', dept('samhallsbyggnad'), 2.5, {
    all: [
      {
        field: 'text',
        any: [
          'var gränsen går', 'var gränsen ska gå', 'gränsen mot grannen', 'gränsen till grannen', 'gränsen mellan våra',
          'gränsrör', 'gränspunkt', 'gränsutvisning', 'gränsmärke', 'gränssten', 'mäta ut gränsen', 'mäta upp gränsen', 'staka ut gränsen',
        ],
      },
      { field: 'text', any: ['grannen', 'grannens', 'grannar', '=tomt', 'tomten', 'tomter', 'staket', 'häck', 'häcken', 'fastighet', 'mäta', 'mätning'] },
    ],
  }),
  // the shore protection: a permit (dispens) the building and environment committee decides on, whatever harbour or water is named
  // boards (planka, plankor) are not a fence that needs a permit (plank), though the word is inflected alike
  words('avd.sbf.planka', 'Plankor (bräder), inte plank', dept('samhallsbyggnad'), -2.5, ['=planka=', 'plankor', 'plankorna', 'plankan']),
  words('avd.sbf.vardag', 'Miljö, kart och mät, plan och bygg (vardagsord)', dept('samhallsbyggnad'), 2.5, [
    'oljud', 'oljudet', 'begrava katten', 'begrava hunden', 'begrava vår', 'begrava honom i trädgården', 'begrava henne i trädgården', 'djurkyrkogård',
    'pet cemetery', 'bury our', 'bury her', 'bury him', 'utstakning', 'gränspunkter', 'gränspunkterna', 'husnummer', 'gatunamn', 'namn på nya gatan', 'femvåningshus',
    'höghus', 'höghusen', 'egen brunn', 'vår brunn', 'kackerlacka', 'kackerlackor', 'inspektera dem', 'skrotbilar',
    'skrotbil', 'övergivna huset', 'förfallet hus', 'förfallna huset', 'skjutbanan', 'skyttebanan', 'skjutandet',
    'construction noise', 'garden sauna', 'food truck', 'bygglovet', 'vårt lov', 'miljöinspektören', 'livsmedelsinspektören', 'byggnadsinspektören',
  ]),
  words('avd.sbf.strandskydd', 'Strandskydd', dept('samhallsbyggnad'), 3.5, ['strandskydd', 'strandskyddsdispens', 'dispens från strandskyddet', 'shoreline protection']),
  // registering a food business (a kiosk, a food truck, a café) with the food control: whatever place it is in
  words('avd.sbf.livsmedelsregistrering', 'Registrering av livsmedelsverksamhet', dept('samhallsbyggnad'), 3.5, [
    'registrering av livsmedel', 'registrera livsmedel', 'livsmedelsregistrering', 'livsmedelsanläggning', 'livsmedelsverksamhet', 'livsmedelsföretag',
    'registrera verksamheten', 'registrera vår verksamhet', 'registrera min verksamhet', 'register a food business',
  ]),
  // money from social services (försörjningsstöd): they decide it, whatever it is to pay for
  words('avd.soc.bistand', 'Ekonomiskt bistånd', dept('socialtjanst'), 3.5, [
    'ekonomiskt bistånd', 'försörjningsstöd', 'socialbidrag', 'nödbistånd', 'ekonomisk hjälp från socialtjänsten', 'ekonomisk hjälp från soc',
    'financial assistance', 'social assistance', 'welfare benefit',
  ]),
  // the inspectors the writer wants to come: they are the ones to act, whatever event or place the matter is about
  words('avd.sbf.inspektor', 'Inspektörer som ska komma', dept('samhallsbyggnad'), 3.5, [
    'miljöinspektör', 'miljöinspektören', 'miljöinspektörer', 'miljöinspektörerna', 'bygginspektör', 'bygginspektören', 'byggnadsinspektör',
    'byggnadsinspektören', 'livsmedelsinspektör', 'livsmedelsinspektören', 'livsmedelsinspektörerna', 'environmental health officer',
  ]),
  // a private sewage system to be built or changed: a permit the environment office decides (emptying it is the refuse service's)
  words('avd.sbf.avlopp', 'Enskilt avlopp', dept('samhallsbyggnad'), 3.5, [
    'enskilt avlopp', 'enskilda avlopp', 'nytt avlopp', 'avloppsanläggning', 'avloppstillstånd', 'tillstånd för avlopp', 'anmälan om avlopp',
    'minireningsverk', 'markbädd', 'infiltrationsanläggning', 'provgropsprotokoll', 'private sewage',
  ]),
  // elections: voting early, polling stations, voting cards (whatever building the vote is cast in)
  words('avd.kl.val', 'Val och röstning', dept('kommunledning'), 3.5, [
    'förtidsrösta', 'förtidsröstning', 'förtidsröstningen', 'rösta i förtid', 'röstkort', 'röstkortet', 'vallokal', 'vallokalen', 'valnämnden',
    'budröstning', 'ambulerande röstmottagning', 'early voting', 'polling station',
  ]),
  // a licence to serve alcohol (the licensing officers decide it), at whatever festival, park or sports ground
  words('avd.sbf.servering', 'Serveringstillstånd', dept('samhallsbyggnad'), 3.5, [
    'serveringstillstånd', 'alkoholtillstånd', 'tillfälligt serveringstillstånd', 'alkoholservering',
    ...combine(['servering av', 'servera', 'tillstånd för att servera', 'tillstånd att servera'], ['öl', 'vin', 'alkohol', 'starköl', 'sprit', 'cider']),
    'alcohol licence', 'serve alcohol', 'serve beer',
  ]),
  english('avd.sbf.bygg.en', 'Bygglov och planer (engelska)', dept('samhallsbyggnad'), 2.5, [
    'zoning', 'building permit', 'planning permission', 'planning permit', 'need a permit', 'need a permission', 'a permission from the municipality', 'permit to build',
    'jetty', 'shore protection', 'shoreline protection', 'strandskydd',
  ]),
  words('avd.sbf.miljo', 'Miljö, hälsoskydd och livsmedel', dept('samhallsbyggnad'), 2.5, [
    'miljö- och hälsoskydd', 'miljöskydd', 'hälsoskydd', 'miljöförvaltning', 'miljöenhet', 'miljökontor', 'livsmedel',
    'foodtruck', 'food truck', 'matvagn', 'korvkiosk', 'restaurang', 'naturreservat', 'naturreservatet', 'nature reserve', 'tobak', 'buller', 'bergvärme',
    'värmepump', 'enskilt avlopp', 'avloppsanläggning', '=brunn=', '=brunnen=', '=brunnar=', 'radon', 'mögel', 'fukt', 'ventilation', 'bullret', 'trafikbuller',
    'inomhusmiljö', 'ovårdad tomt', 'ovårdade tomten', 'energirådgivning', 'klimatrådgivning', 'energi- och klimatrådgivning', 'energirådgivare', 'oljetank', 'oljecistern', 'cistern', 'ohyra', 'skadedjur', 'råttor', 'eldning', '=elda=', 'eldas', 'bränna', 'djurhållning', 'hönor', 'höns', 'tuppar', 'tuppen', 'miljötillsyn', 'tillsyn',
    'mygg', 'myggen', 'myggbekämpning', 'översvämningsmygg', 'knott', 'badvatten', 'badvattnet', 'badvattenprov', 'badvattenkvalitet', 'går det att bada', 'kan man bada', 'är det farligt att bada',
    'vattenskoter', 'vattenskotrar', 'vattenskotrarna', 'vattenskotern', 'jetski', 'jet ski', 'jetskis',
    'grustag', 'grustaget', 'grustäkt', 'grustäkten', 'bergtäkt', 'bergtäkten', 'stenbrott', 'stenbrottet', 'krossverk', 'krossverket', 'döda fiskar', 'fiskdöd', 'algblomning', 'blågröna alger',
    // a private sewage system's own parts and its replacement (not its emptying)
    'stenkista', 'stenkistan', 'markbädd', 'markbädden', 'infiltrationsanläggning', 'byta avloppet', 'byta ut avloppet', 'nytt avlopp', 'avloppet är från',
    'uteservering', 'borra', 'hög musik', 'oväsen', 'störande ljud', 'skäller', 'festlokal', 'förorenad', 'oljeläckage', 'oljeläcka', 'läcker olja', 'läckande olja', 'olja läcker', 'oljespill', 'oljefläck', 'miljöfarlig', 'food inspection', 'environmental health',
  ]),

  // teknik
  words('avd.tek.brunnslock', 'Brunnslock i gatan', dept('teknik'), 3, [
    'brunn locket', 'brunns locket', 'brunnslocket', 'locket på brunnen', 'brunnen i gatan', 'brunnen på gatan', 'brunnen mitt i gatan',
  ]),
  words('avd.tek.gata', 'Gata och belysning', dept('teknik'), 2.5, [
    'gatubelysning', 'belysning', 'gatlykta', 'gatlampa', 'lyktstolpe', 'belysningsstolpe', 'stolpe', 'stolpar',
    'gång- och cykelväg', 'gc-väg', 'gc-bana', 'cykelväg', 'cykelbana', 'gångbana', 'gångväg', 'gångbro', 'gångtunnel',
    'cykeltunnel', 'cykeltunneln', 'viadukt', 'viadukten', 'trottoar', 'asfalt', 'potthål', 'hål i vägen', 'hål i gatan', 'hål i asfalten', 'grop i vägen', 'grop i gatan', 'körde i ett hål', 'körde ner i ett hål',
    'körde i en grop', 'körde ner i en grop', 'körde i gropen', 'cyklade i ett hål', 'cyklade ner i ett hål', 'vägskylt', 'trafikljus', 'väghållare', 'gatusopning', 'sopning',
    'vägarbete', 'grävarbete', 'sopmaskin', 'sopmaskinen', 'schakt', 'avspärrning', 'räcke', 'kantsten', 'brunnslock', 'vägbana', 'vägmarkering',
    'rondell', 'gatukontor', 'tekniska förvaltningen', 'tekniska kontoret', 'tekniska enheten',
    // gravel roads and their upkeep ('DEN HAR INTE DAMMBUNDITS PÅ TVÅ ÅR')
    'grusväg', 'grusvägen', 'grusvägar', 'grusvägarna', 'dammbindning', 'dammbindningen', 'dammbinda', 'dammbinder', 'dammbundits', 'dammbunden', 'dammbundet',
  ]),
  english('avd.tek.gata.en', 'Gata och belysning (engelska)', dept('teknik'), 1.5, ['street', 'road', 'streetlight', 'sidewalk', 'pavement']),
  words('avd.tek.lampa', 'Lampor och mörker ute', dept('teknik'), 1.2, ['=lampa', '=lampan', '=lampor', 'mörkt', 'mörkret', 'kolsvart', 'becksvart']),
  rule('avd.tek.vagord', 'Orden väg och gata', dept('teknik'), 1.2, {
    any: [{ field: 'text', any: ['=väg', '=vägen', '=vägar', '=gata', '=gatan', '=gator', 'cykla'] }],
    none: [ROAD_IS_BACKGROUND],
  }),
  words('avd.tek.trafik', 'Trafik, hållplatser och parkering', dept('teknik'), 1.5, [
    'busshållplats', 'hållplats', 'busskur', 'busskuren', 'vändplan', 'vändplanen', 'vändplats', 'trafik', 'korsning', 'vägkant', 'farthinder', 'gupp', 'övergångsställe', '=skylt', '=skylten',
    '=skyltar', 'skyltning', 'parkering', 'felparkering', 'felparkerad', 'felparkerade', 'felparkerar', 'gatukostnad', 'grävtillstånd', 'schakttillstånd', 'trafikanordningsplan', 'parkeringstillstånd', 'p-tillstånd', 'parkeringsplats',
    'cykelställ', 'parkeringsbot', 'p-bot', 'parkeringsanmärkning', 'parkeringsvakt', 'parkeringsövervakning', 'torghandel', 'torgplats', 'markupplåtelse', 'laddstolpe', 'laddplats', 'hastighet', 'fartkamera',
    'disabled parking',
  ]),
  // parking fines, bans and permits are the street department's matter wherever the car stood — by a
  // care home, a swimming hall or a school ("Parkeringsbot vid Björkhagens äldreboende", "ansökan om
  // parkeringstillstånd för rörelsehindrade … jag har hemtjänst")
  words('avd.tek.parkering', 'Parkeringsbot, -förbud och -tillstånd', dept('teknik'), 3, [
    'parkeringsbot', 'parkeringsböter', 'p-bot', 'p-böter', 'felparkeringsavgift', 'parkeringsanmärkning', 'parkeringsvakt', 'parkeringsvakter', 'parkeringsvakten',
    'parkeringsövervakning', 'parkering förbjuden', 'parkeringsförbud', 'parkeringsförbudet', 'p-förbud', 'parkeringstillstånd', 'p-tillstånd', 'besöksparkering',
  ]),
  // the municipality's harbours: guest harbour, marinas, berths and their jetties
  words('avd.tek.hamn', 'Hamnar och båtplatser', dept('teknik'), 2.2, [
    'småbåtshamn', 'båthamn', 'gästhamn', 'hamnkontor', 'hamnkapten', 'hamnvärd', 'hamnavgift', 'hamntaxa', 'sjösättning', 'båtramp',
    'båtplats', 'bryggplats', 'gästbrygga', 'flytbrygga', 'pontonbrygga', 'ponton', 'båtbrygga', 'kommunens brygga', 'marina', 'guest harbour',
    'pontoon', 'jetty', 'mooring', 'berth',
  ]),
  // a jetty alone: a harbour's, a bathing place's (badbrygga, stronger) or a private one to be built (bygglov, stronger)
  words('avd.tek.brygga', 'Ordet brygga', dept('teknik'), 1.2, ['brygga', 'bryggan', 'bryggor', 'bryggorna']),
  english('avd.tek.trafik.en', 'Trafik, hållplatser och parkering (engelska)', dept('teknik'), 1.5, ['parking', 'traffic']),
  rule('avd.tek.vinter', 'Snöröjning och halka', dept('teknik'), 2.5, {
    any: [
      {
        field: 'text',
        any: [
          'snöröjning', 'vinterväghållning', 'plogning', 'ploga', 'plogat', 'plogade', 'plogad', 'plogats', 'plogas', 'plogbil',
          '=snö', 'snövall', 'halka', 'halkbekämpning', '=sandning', '=sanda', '=sandat', '=sandas', 'isgata', 'blankis',
        ],
      },
    ],
    none: [ROAD_IS_BACKGROUND],
  }),
  // snow and its weather, not the gear or sport compounded with it (a tourist's "snowsuits", a "snowboard")
  english('avd.tek.vinter.en', 'Snöröjning och halka (engelska)', dept('teknik'), 2.5, [
    '=snow=', '=snowed=', '=snowing=', '=snowfall', '=snowdrift', '=snowstorm', '=snowbank', '=snowy=', 'snowplough', 'snowplow', 'gritting', 'icy', 'covered in ice', 'sheet of ice', 'black ice',
  ]),
  words('avd.tek.va', 'Vatten och avlopp', dept('teknik'), 2.5, [
    'dricksvatten', 'vattenfaktura', 'vattenräkning', 'vattenavgift', 'va-faktura', 'kranvatten', 'vattenledning', 'vattenläcka', 'vattenmätare', 'vattentryck',
    'vattenavstängning', 'missfärgat vatten', 'brunt vatten', 'kokningsrekommendation', 'kokningsråd', 'avlopp',
    'spillvatten', 'dagvatten', 'dagvattenbrunn', 'kommunalt va', 'va-nätet', 'va-enheten', 'va-avdelningen', 'från va', 'till va', 'av va', 'ringa va', 'ring va', 'kontakta va', 'va-huvudman', 'va-avgift', 'va-taxa', 'vattentaxa', 'vattentjänster', 'rörbrott',
    'översvämning', 'källaröversvämning', 'bakåtströmning', 'golvbrunn',
    // a ban on watering in a dry summer
    'bevattningsförbud', 'bevattningsförbudet', 'vattningsförbud', 'vattna med slang', 'vattna trädgården', 'vattna gräsmattan', 'fylla poolen', 'hosepipe ban', 'watering ban',
  ]),
  // water alone is as often the sea or a lake ("ner mot vattnet", "i vattnet") as the tap
  words('avd.tek.vatten', 'Ordet vatten', dept('teknik'), 1.2, ['vatten', 'vattnet']),
  english('avd.tek.va.en', 'Vatten och avlopp (engelska)', dept('teknik'), 2.5, ['water', 'sewage', 'sewer', 'drain']),
  words('avd.tek.avfall', 'Avfall och återvinning', dept('teknik'), 2.5, [
    'avfall', 'sopor', 'soporna', 'sophämtning', 'sopkärl', 'soptunna', 'soptunnan', 'soptunnor', 'sopbil', 'sopbilen', 'sophämtningen', 'återvinning',
    'återvinningscentral', 'återvinningsstation', 'kompost', 'matavfall', 'matavfallspåse', 'slamtömning', 'grovsopor',
    'grovavfall', '=slam=', 'slammet', 'slamhämtning', 'slamavskiljare', 'latrin', 'renhållning', 'töms', 'tömmas', 'tömning', 'tömts', 'sopsäck', 'sopsäckar', 'sopsäckarna',
    // waste dumped in the open: the land's keeper clears it
    'dumpat', 'dumpade', 'dumpats', 'dumpning', 'dumpar', 'har dumpat',
    'bin collection',
    // the recycling centre by its short name, and what is left there ("ÅVC lördag", "gamla däck och skrot")
    '=åvc=', '=åvc:n', 'återvinningen', 'tippen', 'ensilageplast', 'skrot', 'farligt avfall', 'sopkalender', 'hämtschema', 'tömningsschema', 'hämtningsschema',
  ]),
  english('avd.tek.avfall.en', 'Avfall och återvinning (engelska)', dept('teknik'), 2.5, ['waste', 'garbage', 'recycling', 'recycle', 'trash', 'cardboard', 'bin collection', 'wheelie bin', 'litter bin', 'bins', 'our bin', 'my bin']),
  // benches wanted or missing along a walk are the park keepers', whatever place the walk passes ("mellan båthamnen och badet")
  words('avd.tek.bankar', 'Bänkar att sitta på', dept('teknik'), 3, [
    'inga bänkar', 'fler bänkar', 'ett par bänkar', 'några bänkar', 'en bänk till', 'sätta upp bänkar', 'sätta upp en bänk', 'sätta ut bänkar', 'ställa ut bänkar',
    'parkbänk', 'sittbänk', 'more benches', 'a bench',
  ]),
  words('avd.tek.park', 'Park och lekplats', dept('teknik'), 2, [
    '=park=', 'grönområde', 'lekplats', 'gunga', 'gungan', 'gungor', 'rutschkana', 'klätterställning',
    // (a whole word: inside a word, written without å/ä/ö, 'bänk' is the 'bank' of 'Bankgiro')
    'sandlåda', '=bänk=', '=bänkar=', 'parkbänk', 'sittbänk', 'papperskorg', 'hundrastgård', 'hundlatrin', 'promenadslinga', '=träd=', '=träden',
    // at a word's start: "sammanträdet" is a meeting
    '=trädet', 'gren', 'grenar', 'grenarna', 'buske', 'buskar', 'häck', 'gräsklippning', 'gräsmatta', 'slyröjning', 'ogräs',
    'gräsklippare', 'blomsterplantering', 'planteringar', 'blomsterrabatt', 'trädgårdsmästare',
    'odlingslott', 'odlingslotter', 'död grävling', 'dött djur på', 'gammal soffa', 'kommunens mark', 'kommunal mark', 'på kommunens mark', 'tallen', 'tallarna', 'björken', 'björkarna',
    'offentlig toalett', 'offentliga toaletten', 'offentliga toaletter', 'allmänna toaletten', 'kommunens skog', 'kommunala skogen', 'promenadstig', 'promenadstigen', 'gångstig', 'gångstigen', 'blåst ner', 'blåste ner', 'blåst omkull', 'blåste omkull',
    'omkullblåst', 'omkullblåsta', 'nedblåst', 'nedblåsta', 'fallit över', 'fallna träd',
  ]),
  english('avd.tek.park.en', 'Park och lekplats (engelska)', dept('teknik'), 2, ['playground', 'tree']),
  // a beach or bathing place to be cleaned: the park and beach keepers', whoever books the bathing place
  rule('avd.tek.strandstadning', 'Städning av strand och badplats', dept('teknik'), 4, {
    all: [
      { field: 'text', any: ['städa', 'städad', 'städade', 'städas', 'städat', 'städning', 'städningen', 'strandstädning', 'skräpigt', 'nedskräpat', 'nedskräpad', 'sjögräs', 'tång', 'cleaned', 'cleaning', 'litter'] },
      { field: 'text', any: ['strand', 'stranden', 'stränder', 'stränderna', 'badplats', 'badplatsen', 'badplatser', 'badplatserna', 'badstrand', 'badstranden', 'beach', 'beaches'] },
    ],
  }),
  // the fee for parking (not a place or a permit): the street and traffic office
  words('avd.tek.p-avgift', 'Parkeringsavgifter', dept('teknik'), 3, [
    'parkeringsavgift', 'parkeringsavgiften', 'parkeringsavgifter', 'parkeringsavgifterna', 'p-avgift', 'p-avgiften', 'parkeringstaxa', 'parkeringstaxan', 'betala för parkering', 'parking fee', 'parking fees',
  ]),
  // furniture and white goods to be fetched: bulky waste
  rule('avd.tek.grovavfall', 'Hämtning av möbler och vitvaror', dept('teknik'), 2.5, {
    all: [
      { field: 'text', any: ['hämtning', 'hämta', 'hämtar', 'hämtas', 'bortforsling', 'forsla bort', 'köra bort', 'bli av med', 'pick up', 'collect'] },
      {
        field: 'text',
        any: [
          'soffa', 'soffan', 'soffor', 'madrass', 'madrassen', 'madrasser', 'kylskåp', '=kyl=', 'frys', '=spis=', 'tvättmaskin', 'diskmaskin', 'torktumlare',
          'möbler', 'vitvaror', 'bokhylla', 'byrå', 'fåtölj', 'sofa', 'mattress', 'fridge', 'furniture',
        ],
      },
    ],
  }),
  rule('avd.tek.fel', 'Felanmälan, oftast teknik', dept('teknik'), 1, { all: [{ field: 'kind', in: ['felanmalan'] }] }),
  // a fault in a building or ground of culture and leisure (the library's roof, the sports hall's
  // door, the lit track's lamps): the facility's keeper acts, not the street's — a lamp *by* the
  // library names no part of it, and schools and preschools are left to the words (who keeps
  // their buildings differs between municipalities)
  rule('avd.kf.fel-anlaggning', 'Fel i en kultur- eller fritidsanläggning', dept('kultur_fritid'), 4, {
    all: [
      { field: 'kind', in: ['felanmalan'] },
      {
        field: 'body',
        any: [
          'bibliotek', 'simhallen', 'badhuset', 'ishallen', 'idrottshallen', 'sporthallen', 'hallen=', 'hallens',
          'fritidsgården', 'ungdomsgården', 'kulturhuset', 'museet', 'konsthallen', 'konstgräsplanen', 'fotbollsplanen', 'idrottsplatsen',
          'elljusspåret', 'elljusspår', 'motionsspåret', 'spåret', 'skidspåret', 'skoterled', 'skoterleden', 'skoter leden', 'vandringsleden', 'skidbacken', 'slalombacken', 'pulkabacken', '=liften', 'ridhuset',
          'the library', 'the sports hall', 'the swimming pool',
        ],
      },
      {
        field: 'body',
        any: [
          'dörr', 'taket', '=tak=', 'entrén', 'entrédörr', '=låset', 'låskolv', '=larmet', 'brandlarm', 'värmen', 'element', 'ventilation', '=hissen', 'toalett',
          'dusch', 'omklädningsrum', 'kranen', 'kranarna', 'fönster', '=rutan', 'belysning', 'strålkastare', '=lampor', '=lamporna', 'armatur', 'golvet',
          'trappan', 'läcker', 'vattenläcka', 'istappar', 'isflak', '=bron', 'räcket', 'plankorna', 'spången', 'door', 'roof', 'lights', 'shower', 'toilet', 'heating', 'leak',
        ],
      },
    ],
    // the street, path or crossing on the way there is the street's keeper's
    none: [{ field: 'body', any: ['gatlykt', 'gatlamp', 'gatubelysning', 'gång- och cykelväg', 'gångväg', 'cykelväg', 'gc-väg', 'trottoar', 'övergångsställe', 'hållplats'] }],
  }),
  ...payer('avd.utb.skada', 'Skolan ska ersätta skadan', 'utbildning', ['skolan', 'förskolan', 'fritids', 'fritidshemmet', 'the school', 'the preschool']),
  ...payer('avd.soc.skada', 'Omsorgen ska ersätta skadan', 'socialtjanst', ['hemtjänsten', 'boendet', 'äldreboendet', 'gruppboendet', 'home care']),
  ...payer('avd.kf.skada', 'Anläggningen ska ersätta skadan', 'kultur_fritid', ['simhallen', 'badhuset', 'biblioteket', 'ishallen', 'sporthallen', 'idrottshallen']),
  rule('avd.tek.skada', 'Skada i offentlig miljö, oftast teknik', dept('teknik'), 1, {
    all: [{ field: 'kind', in: ['skadeansprak'] }],
  }),

  // kultur och fritid
  words('avd.kf.bibliotek', 'Bibliotek', dept('kultur_fritid'), 2.5, [
    'bibliotek', 'bibliotekarie', 'lånekort', 'låna böcker', 'lånade böcker', 'e-böcker', 'meröppet', 'bokbuss',
    'fjärrlån', 'boken', 'böcker',
  ]),
  english('avd.kf.bibliotek.en', 'Bibliotek (engelska)', dept('kultur_fritid'), 2.5, ['library', 'libraries', "children's books", 'story time', 'storytime']),
  // young people and where they can be in their free time ("Kajutan har bara öppet till 19 … inget att göra"): a youth club's opening hours
  rule('avd.kf.ungdomar', 'Ungdomar och fritid', dept('kultur_fritid'), 3, {
    all: [
      { field: 'text', any: ['ungdomar', 'ungdomarna', 'tonåringar', 'tonåringarna', 'åringarna', 'teenagers', 'the kids', 'young people'] },
      { field: 'text', any: ['öppet till', 'öppet på', 'har öppet', 'öppettiderna', 'stängt på', 'helt stängt', 'hålla öppet', 'inget att göra', 'något att göra', 'ingenstans att vara', 'nothing to do', 'nowhere to go'] },
    ],
  }),
  // the municipality's ski slope: its lift, its hours and its hire
  words('avd.kf.skidbacke', 'Skidbacke och skidåkning', dept('kultur_fritid'), 2.5, [
    'skidbacke', 'skidbacken', 'slalombacke', 'slalombacken', 'skidliften', 'kvällsåkning', 'skidåkning', 'åka skidor', 'hyra skidor', 'skiduthyrning',
    'pjäxor', 'liftkort', 'skidanläggning', 'skidanläggningen', 'ski slope', 'ski lift',
  ]),
  words('avd.kf.idrott', 'Idrott, bad och bokning', dept('kultur_fritid'), 2.5, [
    'idrottshall', 'sporthall', 'simhall', 'badhus', 'badet', 'bassäng', 'omklädningsrum', 'ishall',
    'motionsspår', 'elljusspår', 'skidspår', 'vandringsled', 'idrottsplats', 'fotbollsplan', 'konstgräs', 'tennisbana',
    'innebandy', 'föreningsbidrag', 'aktivitetsstöd', 'anläggningsbidrag', 'verksamhetsbidrag', 'kulturstöd',
    'lokalbokning', 'säsongsbokning', 'ungdomstaxa', 'fritidsgård', 'ungdomsgård', 'badplats',
    'strandbad', 'friluftsbad', 'klippkort', 'simskola', 'simskolan', 'utegym', 'skatepark',
    'gymnastiksal', 'gympasal', 'badförbud', 'idrottssal', 'fiske', 'grilla', 'grillplats', 'stranden', 'scoutkår',
    // a web form's area and swimming for adults ("Område: Idrott, bad och friluftsliv", "morgonsim")
    'idrott, bad', 'friluftsliv', 'morgonsim', 'motionssim', 'pumptrack', '=bmx',
    'läger', 'ungdomsresa', 'ridhus', 'ridhuset', 'ridskola', 'ridskolan', 'ridanläggning', 'ridanläggningen', 'ridbana', 'ridbanan', 'kolonilott', 'camping', 'campingplats', 'stugby', 'turist', 'turism', 'sevärdheter', 'swimming pool', 'sports hall', 'youth centre',
  ]),
  // a hall, a shower, a changing room: parts of a sports hall, and of a home, a preschool or a harbour too
  words('avd.kf.hall', 'Hall, dusch och omklädningsrum', dept('kultur_fritid'), 1.2, ['hallen', 'hallar', 'dusch', 'duscharna', 'duschen', 'omklädningsrummet']),
  english('avd.kf.idrott.en', 'Idrott, bad och bokning (engelska)', dept('kultur_fritid'), 2.5, ['holiday', 'tourist', 'cabins', 'skate park', 'skatepark', 'football pitch', 'gym hall', 'rent skis', 'ski rental', 'ski school', 'lift pass', 'lift passes', 'ski pass']),
  // the municipality's places for sport and outdoor life: slopes, rinks, grounds, tracks
  words('avd.kf.anlaggning', 'Idrotts- och fritidsanläggningar', dept('kultur_fritid'), 2.5, [
    'idrottsanläggning', 'fritidsanläggning', 'idrotts- och fritidsanläggning', 'idrott och fritid', 'fritid och idrott', 'idrottsplatsen',
    'slalombacke', 'slalombacken', 'skidbacke', 'skidbacken', 'skidanläggning', 'liftkort', 'säsongskort', 'skidlift', 'släplift', '=liften=',
    'replokal', 'replokaler', 'repetitioner', 'kören', 'körer', 'förseningsavgift', 'återlämningsluckan', 'idrottsskola', 'anpassad idrott', 'klättring',
    'kajak', 'graffitikurs', 'outdoor concert', 'stadsfesten', 'allmänhetens åkning', 'allmän åkning', 'åka skridskor', 'fritidsledare', 'fritidsledaren', 'fritidsledarna',
    'pist', 'pisten', 'preparerade', 'preparerat', 'preparerats', 'prepareras', 'preparering', 'spårdragning', 'skidskola', 'skidskolan', 'åka skidor', 'utförsåkning', 'längdskidor', 'skidåkning', '=lift', 'isbana', 'isbanan', 'skridskobana', 'skridsko', 'bandy', 'bandyplan', 'ishockey', 'friidrott', 'löparbana',
    'multisportarena', 'spontanidrottsplats', 'pulkabacke', 'mountainbike', 'cykelled', 'vindskydd', 'grillkåta', 'badbrygga', 'hopptorn',
    'ski slope', 'ski lift', 'lift pass', 'ice rink', 'skating', 'sports ground', 'mountain biking',
    // snowmobile and hiking trails the municipality keeps
    'skoterled', 'skoterleden', 'skoterleder', 'skoterlederna', 'skoter leden', 'ledkort', 'snowmobile trail', 'snowmobile trails', 'trail card',
  ]),
  // a sports ground by its short name ("Vallby IP") — not the internet's address of a form's footer ("IP-adress loggas inte")
  rule('avd.kf.ip', 'Idrottsplats (IP)', dept('kultur_fritid'), 2.5, {
    any: [{ field: 'text', any: ['=ip='] }],
    none: [{ field: 'text', any: ['ip adress', 'ip adressen', 'ip nummer', 'ip address', 'ip-adress', 'ip-adressen', 'ip-nummer'] }],
  }),
  words('avd.kf.forening', 'Föreningar och bokning', dept('kultur_fritid'), 1.2, [
    '=förening', '=föreningar', '=föreningen', 'idrottsförening', 'idrottsföreningen', 'idrottsföreningar', 'kulturförening', 'ungdomsförening',
    'hembygdsförening', 'idrottsklubb', 'idrottsklubben', '=klubben=', '=klubbens', 'idrottslag', 'att hyra', 'hyra ut', 'hyr ut', 'kan man hyra',
    'kan vi hyra', 'kan jag hyra', 'man kan hyra', 'vi kan hyra', 'jag kan hyra', 'vill hyra', 'önskar hyra', 'folkets hus', 'medborgarhus', 'medborgarhuset', ...combine(['hyra', 'hyr', 'låna'], ['en lokal', 'lokalen', 'hallen', 'salen', 'en sal', 'planen', 'gympasalen', 'gymnastiksalen', 'idrottshallen', 'ishallen', 'banan']),
    'samlingslokal', 'bokningssystem', '=bidrag', '=bidraget', 'aktivitetsbidrag', 'närvarokort', 'lok-stöd',
  ]),
  // booking alone (a time at the crane, an officer, a wedding) is no venue: it adds to what names one
  words('avd.kf.boka', 'Ordet boka', dept('kultur_fritid'), 0.9, ['bokning', '=boka', '=bokar', '=bokat']),
  words('avd.kf.kultur', 'Kultur och evenemang', dept('kultur_fritid'), 2.5, [
    'kultur', 'kulturhus', 'kulturskola', 'musikskola', 'folkparken', 'utomhusscenen', 'friluftsscenen', 'sommarscenen', 'museum', 'museet', 'museer', 'boulebana', 'boulebanan', 'konsthall', 'teater', '=bio=', 'evenemang', 'konsert',
    'festival', 'firande', 'valborg', 'nationaldag', 'julmarknad', 'bygdegård', 'hembygdsgård', 'kultur- och fritid',
    'sommarlovsaktiviteter', 'lovaktiviteter', 'sportlovsaktiviteter', 'utställning', 'turistbyrå', 'arrangemangsbidrag',
    // what a holiday offers, by its compounds ("Sportlovsverkstaden på Hyttan"; "sportlovet" alone may be the school's)
    'sportlovsverkstad', 'lovverkstad', 'sportlovsprogram', 'lovprogram', 'sommarlovsprogram', 'höstlovsaktivitet', 'påsklovsaktivitet', 'jullovsaktivitet', 'sportlovsaktivitet',
    'kulturbidrag', 'jazz', 'konserter', 'folkets park',
  ]),
  english('avd.kf.kultur.en', 'Kultur och evenemang (engelska)', dept('kultur_fritid'), 2.5, ['event', 'culture']),

  // kontaktcenter
  // something lost or left behind in a public place; what home care lost or forgot (keys, tablets)
  // is the care's matter, told in a complaint or a claim
  // something lost or found is asked about: a question for the contact centre (no fault, no claim)
  rule('avd.kc.hittegods', 'Hittegods', { kind: 'fraga', department: 'kontaktcenter' }, 3, {
    any: [
      {
        field: 'text',
        any: [
          'borttappad', 'borttappat', 'tappat bort', 'tappade bort', 'glömde kvar', 'glömt kvar', 'glömde min', 'glömde mina',
          'kvarglömd', 'kvarglömda', 'hittegods', 'upphittad',
          'lost property', 'har någon lämnat in', 'har nån lämnat in', 'hittat en', 'hittade en', 'plånbok', 'upphittat', 'lost my', 'left my',
        ],
      },
    ],
    none: [
      { field: 'text', any: ['hemtjänst', 'hemtjänsten', 'vårdpersonal', 'vårdpersonalen', 'omsorgspersonal', 'omsorgspersonalen', 'undersköterskan', 'vårdbiträdet', 'home care'] },
      // a letter, a schedule or a code the writer lost is asked for again, not looked for ("jag har tappat bort lappen")
      { field: 'text', any: combine(['tappat bort', 'tappade bort', 'har slarvat bort', 'slarvat bort'], ['lappen', 'papperet', 'pappret', 'papperen', 'brevet', 'schemat', 'beslutet', 'blanketten', 'fakturan', 'räkningen', 'koden', 'lösenordet', 'inloggningen', 'mejlet', 'länken', 'numret']) },
    ],
  }),
  // praise or a complaint about how the municipality's customer service treated the writer: the
  // contact centre's own matter, whatever the call was about
  rule('avd.kc.service', 'Kontaktcentrets eget bemötande', dept('kontaktcenter'), 3.5, {
    all: [
      { field: 'kind', in: ['berom', 'klagomal'] },
      {
        field: 'text',
        any: [
          'kommunens kundtjänst', 'kundtjänsten', 'i kundtjänst', 'på kundtjänst', 'på kontaktcenter', 'på kontaktcentret', 'i kontaktcenter', 'kommunens växel', 'i växeln',
          'hur växeln', 'växeln och kontaktcenter', 'växeln och kundtjänst', 'kopplades bort', 'blev bortkopplad', 'telefonisten', 'medborgarservice', 'servicecenter', 'customer service', 'contact centre',
          // not getting through on the municipality's phone line, and the people at its front desk
          'stod i kö', 'stått i kö', 'stod jag i kö', 'samtalet bröts', 'bröts samtalet', 'tutade upptaget', 'kom inte fram alls', 'kommer inte fram på telefon', 'ingen svarar i telefonen',
          'svarar aldrig i telefon', 'svarar inte i telefonen',
        ],
      },
    ],
  }),
  // praise or a complaint about the person at the municipality's front desk: the contact centre's, however many errands they helped with
  rule('avd.kc.reception', 'Bemötandet i receptionen', dept('kontaktcenter'), 5, {
    all: [
      { field: 'kind', in: ['berom', 'klagomal'] },
      {
        field: 'text',
        any: [
          'at the reception', 'in the reception', 'the receptionist', 'i receptionen', 'receptionisten', 'kvinnan i receptionen', 'mannen i receptionen',
          'tjejen i receptionen', 'killen i receptionen', 'personalen i receptionen', 'i kommunhusets reception', 'i stadshusets reception',
          'på medborgarkontoret', 'i medborgarkontoret', 'medborgarkontorets personal', 'at the citizen office',
        ],
      },
    ],
    none: [
      // a thanks set aside before the real errand ("… men det är inte därför jag skriver")
      { field: 'text', any: ['inte därför jag skriver', 'inte därför jag hör av mig', 'egentliga ärende', 'det jag egentligen', 'that is not why i', "that's not why i", 'the real reason i'] },
      // the reception of a facility another department runs ("receptionen på Hyttbadet")
      { field: 'text', any: ['badet', 'badhuset', 'simhallen', 'bassängen', 'biblioteket', 'sporthallen', 'ishallen', 'museet', 'kulturhuset', 'the pool', 'the library', 'swimming', 'hallen', 'omklädningsrum'] },
      // a letter handed in at the reception: where it came in, not whom it is about
      { field: 'text', any: ['lämnat i receptionen', 'lämnades i receptionen', 'lämnad i receptionen', 'lämnat in i receptionen', 'lämnades in i receptionen', 'inlämnat i receptionen'] },
    ],
  }),
  // when the town hall's front desk is open, asked by someone who wants to hand papers in there: the
  // contact centre's question, whichever department the papers are for ("Vilka tider är receptionen
  // öppen? Jag vill lämna in ett kuvert till bygglovsavdelningen") — not papers already handed in
  rule('avd.kc.inlamning', 'Lämna in papper i receptionen', dept('kontaktcenter'), 3.5, {
    all: [
      {
        field: 'text',
        any: [
          'vill lämna in', 'ska lämna in', 'skulle lämna in', 'behöver lämna in', 'kan jag lämna in', 'kan man lämna in', 'går det att lämna in', 'lämna in personligen',
          'komma in och lämna', 'want to hand in', 'need to hand in', 'can i hand in', 'drop off',
        ],
      },
      {
        field: 'text',
        any: ['receptionen', 'i kommunhuset', 'kommunhuset öppet', 'kommunhuse öppet', 'stadshuset', 'medborgarkontoret', 'kommunens reception', 'town hall', 'front desk'],
      },
      { field: 'text', any: ['öppet', 'öppen', 'öppettider', 'har ni öppet', 'vilka tider', 'stänger', 'open', 'opening hours'] },
    ],
  }),
  words('avd.kc.allmant', 'Allmänna frågor (öppettider, reception)', dept('kontaktcenter'), 2, [
    'öppettider', 'receptionen', 'stadshuset', 'medborgarkontor', 'servicecenter', 'opening hours', 'telefonkön', 'telefonkö', 'kön hos er', 'i kö hos er',
    'har ni öppet', 'mellan jul och nyår', 'vem ska jag vända mig till', 'vart vänder jag mig', 'rätt avdelning',
    // whether the town hall is open ("e kommunhuse öppet idag på skärtorsdan", as written)
    'kommunhuset öppet', 'kommunhuse öppet', 'öppet i kommunhuset', 'stadshuset öppet',
  ]),
  words('avd.kc.inflyttad', 'Ny i kommunen', dept('kontaktcenter'), 2, [
    'new residents', 'new resident', 'moving to', 'just moved', 'moved to', 'information in english', 'flyttat hit', 'where do i start', 'checklist', 'nyinflyttad', 'flyttar till kommunen',
    'ny i kommunen', 'vad behöver vi ordna', 'what we need to arrange',
  ]),
  // a newcomer asking where to begin, across services: the contact centre gives the overview (the
  // departments each question names answer only their part)
  rule('avd.kc.oversikt', 'Ny i kommunen och undrar var man börjar', dept('kontaktcenter'), 6, {
    all: [
      {
        field: 'text',
        any: [
          'nyinflyttad', 'nyinflyttade', 'flyttat hit', 'flyttade hit', 'har flyttat till', 'flyttade till', 'flyttar till', 'ska flytta till', 'flyttar hit', 'ska flytta hit',
          'vi flyttar från', 'jag flyttar från', 'new residents', 'new resident',
          'moving to', 'move to', 'just moved', 'moved to', 'we have bought a house', 'bought a house',
        ],
      },
      {
        field: 'text',
        any: [
          'var börjar', 'var ska vi börja', 'var ska jag börja', 'where do i start', 'where do we start', 'where to start', 'vad behöver vi göra', 'vad behöver jag göra',
          'vad måste vi göra', 'vad måste jag göra', 'vad ska vi göra först', 'vad ska jag göra först', 'vad gör vi först', 'vad gör man först', 'vad behöver vi anmäla', 'vad vi behöver anmäla', 'behöver vi anmäla', 'måste vi anmäla', 'överblick', 'information för nya',
          'what do we need to do', 'what we need to do', 'many questions', 'många frågor', 'flera frågor',
          'where to begin', 'where do we begin', 'where should we begin', 'first steps', 'one place that explains', 'a few pointers', 'a checklist',
          // one door for all of it ("Is there one person or office who can help us with all of this?")
          'help us with all of this', 'help me with all of this', 'one person or office', 'one office', 'write to different departments', 'some questions', 'a few questions',
        ],
      },
    ],
  }),
  // a letter or form from the Tax Agency the writer does not understand: the contact centre refers it on
  // (not the bare nouns: a personbevis or a change of address is often only an attachment to another matter)
  words('avd.kc.skatteverket', 'Brev eller blankett från Skatteverket', dept('kontaktcenter'), 3, [
    'brev från skatteverket', 'skatteverkets blankett', 'blanketten från skatteverket', 'blankett från skatteverket', 'letter from the tax agency',
  ]),
  words('avd.kc.annan', 'Annan myndighets ansvar', dept('kontaktcenter'), 1.2, [
    'skatteverket', 'försäkringskassan', 'arbetsförmedlingen', 'migrationsverket', 'polisen', 'trafikverket', 'vårdcentral',
    '1177', 'postnord', 'csn', 'länsstyrelsen', 'kronofogden', 'vaccination', 'vaccin', 'sjukvård', 'tandvård',
    'regionen', 'kollektivtrafik', 'busslinje', 'strömavbrott', 'strömavbrottet', 'elavbrott', 'elavbrottet', 'utan ström', 'strömmen borta', 'strömmen är borta', 'strömmen gick', 'strömmen har gått',
    'elbolaget', 'elnätsbolaget', 'nätbolaget', 'power cut', 'power outage',
  ]),
  // what belongs to a landlord or a housing cooperative (a lift, a laundry room, a stairwell, a lock, a refuse room, the yard) and
  // the landlord is said to own or neglect it: the contact centre tells the tenant where to turn ("Hissen … har varit trasig i nio
  // dagar. Norrporten säger att reservdelen är beställd", "bokningstavlan i tvättstugan funkar inte, hyresvärden svarar ej") — not
  // the nuisances environmental health supervises in a home (mould, damp, vermin, noise, cold), which are its matter
  rule('avd.kc.hyresvard', 'Hyresvärdens eller föreningens sak', dept('kontaktcenter'), 2.5, {
    all: [
      {
        field: 'text',
        any: [
          'hyresvärd', 'hyresvärden', 'hyresvärdar', 'fastighetsägare', 'fastighetsägaren', 'fastighetsbolag', 'fastighetsbolaget', 'bostadsbolag', 'bostadsbolaget',
          'bostadsrättsförening', 'bostadsrättsföreningen', 'bostadsrättsföreningens', '=brf=', 'vägsamfällighet', 'vägsamfälligheten', 'vägsamfällighetens',
          'vägförening', 'vägföreningen', 'vägföreningens', 'samfälligheten', 'landlord', 'housing company', 'housing cooperative',
        ],
      },
      {
        field: 'text',
        any: [
          '=hiss=', '=hissen=', 'tvättstuga', 'tvättstugan', 'tvättmaskin', 'torktumlare', 'trapphus', 'trapphuset', 'trappuppgång', 'trappuppgången', 'porten', 'portdörr',
          'portdörren', 'port dörren', 'portlås', 'portlåset', 'soprummet', 'soprum', 'förrådet', 'källarförråd', 'källaren', '=gården=', 'gårdarna', 'gästparkering',
          'gästparkeringen', 'badrummet', 'balkongen', 'enskild väg', 'enskilda vägen', 'enskild grusväg', 'vår väg', 'vägen är vår', 'bron på',
          'the lift', 'the elevator', 'laundry room', 'stairwell', 'the yard', 'the flat', 'the apartment',
        ],
      },
    ],
    none: [
      {
        field: 'text',
        any: [
          'mögel', 'fukt', 'ohyra', 'skadedjur', 'kackerlackor', 'vägglöss', 'råttor', 'möss', 'buller', 'oväsen', 'störande', 'stank', 'luktar', 'röker', 'röken', 'drag',
          'inomhustemperatur', 'kallt i lägenheten', 'kallt inne', '=kallt=', 'värmen', '=grader=', 'radon', 'ventilation', 'mould', 'mold', 'damp', 'pests', 'noise', 'cold',
          // (a road association asking for the municipality's grant or its ploughing by contract: the roads' matter)
          'bidrag', 'driftbidrag', 'vägbidrag', 'avtal', 'avtalet',
          // (… and the municipality's own services and works told beside the landlord: care, transport, housing help, water, waste,
          // building — "färdtjänstbilen kommer inte in på gården för hyresvärdens bom", "vattnet i lägenheten är brunt")
          'hemtjänst', 'hemtjänsten', 'färdtjänst', 'färdtjänsten', 'försörjningsstöd', 'bostadsanpassning', 'akutboende', 'akut boende', 'vräk', 'vräkt', 'vräkning',
          '=vattnet=', 'avlopp', 'avloppet', 'sopbil', 'sopbilen', 'sophämtning', 'iskall', 'element', 'elementen', 'attefall', 'anmäla', 'bygga', 'bygglov',
        ],
      },
    ],
  }),
  // fishing rights and licences belong to the water's owners (a fiskevårdsområde), not the
  // municipality: the contact centre refers the writer on, whatever lake or jetty is named
  words('avd.kc.fiske', 'Fiskekort (fiskevårdsområdets)', dept('kontaktcenter'), 4, [
    'fiskekort', 'fiskekortet', 'fiskevårdsområde', 'fiskevårdsområdet', 'fiskerättsägare', 'fishing licence', 'fishing license', 'fishing permit',
  ]),
  // a driving licence or a passport is the state's (Transportstyrelsen, the police): the contact
  // centre refers the writer on, whatever the form's category says
  words('avd.kc.korkort', 'Körkort och pass (statens)', dept('kontaktcenter'), 4, [
    'förnya körkort', 'förnya mitt körkort', 'förnya körkortet', 'körkort gick ut', 'körkortet gick ut', 'körkortet har gått ut', 'mitt körkort har gått ut',
    'körkortstillstånd', 'förnya passet', 'förnya mitt pass', 'ansöka om pass', 'renew my driving licence', 'driving licence expired', 'renew my passport',
  ]),
  // a state road (länsväg, riksväg, a European route) is kept by Trafikverket, and a collision with
  // game is for the police: outside the municipality's remit, the contact centre refers it on
  rule('avd.kc.statlig-vag', 'Statlig väg eller viltolycka', dept('kontaktcenter'), 7, {
    any: [
      {
        field: 'body',
        any: [
          'länsväg', 'länsvägen', 'riksväg', 'riksvägen', 'statlig väg', 'statliga vägen', 'trafikverkets väg', 'europaväg', 'viltolycka', 'viltolyckan',
          // a European route by its number ("E4:an", "E4-rondellen")
          'e4', 'e4:an', 'e6', 'e6:an', 'e10', 'e12', 'e14', 'e16', 'e18', 'e20', 'e22', 'e45', 'e65',
          ...combine(['körde på', 'kört på', 'krockade med', 'har kört på'], ['en ren', 'ett rådjur', 'en älg', 'ett vildsvin', 'ett djur']),
          'state road', 'hit a reindeer', 'hit a moose', 'hit an elk', 'hit a deer',
        ],
      },
      // a road by its number ("väg 1050", "riksväg 40"): a state road (numberedRoad.ts)
      { field: 'signal', in: ['numberedRoad'] },
    ],
    // (a damage claim goes to whose activity caused the damage, SPEC §1 — often the municipality's own plough)
    // (… nor a municipal street told beside the state road it leads to: "vår gata, Skogsbrynet, som är kommunal, har inte plogats …
    // Man kommer knappt ut till 226:an")
    none: [
      { field: 'kind', in: ['skadeansprak'] },
      {
        field: 'body',
        any: [
          'kommunens väg', 'kommunal väg', 'kommunala vägen', 'kommunens gata', 'gatan', 'tomten', 'i parken', 'vår gata', 'är kommunal', 'kommunal gata', 'kommunala gator',
          'kommunala gatan', 'kommunens gator', 'kommunens vägar',
          // (a footpath, a cycle path or a pedestrian tunnel or bridge by it is the town's: "Gångtunneln under väg 287", "Gatlampan vid
          // gångtunneln under riksvägen")
          'gångtunnel', 'gångtunneln', 'gångbro', 'gångbron', 'cykeltunnel', 'cykeltunneln', 'gångväg', 'gångvägen', 'cykelväg', 'cykelvägen', 'gc-väg', 'gc-vägen',
          'gång- och cykelväg', 'gång och cykelväg', 'cykelbana', 'cykelbanan', 'trottoar', 'trottoaren',
          // (… nor a service whose way it is, or a plan or a building beside it: "skolskjuts längs väg 555", "detaljplanen öster om väg 25")
          'skolskjuts', 'skolskjutsen', 'skolbuss', 'skolbussen', 'skolväg', 'skolvägen', 'färdtjänst', 'detaljplan', 'detaljplanen', 'samråd', 'bygglov', '=bygga=',
        ],
      },
    ],
  }),
];

/** The default Swedish routing rule set shipped in every preset. */
export const DEFAULT_ROUTING_RULES: RoutingRule[] = [
  ...NOT_A_CASE,
  ...SUBJECT_LABELS,
  ...CONCERN,
  ...ELECTED,
  ...DAMAGE,
  ...APPLICATION,
  ...FAULT,
  ...OPINION,
  ...DEPARTMENTS,
];
