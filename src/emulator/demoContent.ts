/**
 * Swedish demo content for Exempelby kommun's shared mailbox (kommun@exempelby.se). Everything is
 * fictional: people, streets, companies. Phone numbers are from the PTS series reserved for fiction
 * (070-174 06 05 – 070-174 06 99), personnummer end in -0000, addresses use the .example TLD.
 * Each template carries the labels a careful contact-center officer would give it (SPEC §1).
 */
import type { Channel, DefaultDepartmentId, Kind } from '../core/vocabulary';

export interface Person {
  first: string;
  last: string;
  email: string;
}

export interface Ctx {
  p: Person;
  phone: string;
  street: string;
  area: string;
  school: string;
  child: string;
  pnr: string;
  date: string;
  n: number;
}

export interface Template {
  channel: Channel;
  kind: Kind;
  department: DefaultDepartmentId;
  /** A web form without reply address. */
  anonymous?: boolean;
  /** Machine mail: a fixed sender, never answered. */
  machine?: { name: string; address: string };
  /** Web form name (E-tjänst: …) or Webbformulär: Kontakta oss. */
  form?: string;
  /** For telefon: a typed call note instead of a voicemail. */
  callNote?: boolean;
  html?: boolean;
  subject: (c: Ctx) => string;
  text: (c: Ctx) => string;
  importance?: 'low' | 'normal' | 'high';
}

export const PEOPLE: Person[] = [
  { first: 'Anna', last: 'Lindqvist', email: 'anna.lindqvist@mejl.example' },
  { first: 'Mohammed', last: 'Haddad', email: 'm.haddad@post.example' },
  { first: 'Karin', last: 'Åberg', email: 'karin.aberg@mejl.example' },
  { first: 'Per', last: 'Johansson', email: 'perjohansson54@post.example' },
  { first: 'Leila', last: 'Ahmadi', email: 'leila.ahmadi@mejl.example' },
  { first: 'Erik', last: 'Sundström', email: 'erik.sundstrom@foretag.example' },
  { first: 'Sofia', last: 'Nyberg', email: 'sofia.nyberg@mejl.example' },
  { first: 'Hassan', last: 'Abdi', email: 'hassan.abdi@post.example' },
  { first: 'Birgitta', last: 'Holm', email: 'birgitta.holm@mejl.example' },
  { first: 'Jonas', last: 'Ek', email: 'jonas.ek@post.example' },
  { first: 'Maria', last: 'Svensson', email: 'maria.s@mejl.example' },
  { first: 'Ali', last: 'Yilmaz', email: 'ali.yilmaz@post.example' },
  { first: 'Ingrid', last: 'Berg', email: 'ingrid.berg@mejl.example' },
  { first: 'Lars', last: 'Gustafsson', email: 'lars.gustafsson@post.example' },
  { first: 'Fatima', last: 'Warsame', email: 'fatima.warsame@mejl.example' },
  { first: 'Oskar', last: 'Lund', email: 'oskar.lund@post.example' },
  { first: 'Elin', last: 'Forsberg', email: 'elin.forsberg@mejl.example' },
  { first: 'Göran', last: 'Pettersson', email: 'goran.p@post.example' },
  { first: 'Aisha', last: 'Karimi', email: 'aisha.karimi@mejl.example' },
  { first: 'Nils', last: 'Hedlund', email: 'nils.hedlund@post.example' },
  { first: 'Ulla', last: 'Sjöberg', email: 'ulla.sjoberg@mejl.example' },
  { first: 'Tomas', last: 'Wikström', email: 'tomas.wikstrom@post.example' },
  { first: 'Sara', last: 'Mattsson', email: 'sara.mattsson@mejl.example' },
  { first: 'Ahmed', last: 'Osman', email: 'ahmed.osman@post.example' },
];

export const STREETS = ['Storgatan 12', 'Björkvägen 4', 'Kyrkbacken 7', 'Sjövägen 21', 'Ängsvägen 3', 'Skolgatan 9', 'Tallstigen 15', 'Hamngatan 2'];
export const AREAS = ['Norrby', 'Söderåsen', 'centrum', 'Västerhöjden', 'Ekbacken', 'Strandängen'];
export const SCHOOLS = ['Norrbyskolan', 'Ekbackens skola', 'Västerhöjdens skola', 'Strandängsskolan'];
export const CHILDREN = ['Elsa', 'Noah', 'Alice', 'Liam', 'Maja', 'Hugo', 'Selma', 'Omar'];

const sig = (c: Ctx): string => `\n\nMed vänliga hälsningar\n${c.p.first} ${c.p.last}\n${c.street}, ${c.area}`;

export const TEMPLATES: Template[] = [
  // ---------------------------------------------------------------- e-post
  {
    channel: 'epost', kind: 'fraga', department: 'kontaktcenter',
    subject: () => 'Öppettider i mellandagarna?',
    text: (c) => `Hej!\n\nHar kommunhusets reception öppet mellan jul och nyår? Jag behöver lämna in en blankett och vill inte åka förgäves.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'fraga', department: 'utbildning',
    subject: (c) => `Skolskjuts för ${c.child}`,
    text: (c) => `Hej,\n\nVi flyttar till ${c.street} i ${c.area} efter nyår. Har ${c.child}, som går i årskurs 2 på ${c.school}, rätt till skolskjuts från den nya adressen, och hur lång tid tar det att få besked?${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'fraga', department: 'samhallsbyggnad',
    subject: () => 'Behövs bygglov för altan?',
    text: (c) => `Hej!\n\nVi vill bygga en altan på ungefär 25 kvadratmeter, 60 cm över marken, på baksidan av huset på ${c.street}. Behöver vi söka bygglov eller räcker det med en anmälan?${sig(c)}`,
    html: true,
  },
  {
    channel: 'epost', kind: 'fraga', department: 'kultur_fritid',
    subject: () => 'Lånekort till barnen',
    text: (c) => `Hej biblioteket,\n\nKan mina barn (7 och 10 år) få egna lånekort, och behöver jag följa med och skriva under?${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'fraga', department: 'socialtjanst',
    subject: () => 'Hur ansöker man om hemtjänst?',
    text: (c) => `Hej,\n\nMin mamma är 86 år och klarar sig allt sämre själv. Hur går det till att ansöka om hemtjänst åt henne, och kan jag göra det åt henne med fullmakt?${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'fraga', department: 'kommunledning',
    subject: (c) => `Påminnelse: faktura 2026-${4100 + c.n} förfallen`,
    text: (c) => `Hej,\n\nVi har ännu inte fått betalt för faktura 2026-${4100 + c.n} (avser konsultstöd i oktober, 48 500 kr) som förföll för tio dagar sedan. Vänligen bekräfta när betalning sker.\n\nMed vänlig hälsning\n${c.p.first} ${c.p.last}\nEkonomi, Byggkonsult i Exempelby AB\nOrg.nr 556000-0001`,
    html: true,
  },
  {
    channel: 'epost', kind: 'fraga', department: 'kommunledning',
    subject: () => 'Fråga från Exempelby Tidning om budgeten',
    text: (c) => `Hej,\n\nJag är reporter på Exempelby Tidning och skriver om nästa års budget. Kan någon på kommunen kommentera neddragningarna inom kultur i dag eller i morgon? Nås på ${c.phone}.\n\n${c.p.first} ${c.p.last}, reporter`,
  },
  {
    channel: 'epost', kind: 'felanmalan', department: 'teknik',
    subject: (c) => `Gatlampa släckt på ${c.street.split(' ')[0]}`,
    text: (c) => `Hej!\n\nGatlampan utanför ${c.street} har varit släckt i över en vecka. Det är kolsvart på gång- och cykelvägen på morgonen när barnen går till skolan. Stolpen har nummer ${300 + c.n} på en liten skylt.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'felanmalan', department: 'teknik',
    subject: () => 'Stort hål i vägen',
    text: (c) => `Det har gått upp ett stort potthål i körbanan vid busshållplatsen i ${c.area}, kanske 40 cm brett och djupt. Bilarna svänger ut i mötande körfält för att undvika det. Kan ni laga det innan någon kör sönder något?${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'felanmalan', department: 'kultur_fritid',
    subject: () => 'Trasig dörr i idrottshallen',
    text: (c) => `Hej,\n\nYtterdörren till omklädningsrummen i ${c.area}hallen går inte att låsa, låskolven har lossnat. Vi i innebandyföreningen tränar där varje tisdag och torsdag.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'klagomal', department: 'samhallsbyggnad',
    subject: () => 'Grannen bygger utan lov',
    text: (c) => `Hej,\n\nGrannen på andra sidan häcken vid ${c.street} har byggt ett stort garage ända fram till tomtgränsen och nu har de börjat på en övervåning. Ingen har frågat oss. Jag vill att kommunen tittar på om det finns bygglov.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'klagomal', department: 'utbildning',
    subject: () => 'Bemötande i skolmatsalen',
    text: (c) => `Hej,\n\nMin son ${c.child} har celiaki och har flera gånger fått höra av personalen i matsalen på ${c.school} att han "får ta det som finns". I fredags fick han ingen lunch alls. Jag är mycket besviken på hur detta hanteras.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'klagomal', department: 'socialtjanst',
    subject: () => 'Hemtjänsten kommer aldrig i tid',
    text: (c) => `Hej,\n\nMin pappa på ${c.street} ska få hjälp med frukost klockan åtta, men hemtjänsten kommer ofta efter tio, och ingen hör av sig. Han har diabetes och måste äta. Det här har pågått i flera veckor.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'berom', department: 'socialtjanst',
    subject: () => 'Tack till hemtjänsten!',
    text: (c) => `Hej!\n\nJag vill bara säga att personalen i hemtjänstgruppen i ${c.area} är fantastiska. De har tagit hand om min mamma med sådan värme under hösten. Skicka gärna vidare detta till dem.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'berom', department: 'kultur_fritid',
    subject: () => 'Så bra sagostund!',
    text: (c) => `Hej biblioteket,\n\nVi var på sagostunden i lördags och barnen pratar fortfarande om den. Stort tack till er som ordnade den!${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'forslag', department: 'teknik',
    subject: () => 'Fler bänkar i parken',
    text: (c) => `Hej,\n\nJag har ett förslag: sätt upp några bänkar längs promenadstigen i ${c.area}parken. Många äldre går där och behöver kunna vila en stund.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'forslag', department: 'kultur_fritid',
    subject: () => 'Förslag: längre öppettider i simhallen',
    text: (c) => `Hej,\n\nSkulle simhallen kunna ha öppet till klockan 21 på vardagar? Många av oss som jobbar hinner inte simma före 19.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'ansokan', department: 'kommunledning',
    subject: () => 'Ansökan: administratör, ref 2026/118',
    text: (c) => `Hej,\n\nHärmed söker jag tjänsten som administratör (ref 2026/118). CV och personligt brev bifogas. Jag har arbetat sex år med ärendehantering i offentlig sektor.\n\nVänliga hälsningar\n${c.p.first} ${c.p.last}\n${c.phone}`,
  },
  {
    channel: 'epost', kind: 'ansokan', department: 'kommunledning',
    subject: () => 'Begäran om allmän handling',
    text: (c) => `Hej,\n\nJag begär att få ta del av kommunstyrelsens beslut om försäljning av fastigheten Exempelby 4:12, med tillhörande värderingsintyg. Skicka gärna handlingarna digitalt.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'ansokan', department: 'kultur_fritid',
    subject: () => 'Ansökan om föreningsbidrag',
    text: (c) => `Hej,\n\nExempelby Schackklubb ansöker härmed om aktivitetsbidrag för hösten 2026. Vi har 34 medlemmar under 20 år och 96 sammankomster. Närvarolistor bifogas.\n\n${c.p.first} ${c.p.last}, kassör`,
  },
  {
    channel: 'epost', kind: 'ansokan', department: 'samhallsbyggnad',
    subject: () => 'Anmälan om registrering av livsmedelsanläggning',
    text: (c) => `Hej,\n\nJag öppnar ett litet café på ${c.street} i februari och skickar härmed in anmälan om registrering av livsmedelsanläggning. Blanketten är ifylld och bifogad.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'skadeansprak', department: 'teknik',
    subject: () => 'Krav på ersättning – däck sönder i potthål',
    text: (c) => `Hej,\n\nI tisdags körde jag i ett potthål vid ${c.street} och fälgen och däcket gick sönder. Reparationen kostade 6 480 kr (kvitto bifogat). Jag begär att kommunen ersätter kostnaden.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'skadeansprak', department: 'utbildning',
    subject: () => 'Glasögon sönder på skolutflykt',
    text: (c) => `Hej,\n\n${c.child}s glasögon gick sönder när en lärare trampade på dem under klassens utflykt från ${c.school}. Nya glasögon kostar 2 950 kr. Vi vill att skolan ersätter dem.${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'fortroendevald', department: 'kommunledning',
    subject: () => 'Till kommunstyrelsens ordförande',
    text: (c) => `Hej,\n\nJag vill att detta vidarebefordras till kommunstyrelsens ordförande. Varför läggs biblioteksfilialen i ${c.area} ner när det lovades i valrörelsen att den skulle vara kvar?${sig(c)}`,
  },
  {
    channel: 'epost', kind: 'orosanmalan', department: 'socialtjanst',
    subject: () => 'Orolig för grannens barn',
    text: (c) => `Hej,\n\nJag bor på ${c.street}. I lägenheten bredvid bor en pojke i tioårsåldern som ofta är ensam hemma sent på kvällarna. I går hörde jag vuxna skrika och något slå i väggen, och i morse satt han i trapphuset utan jacka. Jag är orolig för honom.${sig(c)}`,
    importance: 'high',
  },
  {
    channel: 'epost', kind: 'orosanmalan', department: 'socialtjanst',
    subject: () => 'Orosanmälan från BVC',
    text: (c) => `Till socialtjänsten,\n\nVi gör härmed en orosanmälan gällande ett barn, 2 år, folkbokfört på ${c.street}. Barnet har uteblivit från tre planerade besök och vid senaste besöket noterades blåmärken som vårdnadshavaren inte kunde förklara. Kontakta mig på ${c.phone}.\n\n${c.p.first} ${c.p.last}\nBarnsjuksköterska, BVC Exempelby, Region Exempel`,
    importance: 'high',
  },
  // ---------------------------------------------------------------- telefon (växeln)
  {
    channel: 'telefon', kind: 'fraga', department: 'teknik',
    subject: (c) => `Röstmeddelande från ${c.phone}`,
    text: (c) => `Röstmeddelande (0:42) från ${c.phone}\n\nTranskribering: Ja hej, det är ${c.p.first} ${c.p.last} på ${c.street}. Jag undrar vilken dag soporna hämtas nu efter att ni bytte entreprenör. Ring gärna tillbaka. Tack.`,
  },
  {
    channel: 'telefon', kind: 'felanmalan', department: 'teknik', callNote: true,
    subject: (c) => `Telefonmeddelande: vattenläcka ${c.area}`,
    text: (c) => `Samtal till växeln kl 07:52.\nUppringare: ${c.p.first} ${c.p.last}, ${c.phone}\n\nDet forsar vatten upp ur en brunn i korsningen vid ${c.street}. Vattnet rinner ut på vägen och börjar frysa. Vill bli uppringd när någon är på väg.\n\n/Växeln`,
    importance: 'high',
  },
  {
    channel: 'telefon', kind: 'klagomal', department: 'teknik',
    subject: (c) => `Röstmeddelande från ${c.phone}`,
    text: (c) => `Röstmeddelande (1:15) från ${c.phone}\n\nTranskribering: Hej, ${c.p.first} här. Varje gång det snöar plogar ni så att hela snövallen hamnar framför vår infart på ${c.street} och jag har sagt det förut. Det är inte rimligt att jag ska skotta bort er vall varje morgon.`,
  },
  {
    channel: 'telefon', kind: 'berom', department: 'teknik',
    subject: (c) => `Röstmeddelande från ${c.phone}`,
    text: (c) => `Röstmeddelande (0:31) från ${c.phone}\n\nTranskribering: Hej, jag ville bara säga tack till er som lagade vattenledningen i ${c.area} i natt. Snabbt och bra jobbat. Hej hej.`,
  },
  {
    channel: 'telefon', kind: 'fortroendevald', department: 'kommunledning', callNote: true,
    subject: () => 'Telefonmeddelande: vill tala med kommunalrådet',
    text: (c) => `Samtal till växeln kl 10:14.\nUppringare: ${c.p.first} ${c.p.last}, ${c.phone}\n\nVill att kommunalrådet ringer upp angående nedläggningen av skolan i ${c.area}. Har försökt flera gånger.\n\n/Växeln`,
  },
  {
    channel: 'telefon', kind: 'orosanmalan', department: 'socialtjanst', callNote: true,
    subject: () => 'Telefonmeddelande: orolig för äldre granne',
    text: (c) => `Samtal till växeln kl 14:40.\nUppringare: ${c.p.first} ${c.p.last}, ${c.phone}\n\nRinger om sin granne, en äldre dam på ${c.street}, som verkar förvirrad, har gått ut i bara nattlinne två gånger i veckan och inte har mat hemma. Ingen anhörig finns. Uppringaren är mycket orolig.\n\n/Växeln`,
    importance: 'high',
  },
  {
    channel: 'telefon', kind: 'ej_arende', department: 'kontaktcenter',
    subject: (c) => `Röstmeddelande från ${c.phone}`,
    text: (c) => `Röstmeddelande (0:04) från ${c.phone}\n\nTranskribering: (inget tal)`,
  },
  {
    channel: 'telefon', kind: 'skadeansprak', department: 'teknik', callNote: true,
    subject: () => 'Telefonmeddelande: sopbil körde på staket',
    text: (c) => `Samtal till växeln kl 11:05.\nUppringare: ${c.p.first} ${c.p.last}, ${c.phone}\n\nSopbilen backade in i staketet vid ${c.street} i morse och två sektioner är knäckta. Hen vill att kommunen betalar lagningen och undrar hur man gör anspråk.\n\n/Växeln`,
  },
  // ---------------------------------------------------------------- SMS
  {
    channel: 'sms', kind: 'fraga', department: 'kultur_fritid',
    subject: (c) => `SMS från ${c.phone}`,
    text: () => 'Hej har simhallen öppet på lördag eller är det stängt pga tävling?',
  },
  {
    channel: 'sms', kind: 'felanmalan', department: 'teknik',
    subject: (c) => `SMS från ${c.phone}`,
    text: (c) => `Hej. Lyktstolpen vid lekplatsen på ${c.street} blinkar hela natten och nu är den helt släckt. /${c.p.first}`,
  },
  {
    channel: 'sms', kind: 'klagomal', department: 'utbildning',
    subject: (c) => `SMS från ${c.phone}`,
    text: (c) => `Skolskjutsen till ${c.school} kom 25 min sent igen idag och ingen meddelade. Tredje gången denna månad. Mycket dåligt.`,
  },
  {
    channel: 'sms', kind: 'berom', department: 'utbildning',
    subject: (c) => `SMS från ${c.phone}`,
    text: (c) => `Vill bara säga att fritids på ${c.school} är jättebra, ${c.child} älskar att vara där. Tack!`,
  },
  {
    channel: 'sms', kind: 'orosanmalan', department: 'socialtjanst',
    subject: (c) => `SMS från ${c.phone}`,
    text: (c) => `Hej jag är orolig för en flicka ca 12 år som sovit i trappuppgången på ${c.street} två nätter nu. Hon säger att hon inte får komma hem. Vad ska jag göra`,
    importance: 'high',
  },
  {
    channel: 'sms', kind: 'ej_arende', department: 'kontaktcenter', anonymous: false,
    subject: (c) => `SMS från ${c.phone}`,
    text: () => 'Ditt paket kunde inte levereras. Bekräfta adress och betala 19 kr: http://paket-avisering.example/se',
  },
  // ---------------------------------------------------------------- post (skannad)
  {
    channel: 'post', kind: 'fraga', department: 'socialtjanst',
    subject: (c) => `Inskannad post ${c.date} (1 sida)`,
    text: (c) => `Till Exempelby kommun\n\nJag har fatt fardtjanst beviljad men forstar inte hur jag bestaller resor till sjukhuset i grannkommunen. Galler fardtjansten dit? Jag har ingen dator.\n\n${c.p.first} ${c.p.last}\n${c.street}\nTel ${c.phone}`,
  },
  {
    channel: 'post', kind: 'ansokan', department: 'samhallsbyggnad',
    subject: (c) => `Inskannad post ${c.date} (6 sidor)`,
    text: (c) => `ANSÖKAN OM BYGGLOV\n\nFastighet: Exempelby ${c.n % 9 + 1}:${20 + c.n}\nAdress: ${c.street}\nÅtgärd: Tillbyggnad av enbostadshus, 32 m2\nSökande: ${c.p.first} ${c.p.last}, ${c.pnr}\n\nRitningar och situationsplan bifogas.`,
  },
  {
    channel: 'post', kind: 'klagomal', department: 'socialtjanst',
    subject: (c) => `Inskannad post ${c.date} (2 sidor)`,
    text: (c) => `Till socialnämnden\n\nMaten på äldreboendet i ${c.area} har blivit mycket sämre sedan i somras. Min man får ofta kall mat och portionerna är för små. Personalen säger att det är köket som bestämmer. Jag vill att ni gör något åt detta.\n\n${c.p.first} ${c.p.last}`,
  },
  {
    channel: 'post', kind: 'skadeansprak', department: 'teknik',
    subject: (c) => `Skannad post ${c.date} (3 sidor)`,
    text: (c) => `Skadeanmälan\n\nDen 3 november halkade jag på isen på trottoaren utanför ${c.street}, som inte var sandad, och bröt handleden. Jag kräver ersättning för sjukvårdskostnader och inkomstbortfall enligt bifogade kvitton.\n\n${c.p.first} ${c.p.last}, ${c.pnr}`,
  },
  {
    channel: 'post', kind: 'fortroendevald', department: 'kommunledning',
    subject: (c) => `Inskannad post ${c.date} (1 sida)`,
    text: (c) => `Till kommunfullmäktiges ordförande\n\nJag skriver till dig som ordförande eftersom ingen annan lyssnar. Bussförbindelsen till ${c.area} har dragits in och vi äldre kan inte längre ta oss till vårdcentralen.\n\n${c.p.first} ${c.p.last}\n${c.street}`,
  },
  {
    channel: 'post', kind: 'berom', department: 'kultur_fritid',
    subject: (c) => `Inskannad post ${c.date} (1 sida)`,
    text: (c) => `Hej!\n\nTack för den fina julkonserten i kulturhuset. Kulturskolans elever var underbara. Det var länge sedan jag hade en så trevlig kväll.\n\nVänliga hälsningar ${c.p.first} ${c.p.last}`,
  },
  {
    channel: 'post', kind: 'ej_arende', department: 'kontaktcenter',
    subject: (c) => `Inskannad post ${c.date} (4 sidor)`,
    text: () => 'ERBJUDANDE TILL KOMMUNER\n\nKontorsmaterial till lägsta pris! Beställ före månadsskiftet och få 20 % rabatt på alla pärmar. Kontorsgrossisten Exempel AB, 556000-0003.',
  },
  // ---------------------------------------------------------------- webb (e-tjänster)
  {
    channel: 'webb', kind: 'felanmalan', department: 'teknik', form: 'Felanmälan',
    subject: () => 'E-tjänst: Felanmälan',
    text: (c) => `Typ av fel: Gata/väg\nPlats: ${c.street}\nBeskrivning: Klotter och krossat glas i gångtunneln under järnvägen. Glaset ligger över hela cykelbanan.`,
  },
  {
    channel: 'webb', kind: 'klagomal', department: 'teknik', form: 'Synpunkt - Klagomål', anonymous: true,
    subject: () => 'E-tjänst: Synpunkt - Klagomål',
    text: (c) => `Typ av synpunkt: Klagomål\nOmråde: Gator, vägar och snöröjning\nDin synpunkt: Gång- och cykelvägen i ${c.area} plogas alltid sist. Bilvägen är plogad flera gånger innan någon tänker på oss som går.`,
  },
  {
    channel: 'webb', kind: 'forslag', department: 'kommunledning', form: 'E-förslag',
    subject: () => 'E-tjänst: E-förslag',
    text: (c) => `Rubrik: Solceller på kommunens skolor\nFörslag: Kommunen bör installera solceller på taken på alla kommunala skolor, med början på ${c.school}. Elevernas energiarbete kan kopplas till produktionen.\nJag vill att förslaget publiceras för röstning.`,
  },
  {
    channel: 'webb', kind: 'berom', department: 'kultur_fritid', form: 'Synpunkt - Beröm',
    subject: () => 'E-tjänst: Synpunkt - Beröm',
    text: (c) => `Typ av synpunkt: Beröm\nOmråde: Fritid och idrott\nDin synpunkt: Det nya utegymmet i ${c.area} är toppen! Används av alla åldrar varje dag.`,
  },
  {
    channel: 'webb', kind: 'fraga', department: 'utbildning', form: 'Kontakta oss',
    subject: () => 'Webbformulär: Kontakta oss',
    text: (c) => `Ämne: Förskola\nMeddelande: Hur lång är kön till förskolorna i ${c.area} just nu? Vi behöver plats från april när föräldraledigheten tar slut.`,
  },
  {
    channel: 'webb', kind: 'orosanmalan', department: 'socialtjanst', form: 'Kontakta oss',
    subject: () => 'Webbformulär: Kontakta oss',
    text: (c) => `Ämne: Övrigt\nMeddelande: Jag är lärare och vill göra en orosanmälan om en elev, ${c.child}, 9 år, som berättat att hen inte fått mat hemma på flera dagar och som har tydliga blåmärken på armarna.`,
    importance: 'high',
  },
  {
    channel: 'webb', kind: 'forslag', department: 'kultur_fritid', form: 'Synpunkt - Förslag', anonymous: true,
    subject: () => 'E-tjänst: Synpunkt - Förslag',
    text: () => 'Typ av synpunkt: Förslag\nOmråde: Bibliotek\nDin synpunkt: Öppna biblioteket på söndagar under vintern, det finns inget annat att göra för ungdomar då.',
  },
  {
    channel: 'webb', kind: 'fraga', department: 'samhallsbyggnad', form: 'Kontakta oss',
    subject: () => 'Webbformulär: Kontakta oss',
    text: (c) => `Ämne: Detaljplan\nMeddelande: Jag har hört att det ska byggas flerbostadshus på ängen vid ${c.street}. Var kan jag läsa detaljplanen och när kan man lämna synpunkter?`,
  },
  // ---------------------------------------------------------------- machine mail (e-post, inget ärende)
  {
    channel: 'epost', kind: 'ej_arende', department: 'kontaktcenter',
    subject: () => 'Automatiskt svar: Ert ärende',
    text: (c) => `Hej,\n\nJag är på semester till och med ${c.date} och läser inte min e-post. Vid brådskande ärenden, kontakta växeln.\n\n${c.p.first} ${c.p.last}`,
  },
  {
    channel: 'epost', kind: 'ej_arende', department: 'kontaktcenter',
    machine: { name: 'Microsoft Outlook', address: 'postmaster@exempelby.se' },
    subject: () => 'Olevererbart: Svar på din fråga',
    text: (c) => `Det gick inte att leverera meddelandet till ${c.p.email}.\n\nMottagarens e-postserver avvisade meddelandet: 550 5.1.1 User unknown.`,
  },
  {
    channel: 'epost', kind: 'ej_arende', department: 'kontaktcenter',
    subject: () => 'Läst: Angående ert ärende',
    text: (c) => `Ditt meddelande\n\nTill: ${c.p.email}\nÄmne: Angående ert ärende\n\nlästes ${c.date}.`,
  },
  {
    channel: 'epost', kind: 'ej_arende', department: 'kontaktcenter',
    machine: { name: 'Kommunnytt Nyhetsbrev', address: 'nyhetsbrev@kommunnytt.example' },
    html: true,
    subject: () => 'Kommunnytt vecka 47: Digitalisering i fokus',
    text: () => 'Veckans nyheter för kommunala beslutsfattare: fem tips för e-tjänster, AI i handläggning och årets konferens. Avregistrera dig här: https://kommunnytt.example/avregistrera',
  },
  {
    channel: 'epost', kind: 'ej_arende', department: 'kontaktcenter',
    machine: { name: 'IT-support', address: 'support@mailbox-secure.example' },
    importance: 'high',
    subject: () => 'Din brevlåda är nästan full – verifiera ditt konto',
    text: () => 'Din brevlåda har nått 98 % av sin kvot. Verifiera ditt konto inom 24 timmar för att undvika att e-post går förlorad: https://mailbox-secure.example/verify',
  },
  {
    channel: 'epost', kind: 'ej_arende', department: 'kontaktcenter',
    subject: () => 'SV: Ert ärende',
    text: (c) => `Tack!\n\n/${c.p.first}`,
  },
];

/** Short messages for the demo's live mode (cycled). */
export const LIVE_TEMPLATE_INDEXES = [7, 8, 0, 34, 46, 24, 12, 49];

/** What a reply from the contact center says (sent items). */
export function replyText(c: Ctx): string {
  return `Hej ${c.p.first}!\n\nTack för ditt meddelande. Vi har tagit emot ditt ärende och skickat det vidare till rätt förvaltning. Du får besked senast inom två arbetsdagar.\n\nMed vänliga hälsningar\nKontaktcenter\nExempelby kommun\n08-46 500 400`;
}
