import type { Channel } from '../vocabulary';
import { KeywordMatcher } from '../text/keywordMatcher';
import { parseKeyword, type KeywordSpec } from '../text/keywordSyntax';
import { otherLanguageWords } from './concernWordsOtherLanguages';
import { opensWithAbsence } from './opensWithAbsence';
import { ZONE_INDEX, ZONE_NAMES, type MessageZones } from './zones';

/*
 * Concern about a child or a vulnerable adult (orosanmälan), read as language rather than as a
 * list of examples. The costs are not symmetric: a false alarm costs social services a short look,
 * a miss can cost a child. So ONE clear sign decides:
 *
 * 1. a HARM told about a person: violence, neglect, children left alone, intoxicated carers,
 *    self-harm or suicide talk, sexual abuse, fear of going home, being locked in or out or thrown
 *    out, an old or ill person confused, unseen, found on the floor or robbed, honour-related
 *    control — in a sentence that names a person at risk (a child, an old, ill or disabled adult, a
 *    neighbour; a partner or mother when there is violence) or speaks of "han"/"hon"/"jag", or in
 *    the sentence next to one that names such a person;
 * 2. the words of a report about a case: "orosanmälan", "far illa", "anmälan enligt 14 kap. SoL",
 *    "i behov av skydd";
 * 3. two weak signs together (a child screaming every night, smelling and thin).
 *
 * What is not a concern (each is language, not a list of cases):
 * - a sentence about reporting in general, a hypothetical, a course, a job, statistics, or a
 *   referral ("vid orosanmälan, ring socialjouren") is set aside;
 * - a newsletter, a course invitation, a job advert or a phishing mail holds no concern;
 * - a message about a report already made or an investigation already closed ("skolan har skickat in
 *   en orosanmälan om min son", "utredningen lades ner") or that says nothing new has happened counts
 *   only a harm told as new ("igår", "igen", "nu");
 * - a harm the sentence lays at a service's door ("hemtjänsten kom inte och mamma fick ingen mat")
 *   or explains as an accident ("blåmärke efter en olycka") is a complaint or nothing;
 * - weak signs in a complaint about noise ("barnen springer och skriker") or about school work
 *   ("hon gråter när hon gör läxorna") are not a concern;
 * - in a complaint about a care service (late again, "det duger inte") one harm it tells of is the
 *   complaint's; two different harms are a concern all the same;
 * - a harm told of a crowd or a whole class ("halva klassen äter inte", "berusade personer") names no
 *   one at risk, unless a specific person stands in the same sentence; grown-up children are adults;
 * - the writer's own exhaustion in a message asking for support ("jag orkar inte mer … finns det
 *   samtalsgrupper?") is their own need, like an application.
 *
 * The concern model (`concernModel.ts`) weighs every message the reader finds no clear concern in
 * (triage/index.ts): a concern told in none of the reader's words must not wait. `readConcern`
 * says whether the reader saw a sign of harm or worry (`signs`): without one, the model's concern
 * yields to a kind the rules clearly give (`otherKindByRules` in index.ts), as the model was
 * trained and validated on messages with a sign.
 */

/** Every phrase `a b` for a in `first` and b in `second`: a small grammar, not a list of cases. */
function combine(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => `${a} ${b}`));
}

type Group =
  | 'child'
  | 'adult'
  | 'partner'
  | 'spouse'
  | 'kin'
  | 'bodily'
  | 'held'
  | 'premises'
  | 'hazard'
  | 'pronoun'
  | 'violence'
  | 'acute'
  | 'harm'
  | 'alone'
  | 'weak'
  | 'worry'
  | 'appeal'
  | 'report'
  | 'generic'
  | 'pastReport'
  | 'calm'
  | 'recent'
  | 'service'
  | 'explained'
  | 'nuisance'
  | 'schoolwork'
  | 'genre'
  | 'bullying'
  | 'carer'
  | 'self'
  | 'apply'
  | 'applied'
  | 'game'
  | 'need'
  | 'intox'
  | 'licence'
  | 'animal'
  | 'negation'
  | 'unsupervised'
  | 'grown'
  | 'crowd'
  | 'careService'
  | 'complaint'
  | 'support'
  | 'exhausted'
  | 'fault'
  | 'gratitude'
  | 'suggestion'
  | 'hypothetical'
  | 'sleeping'
  | 'nowhere'
  | 'claim'
  | 'familyLaw'
  | 'attention'
  | 'schoolOrganisation'
  | 'fall';

const CHILD = [
  '=barn=', 'barnen', 'barnet', 'barnbarn', 'barnbarnen', 'småbarn', 'småbarnen', 'spädbarn', 'bebis',
  'bebisen', 'bäbis', 'bäbisen', '=baby=', 'babyn', 'nyfödd', 'nyfödda', 'ungen', '=ungar=', 'ungarna', '=unge=', 'pojke', 'pojken',
  'pojkar', 'pojkarna', 'grabben', '=kille=', 'killen', '=tjej=', 'tjejen', 'flicka', 'flickan', 'flickor', 'dotter', 'dottern',
  'döttrar', '=son=', 'sonen', '=söner', 'styvson', 'styvdotter', 'bonusbarn', 'fosterbarn', 'brorson', 'brorsdotter', 'systerson',
  'systerdotter', '=elev=', 'eleven', 'eleverna', 'tonåring', 'tonåringen', 'syskon', 'syskonen', 'lillebror', 'lillasyster',
  'storebror', 'storasyster', 'dagisbarn', 'förskolebarn', 'klasskompis', '=kompis=', 'kompisen', 'väninna', 'treåring', 'fyraåring',
  'femåring', 'sexåring', 'sjuåring', 'åttaåring', 'nioåring', 'tioåring', 'elvaåring', 'tolvåring', 'tvååring', 'ettåring',
  'child', 'children', '=kid=', 'kids', '=boy=', 'boys', '=girl=', 'girls', 'toddler', 'infant', 'newborn', 'teenager', '=teen=',
  'daughter', 'stepson', 'stepdaughter', 'grandchild', 'little one', 'pupil', 'niece', 'nephew', '=friend=',
];
const ADULT = [
  '=gamla=', '=gammal=', 'gamle', '=äldre=', 'pensionär', 'pensionären', 'åldring', 'åldringen', 'dement', 'dementa', 'demens',
  'demenssjuk', 'alzheimer', 'minnessvårigheter', 'glömsk', 'funktionsnedsättning', 'funktionshinder', 'utvecklingsstörning',
  'downs syndrom', 'rullstol', 'rollator', 'granne', 'grannen', 'grannens', 'grannar', 'gubbe', 'gubben', '=tant=', 'tanten', '=dam=',
  '=damen=', 'farbror', 'farbrorn', 'morbror', 'morbrodern', '=moster=', '=faster=', 'farmor', 'mormor', 'morfar', 'farfar', 'svärmor', 'svärfar', 'brukare', 'brukaren', 'elderly', 'old man',
  'old woman', 'old lady', 'old gentleman', 'old couple', 'neighbour', 'neighbor', 'grandmother', 'grandfather', 'grandma',
  'grandpa', 'granny', 'grandad', 'mother-in-law', 'father-in-law', 'pensioner', 'disabled', 'dementia',
  // what grandchildren call them ("Moffa", Finnish "mummo"; not "Gran", a spruce in Swedish, nor "Nana", "Nonna", "Nan": pets, shops,
  // names and "nån" typed without å — an independent review)
  'gramps', '=moffa=', '=moffe=', '=mommo=', '=fammo=', '=mummo=',
];
/** Adults at risk when there is violence or threat: "grannen slår sin fru", "pappa har slagit mamma". */
const PARTNER = [
  '=fru=', 'frun', 'sin sambo', 'hans sambo', 'hennes sambo', 'flickvän', 'flickvännen', 'pojkvän', '=kvinna=', 'kvinnan', '=mamma=',
  'mamman', 'modern', 'wife', 'girlfriend', '=woman=', '=mum=', '=mom=', '=mother=',
];
/** "Han", "hon": a person already named. */
const PRONOUN = ['=han=', '=hon=', '=hen=', 'honom', 'henne', 'hans', 'hennes', '=he=', '=she=', '=him=', '=her=', '=his='];
/** The writer speaking of themself ("jag är 13", "han slår mig"). */
const SELF = ['=jag=', '=mig=', '=oss=', '=me='];
/** The people who care for a child at home: violence by them is never a school-yard matter. */
const CARER = [
  'pappa', 'pappan', 'mamma', 'mamman', 'styvpappa', 'styvpappan', 'styvmamma', 'förälder', 'föräldern', 'föräldrarna', 'vårdnadshavare',
  'father', 'mother', 'stepfather', 'stepdad', 'parent', 'parents', 'dad', '=mum=', '=mom=', '=daddy=', '=mummy=', '=mommy=',
];
/** Asking for help for oneself is an application. */
const APPLY = [
  'ansöka', 'ansöker', 'ansökan', 'vill söka', 'söka om', 'apply', 'application',
  // (Polish: the writer's own wish — "Chcemy złożyć wniosek o hemtjänst", not "Jej syn złożył wniosek", an application made)
  ...combine(['chcę', 'chcemy', 'chciałbym', 'chciałabym', 'chcielibyśmy', 'jak', 'czy mogę', 'czy możemy'], ['złożyć wniosek', 'ubiegać się']),
  // more of a care service asked for ("vi vill att hemtjänsten utökas"): the family applies, it does not report
  'utökas', 'utöka hemtjänsten', 'utökad hemtjänst', 'mer hemtjänst', 'vill ha hemtjänst',
  // help asked for with the person's own consent ("mamma vet om att jag skriver och vill ha hjälpen")
  'vet om att jag skriver', 'vet att jag skriver', 'vill ha hjälpen', 'hon vill ha hjälp', 'han vill ha hjälp', 'vill själv ha hjälp',
  'samtycker till', 'har samtyckt', 'med hennes samtycke', 'med hans samtycke', 'med sitt samtycke', 'knows i am writing', 'wants the help',
  // a care service the writer asks for by name ("Vi vill ha matlådor hem till honom"; not "behöver hemtjänst", a judgement that a report makes too)
  ...combine(['vill ha', 'önskar'], ['matlådor', 'matdistribution', 'hemtjänst', 'ledsagning', 'avlösning', 'dagverksamhet', 'korttidsboende', 'korttidsplats']),
  // an aid asked for by name ("Can we get a raised toilet seat through the municipality?", "Kan vi få en rullator?")
  ...combine(['can we get', 'could we get', 'can he get', 'can she get', 'kan vi få', 'kan han få', 'kan hon få', 'kan mamma få', 'kan pappa få'],
    ['a raised toilet seat', 'a walker', 'a rollator', 'a wheelchair', 'a safety alarm', 'en rullator', 'en rullstol', 'en toalettförhöjning', 'ett trygghetslarm', 'hjälpmedel']),
  // a safety alarm asked for ("jag vill gärna ha ett sånt", "hon behöver ett trygghetslarm"): the care that meets the frailty told
  'vill gärna ha ett sånt', 'vill ha ett sånt', 'vill gärna ha ett larm', 'vill ha ett larm', 'vill ha trygghetslarm', 'vill gärna ha trygghetslarm',
  'behöver ett trygghetslarm', 'behöver trygghetslarm', 'ha ett trygghetslarm', 'få ett trygghetslarm', 'få trygghetslarm',
  // a move to a care home asked for by the spouse who cares ("vi vill att Erik ska få flytta till ett boende")
  'få flytta till ett boende', 'få flytta till boende', 'få flytta till ett äldreboende', 'få flytta till ett särskilt boende', 'få en plats på', 'få plats på ett boende', 'plats på ett äldreboende',
];
/**
 * An application already made, or made by someone else ("Vi skickade in en ansökan om korttidsplats i januari men inget har
 * hänt", "Jej syn złożył wniosek o opiekę"): the background of a report, not the writer applying now — its words do not count
 * as applying.
 */
const APPLIED = [
  ...combine(['skickade in', 'har skickat in', 'skickat in', 'lämnade in', 'har lämnat in', 'lämnat in', 'sökte', 'har sökt'], ['en ansökan', 'ansökan', 'ansökningen', 'ansökan om']),
  'har ansökt', 'ansökte', 'har redan ansökt', 'ansökan ligger', 'ansökan är inne', 'har en ansökan', 'ansökt om',
  ...combine(['złożył', 'złożyła', 'złożyłam', 'złożyłem', 'złożyliśmy', 'złożyłyśmy', 'chcieliśmy złożyć', 'chciałam złożyć', 'chciałem złożyć'], ['wniosek']),
  'wniosek o pomoc domową jest', 'wniosek jest', 'będzie ubiegać się', 'applied for', 'have applied', 'has applied', 'we applied',
];
/** Children hurting children at school is a school matter (unless a carer is named). */
const BULLYING = [
  'mobbad', 'mobbning', 'mobbar', '=rasten=', 'varje rast', 'på rasterna', 'skolgården', 'klasskamrat', 'klasskompis', 'en annan elev', 'andra elever', 'andra barn',
  'kränkning', 'kränkande', 'bullied', 'bullying', 'classmate',
  // the same boys or girls from the class, and a school that does nothing about it
  'samma killar', 'samma tre killar', 'samma tjejer', 'killarna i klassen', 'tjejerna i klassen', 'skolan gör ingenting', 'skolan gör inget', 'skolan gör ingenting åt',
];

/** Whom violence is done to (the object of "slår", "hits"). */
const VICTIMS = [
  'sina barn', 'sitt barn', 'barnen', 'barnet', 'ungarna', 'honom', 'henne', 'dem', '=dom=', 'sin fru', 'frun', 'sin sambo',
  'mamma', 'mamman', 'sin mamma', 'pojken', 'flickan', 'sonen', 'dottern', 'sin son', 'sin dotter', 'hans mamma', 'hennes mamma', 'lillebror',
  'lillasyster', 'sin flickvän',
  // (a resident of care: "slog en brukare med demens i ansiktet")
  'en brukare', 'brukaren', 'brukarna', 'en boende', 'de boende', 'en vårdtagare', 'vårdtagaren', 'en patient', 'patienten',
];
/** Self-harm and talk of taking one's own life: a harm to whoever it is said of — a child, an old person, or the writer's spouse. */
/**
 * A farewell posted or said ("igår skrev han på tick tock att det är sista gången ni ser mig"): a harm only told of someone (a verb
 * of telling before it in the sentence) — in the writer's own voice it is a treasurer's goodbye or an angry customer's
 * ("Det var sista gången ni ser mig där").
 */
const FAREWELL = [
  'sista gången ni ser mig', 'sista gången du ser mig', 'sista gången ni hör av mig', 'sista gången ni hör från mig', 'ni kommer aldrig se mig igen',
  'ni kommer inte se mig mer', 'ni ser mig aldrig mer', 'ni ser mig inte mer', 'the last time you see me', "you won't see me again", 'you will never see me again',
  'ni slipper mig snart', 'ni slipper mig', 'mitt sista inlägg', 'better off without me', 'my last post',
  // (a note's "om ni läser det här så är jag redan borta", a child's "det blir bättre utan mig", "ni kommer inte behöva bry er om mig mer")
  'läser det här så är jag redan borta', 'läser det här är jag redan borta', 'läser detta så är jag redan borta', 'läser detta är jag redan borta',
  'det blir bättre utan mig', 'alla har det bättre utan mig', 'ni har det bättre utan mig', 'alla mår bättre utan mig', 'världen är bättre utan mig',
  'världen blir bättre utan mig', 'allt blir bättre utan mig', 'inte behöva bry er om mig', 'inte behöver bry er om mig', 'behöver inte bry er om mig',
  // (… "jag kommer inte finnas kvar efter helgen", "det är ingen som kommer sakna mig ändå")
  ...combine(['jag kommer inte', 'jag kommer att inte', 'jag ska inte', 'jag vill inte'], ['finnas kvar']), 'ingen som kommer sakna mig', 'ingen som kommer att sakna mig',
  'ingen kommer sakna mig', 'ingen kommer att sakna mig', 'nobody will miss me', 'no one will miss me', 'ni kommer inte sakna mig', 'mitt sista meddelande', 'my last message',
];
/**
 * The farewells that are as often an everyday goodbye ("mitt sista meddelande om gungorna", "ni ser mig inte mer förrän i augusti",
 * "ni behöver inte bry er om mig när det gäller resor", "vi förlorade igen, det blir bättre utan mig"): a young writer's own only with
 * last words or despair beside them.
 */
const WEAK_FAREWELL: ReadonlySet<string> = new Set([
  'mitt sista meddelande', 'my last message', 'mitt sista inlägg', 'my last post', 'inte behöva bry er om mig', 'inte behöver bry er om mig', 'behöver inte bry er om mig',
  'ni ser mig inte mer', 'ni kommer inte se mig mer', 'det blir bättre utan mig', "you won't see me again", 'sista gången ni hör från mig', 'sista gången ni hör av mig',
]);
/** Despair beside a farewell ("orkar inte", "vill dö", "ingen bryr sig", "hatar mig", "allt är mitt fel"). */
const DESPAIR = /(?<![\p{L}])(?:orkar\s+inte|fixar\s+inte|vill\s+dö|vill\s+inte\s+leva|ingen\s+bryr\s+sig|alla\s+hatar\s+mig|hatar\s+mig|mitt\s+fel|ensam|can['’]?t\s+(?:take|do)\s+(?:it|this)|nobody\s+cares|everyone\s+hates\s+me)(?![\p{L}])/iu;
/** A time limit or a role after a farewell: it ends ("förrän i augusti", "until August", "i frågan", "ni slipper mig som kund"). */
const FAREWELL_UNTIL = /^\s*[,.]?\s*(?:som\s+(?:kund|medlem|granne|hyresgäst|förälder|ordförande|kassör|ledare|tränare|customer|member)|as\s+a\s+(?:customer|member)|förrän|tills|till\s+(?:på|i|efter)|until|till\s+\p{L}+day|i\s+sommar|i\s+frågan|när\s+det\s+gäller|om\s+(?:det|detta|gungorna|saken))(?![\p{L}])/iu;
const FAREWELL_WORDS: ReadonlySet<string> = new Set(FAREWELL);
/** A farewell told of someone: a verb of telling before it that is not the writer's ("Jag skrev … att det var sista gången ni ser mig på
 * återvinningscentralen"), and no place after it ("sista gången ni ser mig i bassängen" is a customer's, not a goodbye to life). */
function farewellToldOfSomeone(r: ZoneReading, h: Hit): boolean {
  const before = sentenceText(r.text, r.ends, h.sentence).slice(0, Math.max(0, h.start - sentenceStart(r.ends, h.sentence)));
  const told = TOLD_BEFORE.exec(before);
  if (told === null || /(?<![\p{L}])(?:jag|vi|I|we)\s+$/iu.test(before.slice(0, told.index))) return false;
  // (told as what someone might write: "om en kompis skriver något oroande, till exempel …")
  if (/(?<![\p{L}])(?:om|if|när|when)\s+(?:en|ett|någon|man|ditt|ert|din|er|a|someone|your)\s+(?:\p{L}+\s+)?$/iu.test(before.slice(0, told.index))) return false;
  if (/(?<![\p{L}])(?:saker|sådant|sånt|things)\s+(?:som|like)\s*[:"”'“]?\s*$/iu.test(before)) return false;
  // (told in a story: "en bok där huvudpersonen skriver …", "en film där en kille säger …")
  if (WORK_NAMED.test(before) || /(?<![\p{L}])(?:huvudperson\p{L}*|karaktären|character)(?![\p{L}])/iu.test(before)) return false;
  if (/(?<![\p{L}])(?:till\s+exempel|t\.\s?ex\.?|exempelvis|for\s+example|e\.g\.)\s*[:"”'“]?\s*$/iu.test(before)) return false;
  return !farewellToAPlace(r, h);
}
/**
 * Last words beside a farewell: "säg till Nadia att det inte var hennes fel", "förlåt mamma", "it wasn't your fault" — a farewell in
 * the writer's own voice with them is a goodbye to life, not to a club.
 */
const LAST_WORDS =
  /(?<![\p{L}])(?:(?:(?:var|är)\s+inte\s+(?:ditt|ert|erat|hennes|hans|deras|någons)|inte\s+(?:var|är)\s+(?:ditt|ert|erat|hennes|hans|deras|någons))\s+fel(?!\s+(?:att|med|i|när|som|på|för))|förlåt\s+(?:mamma|pappa)(?=\s*(?:[.,!;"”'“)]|$|och\s+pappa|och\s+mamma))|säg\s+hej\s?då\s+till\s+\p{L}+\s+från\s+mig|(?:ge|ta\s+hand\s+om)\s+min\s+(?:katt|hund|kanin|marsvin)|(?:wasn['’]?t|isn['’]?t|was\s+not|is\s+not)\s+(?:your|her|his|their|anyone['’]?s)\s+fault|sorry\s+(?:mum|mom|dad)|take\s+care\s+of\s+my\s+(?:dog|cat|rabbit|hamster))(?![\p{L}])/iu;
/** Leaving a club, a job, a course or a place, or a laugh, beside a farewell: a goodbye to it, not to life. */
const LEAVING =
  /(?<![\p{L}])(?:sluta|slutar|slutat|säga\s+upp|säger\s+upp|sagt\s+upp|avsluta|avslutar|flyttar|byter\s+till|utträde|medlemskap\p{L}*|pension\p{L}*|tar\s+över|lämnar\s+över|ny\s+tjänst|nytt\s+jobb|föräldraledig\p{L}*|mentor|vikarie\p{L}*|ordförande|quit|quitting|cancel\p{L}*|moving|membership|retir\p{L}*|haha\p{L}*|hihi|lol)(?![\p{L}])|😅|😂|🤣|😄|😁|(?<![\p{L}])xD(?![\p{L}])/iu;
/** A laugh or a grin ("haha", "lol", 😂): what it is beside is a joke. */
const LAUGH = /(?<![\p{L}])(?:haha\p{L}*|hihi|lol|xD)(?![\p{L}])|😅|😂|🤣|😄|😁|😆/iu;
/** A place after the farewell ("sista gången ni ser mig i bassängen"): a customer's, not a goodbye to life. */
function farewellToAPlace(r: ZoneReading, h: Hit): boolean {
  return /^\s*(?:i|på|där|här|hos|vid|at|in|on|here|there)(?![\p{L}])/iu.test(r.text.slice(h.end, h.end + 12));
}
/** A verb of telling, or the words a note, a post or a chat is quoted after ("Där stod: …", "it said"). */
const TOLD_BEFORE = /(?<![\p{L}])(?:skrev|skriver|skrivit|sa|sade|säger|postade|postat|lade\s+ut|la\s+ut|lagt\s+ut|sms:?a\p{L}*|(?:där|det)\s+stod|stod\s+det|skickade|la\s+upp|lagt\s+upp|bytt\s+sin\s+status\s+till|wrote|writes|posted|said|says|texted|messaged)(?![\p{L}])/iu;
const SELF_HARM = [
  'skada sig själv', 'skadar sig själv', 'skadat sig själv', 'skär sig själv', 'skär sig i armarna', 'skurit sig i armarna',
  'skär sig igen', 'skurit sig igen',
  'självmord', 'självmordstankar', 'ta livet av sig', 'tar livet av sig', 'ta sitt liv', 'tar sitt liv', 'ta sitt eget liv', 'tar sitt eget liv', 'vill inte leva', 'vill dö', 'orkar inte leva',
  'inte vill leva', 'inte orkar leva', 'skurit sig på armarna', 'skär sig på armarna', 'suicide', 'suicidal', 'kill herself', 'kill himself',
  'cutting herself', 'cutting himself', 'wants to die', 'hurt herself', 'hurt himself',
  // other ways of saying it: killing oneself by a means, not being there any more
  // (an overdose taken, a farewell letter written — not a death told in the news or a headteacher's farewell)
  ...combine(['slå', 'slår', 'köra', 'kör', 'supa'], ['ihjäl sig']), 'skjuta sig med', 'skjuta sig själv', 'hänga sig i', 'har hängt sig',
  ...combine(['tagit', 'tog', 'ta'], ['en överdos']), ...combine(['skrivit', 'skrev'], ['avskedsbrev', 'ett avskedsbrev']), 'snart slutar det',
  ...combine(['om han', 'om hon', 'om jag'], ['inte fanns längre', 'inte fanns mer']),
  ...combine(['end', 'take', 'taking', 'took', 'ending'], ['his own life', 'her own life', 'his life', 'her life', 'my own life', 'my life']), 'took an overdose', 'taken an overdose', 'suicide note',
  // said by the young person of themself ("jag skär mig", "tänker på att inte finnas")
  // (not a cut from something: "jag skar mig på en trasig flaska")
  ...combine(['skär mig', 'skar mig', 'skurit mig'], ['själv', 'i armarna', 'på armarna', 'i låren', 'igen', 'ibland', 'varje', 'för att']), 'skada mig själv', 'skadar mig själv', 'skadat mig själv', 'ta livet av mig', 'ta mitt liv',
  ...FAREWELL,
  'att inte finnas', 'vill inte finnas', 'inte vill finnas', 'inte finnas längre', 'inte finnas till', 'slippa leva', 'hurt myself', 'cutting myself', 'kill myself',
];
/** Self-harm told as a topic ("läste om självskadebeteende"): a harm to a child or an old person near it, never read of a spouse. */
const SELF_HARM_TOPICS = ['självskada', 'självskadebeteende', 'self-harm', 'self harm'];
const SELF_HARM_WORDS: ReadonlySet<string> = new Set(SELF_HARM.map((w) => w.replace(/=/g, '')));
/** What follows "vill dö" or "orkar inte leva" when it is a figure of speech about shame, boredom or a cold flat. */
const FIGURE_OF_SPEECH_AFTER = /^\s*(?:mer\s+|längre\s+)?(?:av\s+(?:skam|skratt|tristess|längtan|pinsamhet|avund|nyfikenhet)|i\s+(?:den|det)\s+här|med\s+(?:den|det)\s+här|så\s+här\s+med)(?![\p{L}])/iu;
/** Not wanting to live, said without its "jag" ("orkar inte leva mer. förlåt."): the writer's own, where a sentence opens with it. */
const OWN_LIFE_WORDS: ReadonlySet<string> = new Set(['orkar inte leva', 'vill inte leva', 'inte vill leva', 'inte orkar leva', 'vill dö']);
/**
 * The writer's own spouse or partner ("min man", "maken", "min sambo"): a vulnerable adult when self-harm
 * is told of them ("Min man ska slå ihjäl sig", "Min fru vill inte leva längre") — not for violence, which a
 * spouse tells of strangers or a boom gate as often ("Min sambo blev misshandlad av två okända män", "Min man
 * fick ett slag i huvudet av bommen") unless care staff did it (STAFF_DOER: "… misshandlad av en i nattpersonalen"), nor for
 * other harms, often the couple's own matter ("min man har inte kommit hem").
 */
const SPOUSE = [
  'min man', 'min make', '=maken=', 'min fru', 'min hustru', 'hustrun', 'min sambo', 'min partner', 'min pojkvän', 'min flickvän',
  'my husband', 'my wife', 'my partner', 'my boyfriend', 'my girlfriend',
];
/**
 * A brother, sister, cousin, friend or colleague: a person at risk when self-harm or suicide talk is theirs — the words right after
 * them ("Min bror vill inte leva längre", "Min kusin har självmordstankar") — not a topic or a grief ("efter vår brors
 * självmord", "vår kollega valde att ta sitt liv förra veckan"), nor other harms, which grown siblings and colleagues tell of each
 * other as often as news ({@link kinOwnsIt}).
 */
const KIN = [
  '=bror=', 'brodern', 'brorsan', '=syster=', 'systern', 'syrran', '=kusin=', 'kusinen', '=vän=', 'vännen', 'kollega', 'kollegan', 'arbetskamrat', 'arbetskamraten',
  'brother', 'sister', 'cousin', 'colleague', 'coworker', 'co-worker',
];
/**
 * Care staff who did it ("misshandlad av en i nattpersonalen", "vårdaren slog honom", "sedan den nya assistenten började"):
 * violence they do is a harm to whomever they care for, the writer's spouse too. Staff named only as there ("Hemtjänsten
 * kommer två gånger om dagen", "bommen vid infarten till äldreboendet") did nothing.
 */
const STAFF = String.raw`(?:\p{L}*personal\p{L}*|vårdar\p{L}*|vårdare|underskötersk\p{L}*|vårdbiträd\p{L}*|(?:personliga\s+)?assistent\p{L}*|hemtjänst\p{L}*|staff|carers?|care\s+workers?)`;
const STAFF_DOER = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:av|by)\s+(?:(?:en|ett|någon|den\s+nya|two|a|one\s+of\s+the)\s+)?(?:(?:i|från|ur|av|på|of)\s+)?${STAFF}` +
    String.raw`|${STAFF}\s+(?:har\s+)?(?:slagit|slog|slår|knuffade|knuffat|knuffar|misshandlade|misshandlat|misshandlar|nöp|nyper|rycker|ryckte|drog|sparkade|sparkat|hotade|hotat|hotar|hit|hits|pushed|slapped)` +
    String.raw`|sedan\s+(?:den\s+nya\s+)?${STAFF}\s+började|since\s+(?:the\s+new\s+|a\s+new\s+)?${STAFF}\s+started)(?![\p{L}])`,
  'iu',
);
/**
 * Someone not seen or not opening for days ("har inte öppnat dörren på fyra dagar", "inte sett till gamla damen på en vecka",
 * "öppnar inte när vi ringer på"), post and papers left, curtains drawn — not a door a tag or a driver does not open, nor a
 * parent not seen since 1985; and never of premises ("Biblioteket har inte öppnat på tre veckor", "Rullgardinerna i
 * klassrummet har varit nerdragna i tre veckor"): see PREMISES.
 */
const UNSEEN = [
  ...combine(['inte sett', 'inte sett till', 'inte sett röken av'], ['den gamla', 'det gamla', 'gamla damen', 'gamla mannen', 'gubben', 'tanten', 'damen']),
  ...combine(['inte öppnat', 'inte öppnat dörren'], ['på', 'sedan', 'sen', 'i flera', 'för hemtjänsten', 'för hemtjänstpersonalen', 'för personalen']), 'öppnar inte när vi ringer', 'inte öppnar när vi ringer', 'öppnar inte när jag ringer', 'öppnar inte när man ringer',
  'posten ligger kvar', 'post väller', 'posten väller', ...combine(['tidningarna'], ['har inte hämtats', 'har inte tagits in', 'ligger kvar']), 'tidningarna ligger kvar', 'tidningar ligger kvar', 'ingen öppnar',
  // curtains drawn for days at someone's home ('varit fördragna i fyra dagar')
  'varit fördragna i', 'varit nerdragna i',
  'not seen our elderly', 'not seen the old', 'mail is piling up', 'post is piling up', 'newspapers are piling up', 'papers are piling up',
  ...combine(['not opened', 'has not opened', "hasn't opened", 'not answered'], ['her door', 'his door', 'the door for']),
];
const UNSEEN_WORDS: ReadonlySet<string> = new Set(UNSEEN.map((w) => w.replace(/=/g, '')));
/** Premises that open, close and have blinds: a library, a shop, a classroom, an old boarding house. */
const PREMISES = [
  'biblioteket', 'biblioteksfilialen', 'affären', 'butiken', 'kiosken', 'caféet', 'kaféet', 'restaurangen', 'pizzerian', 'pensionatet', 'hotellet', 'vandrarhemmet',
  'klassrum', 'klassrummet', 'klassrummen', 'badhuset', 'simhallen', 'gymmet', 'macken', 'apoteket', 'banken', 'fritidsgården', 'museet',
  'kyrkan', 'stationshuset', 'återvinningscentralen', 'ateljén', 'galleriet', 'frisören', 'salongen', 'verkstaden',
  'dagverksamheten', 'träffpunkten', 'mötesplatsen', 'öppna förskolan', 'seniorcaféet', 'library', 'the shop', 'the store', 'the café', 'classroom',
];
/** A hazard that a fault report warns of ("Trappan är en isgata", "ett stort hål i räcket"). */
const HAZARD = [
  '=isgata', '=ishalt', '=halkan=', '=halka=', '=halt=', '=sanda', '=sandat=', '=saltat=', '=räcke=', '=räcket=', '=rutschkanan=', '=gungan=', '=klätterställningen=',
  '=lekplatsen=', '=lekparken=', '=trappan=', '=trapporna=', '=korsningen=', '=övergångsstället=', '=kurvan=', '=farthinder', '=hålet=', '=ett hål=', '=stort hål=',
  '=gropen=', '=potthål', '=isen=', '=tunn is=', '=livsfarlig',
];
/** A game or a sport, where one "slår" another by winning ("hon slår en ofta i Yatzy"). */
const GAME = [
  'spelar', 'spela', 'spelet', 'schack', 'yatzy', '=kort=', 'kortspel', '=fia=', 'monopol', 'sällskapsspel', 'brädspel', 'pingis', 'tennis', 'badminton', 'match',
  'matchen', 'tävling', 'tävlingen', 'frågesport', 'memory', 'plockepinn', 'golf', 'bowling', 'minigolf', 'löpning', 'springa ikapp', 'armbrytning',
  'padel', 'fotboll', 'innebandy', 'hockey', 'basket', 'handboll', 'squash', 'schackklubben', '=spel=', 'tv-spel', 'fifa',
];
/**
 * A game or a contest after the one beaten, with "i" ("… i Yatzy", "… i kvartsfinalen", "… som vann förra året") — not "på
 * matchen", "på cupen", which say where and when ("Tränaren slår barnen på matcherna").
 */
const CONTEST_AFTER =
  /^\s+(?:i\s+(?:\p{L}+\s+)?(?:yatzy|schack|kort|kortspel|fia|monopol|frågesport\p{L}*|kvartsfinal\p{L}*|semifinal\p{L}*|final\p{L}*|tävling\p{L}*|turnering\p{L}*|pingis|tennis|padel|spel\p{L}*|armbrytning|memory|bowling|golf)|som\s+vann)(?![\p{L}])/iu;
/** Harm told after it ("… så hon föll", "… och han blödde"). */
const HARM_AFTER = /(?<![\p{L}])(?:föll|ramlade|grät|gråter|blödde|blöder|ont|skadad\p{L}*|blåmärk\p{L}*|slagen|sparkade|sparkar|rädd)(?![\p{L}])/iu;
/** The start of a clause before a word: the sentence's start, a comma, a dash, a colon, or "och" ("Och snälla - stryk inte …"). */
const CLAUSE_START_BEFORE = /(?:^|[.!?,:;–-]\s*|(?<![\p{L}])(?:och|snälla|så)\s+)$/iu;
/**
 * An accident foretold of someone unnamed ("Någon av de gamla kommer att slå ihjäl sig", "Snart kör någon av killarna ihjäl
 * sig", "Man kommer att köra ihjäl sig i korsningen"): the unnamed one is the subject, and the verb predicts. Not a threat
 * told ("han ska slå ihjäl sig", "säger till folk att …"), nor the despair of "man lika gärna kan …".
 */
const PREDICTED_ACCIDENT =
  /(?<![\p{L}])(?:(?:någon(?:\s+av\s+(?:\p{L}+\s+)?\p{L}+)?|ett\s+barn|barnen|mina\s+barn|våra\s+barn|de\s+gamla|folk|man)\s+(?:kommer\s+(?:att\s+)?|kan\s+|lär\s+|riskerar\s+att\s+)|(?:snart|kommer|kan|lär)\s+(?:(?:kör|slår|supar|kommer)\s+)?(?:någon|ett\s+barn|folk|man)(?:\s+av\s+\p{L}+(?:\s+\p{L}+)?)?\s+(?:att\s+)?)(?:(?:slå|köra|supa|ramla|falla|trilla)\s+)?ihjäl\s+sig/iu;
const VIOLENCE = [
  ...combine(
    ['slår', 'slog', 'slagit', 'slå', 'sparkar', 'sparkade', 'sparkat', 'nyper', 'knuffar', 'knuffade', 'misshandlar', 'misshandlade', 'misshandlat',
      'örfilar', 'örfilade', 'hotar', 'hotade', 'hotat', 'skadar', 'skadade', 'stryper', 'ströp', 'bränner', 'brände', 'kastar saker på',
      'kastade saker på', 'kastade en flaska på', 'drar', 'drog', 'tar stryptag på', 'skakar', 'skakade', 'låser in', 'låste in', 'låst in',
      'låsa in', 'låser ute', 'låste ute', 'låst ute'],
    VICTIMS,
  ),
  ...combine(['hits', 'hit', 'beats', 'beat', 'kicks', 'kicked', 'slaps', 'slapped', 'hurts', 'hurt', 'threatens', 'threatened', 'chokes', 'choked', 'shakes', 'shook', 'punches', 'punched'],
    ['him', 'her', 'them', 'me', 'us', 'the kids', 'the children', 'his wife', 'her mother', 'his son', 'his daughter', 'the boy', 'the girl']),
  // (a child or a partner named with a possessive and a word or two: "hits his two small kids", "beats her little boy")
  ...combine(['hits', 'beats', 'kicks', 'slaps', 'punches', 'hit', 'beat', 'slapped', 'punched', 'kicked'],
    // (not a thing of theirs: "kicks his little boy's football", "hits his two kids' padel balls" — THINGS_OF_THEIRS)
    combine(['his', 'her', 'their'], ['kids', 'children', 'son', 'daughter', 'baby', 'wife', 'girlfriend', 'partner', 'two kids', 'two children', 'two small kids',
      'two little kids', 'small kids', 'little kids', 'little boy', 'little girl', 'small children', 'little children'])),
  // (a smack or a slap: "smacks him hard", "slap his face")
  ...combine(['smacks', 'smacking', 'smacked'], ['him', 'her', 'them', 'the baby', 'the kids']), ...combine(['slap', 'slaps', 'slapped', 'slapping'], ['his face', 'her face', 'him across', 'her across']),
  // (someone crying out that it is done to them: "the boy shouted 'mum is burning me'" — a person right before it: not a radiator)
  ...combine(['is burning', 'is hitting', 'is hurting', 'is choking', 'is kicking'], ['me', 'him', 'her']),
  // done to the writer: "pappa slår mig" (not "jag slog mig", which is a fall)
  ...combine(
    ['han', 'hon', 'hen', 'pappa', 'mamma', 'pappan', 'mamman', 'styvpappa', 'styvpappan', 'min man', 'min sambo', 'min kille', 'mannen', 'de', 'dom'],
    ['slår mig', 'slog mig', 'har slagit mig', 'sparkar mig', 'sparkade mig', 'hotar mig', 'hotade mig', 'knuffar mig', 'knuffade mig',
      'låser in mig', 'låste in mig', 'skriker på mig', 'slår oss', 'slog oss'],
  ),
  // … after what they do first ("mamma dricker och slår mig och det är sant"; not the writer's own fall: "jag ramlade och slog mig",
  // "skrek och slog mig i huvudet", "kom hem och slog mig på en kantsten")
  ...combine(['dricker och', 'super och', 'är full och', 'blir full och', 'blir arg och', 'blev arg och'], [
    'slår mig', 'slog mig', 'sparkar mig', 'sparkade mig', 'slår oss', 'slog oss', 'slår henne', 'slog henne', 'slår honom', 'slog honom', 'slår barnen', 'slog barnen',
  ]),
  // … told of a child with how often ("grannens pojke Elias, 7 år, som pappan slår nästan varje kväll"; not "Mamma slår varje dag sitt
  // eget rekord")
  ...combine(['pappan', 'mamman', 'styvpappan'], combine(['slår', 'slog'], ['nästan varje kväll', 'varje kväll'])),
  // the young writer "as if in general": "om man är 14 och pappa slår en när han är full"
  // (not a game's "Pappa slår en varje gång vi spelar schack": see GAME)
  ...combine(['pappa', 'mamma', 'farsan', 'morsan', 'styvpappa', 'styvmamma', 'han', 'hon', 'dom hemma', 'de hemma'], combine(['slår en', 'slog en', 'sparkar en', 'hotar en'], ['när', 'om', 'ibland', 'ofta', 'varje', 'hela tiden', 'i huvudet', 'i ansiktet'])),
  ...combine(['slog', 'slår', 'slagit', 'slå'], ['med bältet', 'med ett bälte', 'med skärpet', 'med handen', 'med knytnäven', 'med en pinne']),
  ...combine(['slå', 'slår', 'ska'], ['ihjäl']),
  ...combine(['kastade in', 'kastar in', 'tog tag i', 'tar tag i', 'drog i', 'drar i'], ['henne', 'honom', 'barnet', 'pojken', 'flickan']),
  ...combine(combine(['låst', 'låste', 'låser', 'låsa', 'stängt', 'stängde', 'stänger'], ['honom', 'henne', 'dem', 'dom', 'barnen', 'mig', 'oss', 'pojken', 'flickan']), ['ute', 'in', 'inne']),
  'strimmor', 'blir slagen', 'blev slagen', 'blivit slagen', '=slagen', '=slagna', 'får stryk', 'fick stryk', 'stryk',
  // a blow, not a kind ("något slags tillstånd", "alla slags")
  '=ett slag', '=fick slag', '=slag i ansiktet', '=slag i huvudet', '=slag mot', '=slag och sparkar', '=slag och knuffar', '=slag på', '=flera slag', 'örfil', 'örfilar',
  // pinching, pulling someone's hair, rough hands ("en i personalen nöp henne och drog i håret", "personalen är hårdhänta mot min mamma" —
  // rough hands only with staff in the sentence: ROUGH_HANDS; not a hairdresser who "drar i håret" when she blow-dries: an independent review)
  ...combine(['nöp', 'nyp', 'nupit', 'nypte', 'nypt'], VICTIMS),
  ...combine(['personalen', 'personal', 'vårdaren', 'vårdarna', 'assistenten', 'undersköterskan'], ['nyper', 'nöp', 'sparkar', 'sparkade', 'knuffar', 'knuffade', 'slår', 'slog']),
  'rivmärken',
  ...combine(['drog', 'drar', 'dragit', 'slet', 'sliter'], ['henne i håret', 'honom i håret', 'barnet i håret', 'flickan i håret', 'pojken i håret']),
  ...combine(['hårdhänt', 'hårdhänta'], ['mot henne', 'mot honom', 'mot mamma', 'mot pappa', 'mot min mamma', 'mot min pappa', 'mot mormor', 'mot morfar', 'mot farmor', 'mot farfar', 'mot min mor', 'mot min far', 'mot de boende', 'mot brukarna', 'mot brukaren']),
  'misshandel', 'misshandlad', 'misstänkt misshandel', 'blåmärken', 'blåmärke', 'blått öga', 'blåtira', 'rött märke', 'märke under ögat',
  'märken på', '=våld=', 'våldsam', 'våldsamt', '=aga=',
  // corporal punishment told with whom it hits (not "ägaren", which a scanned letter reads as "agaren";
  // at a word's start: "vi har ledsagat honom" is guiding him)
  ...combine(['=agar', '=agade', '=agat'], ['barnen', 'sina barn', 'honom', 'henne', 'dem', 'dom', 'pojken', 'flickan', 'sonen', 'dottern']), 'stryptag', 'brännmärke', 'brännmärken', 'brännsår', 'blod på',
  'blödde', 'frakturer', 'benbrott', 'inte är olycksfall', 'inte olycksfall', 'hot om våld', 'hotar att döda', 'hotat att döda',
  // a threat to kill told as said ("sa han att om jag kommer hem igen så dödar han mig"; "mamma kommer döda mig haha" is a joke)
  ...combine(['hotade att', 'hotar att', 'hotat att'], ['döda mig', 'döda oss', 'döda henne', 'döda honom', 'döda dem', 'slå ihjäl mig', 'slå ihjäl henne', 'slå ihjäl honom']),
  'så dödar han mig', 'så dödar hon mig', 'threatened to kill me', 'threatened to kill her', 'threatened to kill him',
  'hitting', 'beaten', 'beating', 'bruise', 'bruises', 'black eye', 'abuse', 'abused', 'abusing', 'violence', 'violent', 'smacked',
];
const HARM = [
  // neglect
  'inte får mat', 'inte fått mat', 'inte fick mat', 'får ingen mat', 'ingen mat', 'inte fått nån mat', 'inte fått någon mat',
  'inte fått äta', 'inte får äta', 'fick inte äta', 'får inte äta', 'inte ätit', 'inte har ätit', 'inte äter', 'ber om mat', 'utan mat',
  'slutat äta', 'svälter', 'vanvård', 'vanvårdad', 'vanvårdade', 'försummad', 'försummade', 'försummelse', 'smutsiga kläder',
  'samma kläder', 'tunna kläder', 'utan jacka', 'utan jackor', 'ingen jacka', 'inga vantar', 'i bara strumpor', 'bara blöja',
  'inte bytt', 'apatisk', 'inte ökat i vikt', 'tappat i vikt', 'gått ner i vikt', 'går ner i vikt', 'viktnedgång', 'undernärd',
  'inte tillgodoses',
  // a diaper not changed, a wound nobody dresses: care not given, told as what is seen ("en blöja som inte var bytt på länge",
  // "ett sår på höften som ingen har lagt om") — of the diaper or the wound, or by nobody, never a filter or a timetable not
  // changed, or the writer's own wound ("Jag har inte lagt om såret själv"); not kilos lost, which a complaint about a care
  // home's food tells as often
  ...combine(['blöja som', 'blöjan som', 'blöjor som', 'blöjan', 'blöjorna', 'skyddet', 'inkontinensskyddet', 'inkontinensskydd som'], [
    'inte var bytt', 'inte varit bytt', 'inte blivit bytt', 'inte hade bytts', 'inte har bytts', 'inte bytts',
  ]),
  'ingen har lagt om', 'ingen lagt om', 'ingen som har lagt om', ...combine(['såret', 'såren', 'förbandet', 'förbanden'], ['har inte lagts om', 'har inte bytts', 'hade inte lagts om', 'hade inte bytts']),
  // no one gives a person the medicine they need ("ingen ger honom hans mediciner")
  ...combine(['ingen ger honom'], ['hans mediciner', 'hans medicin', 'hans insulin', 'hans läkemedel']), ...combine(['ingen ger henne'], ['hennes mediciner', 'hennes medicin', 'hennes insulin', 'hennes läkemedel']),
  ...combine(['ingen ger'], ['mamma hennes mediciner', 'mamma hennes medicin', 'pappa hans mediciner', 'pappa hans medicin', 'mormor hennes mediciner', 'farmor hennes mediciner', 'morfar hans mediciner', 'farfar hans mediciner']),
  // (… and insulin, without which a person is in danger within days, told as not given: "Sedan i söndags har ingen gett mamma
  // hennes insulin på kvällen" — not a medicine missed once on a trip, "Ingen har gett honom hans medicin under fotbollsresan")
  ...combine(['ingen har gett', 'ingen gett', 'ingen hade gett', 'ingen gav'], ['honom hans', 'henne hennes', 'mamma hennes', 'pappa hans', 'mormor hennes', 'farmor hennes', 'morfar hans', 'farfar hans'].map((who) => `${who} insulin`)),
  ...combine(['ingen ger', 'ingen har gett', 'ingen gett', 'ingen gav'], ['honom insulin', 'henne insulin', 'mamma insulin', 'pappa insulin', 'honom insulinet', 'henne insulinet', 'mamma insulinet', 'pappa insulinet']),
  ...combine(['nobody gives', 'no one gives', 'nobody is giving', 'no one is giving'], ['him his medication', 'her her medication', 'him his medicine', 'her her medicine', 'him his insulin', 'her her insulin',
    'my dad his medication', 'my mum her medication', 'my mom her medication', 'my father his medication', 'my mother her medication', 'my grandad his medication', 'my grandma her medication']),
  'ingen tar hand om', 'inte tar hand om', 'kan inte ta hand om', 'ingen som bryr sig', 'inte varit i skolan',
  'inte kommit till skolan', 'inte har varit i skolan', 'inte fått gå till skolan', 'får inte gå till skolan', 'inte får gå till skolan', 'inte varit hemma', 'inte kommit hem', 'lämnat oss', 'lämnat dem', 'lämnat barnen',
  // someone calling for help for a long time ("has been calling for help from her balcony for hours", "ropar på hjälp")
  // (told as lasting or from where: not a game's or an association's "calling for help")
  'been calling for help', 'calling for help for', 'calling for help from', 'shouting for help', 'ropat på hjälp', 'ropar på hjälp från', 'ropade på hjälp från', 'ropar på hjälp genom', 'skrikit på hjälp',
  'no food', 'without food', 'not fed', 'hungry', 'starving', "hasn't eaten", 'has not eaten', "hadn't eaten", "haven't eaten", 'nothing to eat',
  // asking neighbours for food or bread, only water, an empty fridge, nobody bringing food, no coat in winter (a review of the
  // twenty-seventh session, O: "keep knocking on doors asking for food", "he'd only had water and a few crackers")
  // (asked of neighbours, not of a café: "the kids asked for food at the library")
  'knocking on doors asking', 'asking neighbours for food', 'asked the neighbours for food', 'begging for food', 'asked me for bread', 'ask me for bread',
  'asked me for food', 'asked us for food', 'asking us for food', 'asked me for money for food', 'only had water', 'fridge is empty', 'fridge was empty',
  'empty fridge', 'nobody brings food', 'nobody bring food', 'no one brings food',
  // a bank card or pension taken from the person, who is afraid to say anything
  // (not a pension: "he has taken his pension early" is retirement)
  ...combine(['taken', 'took', 'takes'], ['his bank card', 'her bank card']),
  'withdrawn at atms', 'withdrawn from his account', 'withdrawn from her account', 'his card and pin', 'her card and pin', 'giving his card to', 'giving her card to',
  // home care that has not come for days (a person then alone without care)
  // … and home care, a service word: its harm counts only told as lasting up to now ("Home care hasn't come for three days to my
  // mother, she is 88 and lives alone": harmLasts), else it is a complaint's
  ...combine(['home care'], ["hasn't come", "haven't come", 'has not come', 'have not come', "hasn't shown up", 'has not shown up']),
  ...combine(['hemtjänst', 'home help', 'carer', 'carers', 'care staff'], ["hasn't shown up for", "haven't shown up for", 'has not shown up for', 'have not shown up for', "hasn't come for", "haven't come for", 'has not come for', 'have not come for']),
  'sleeping all the time', 'sleeps all the time', 'asleep all the time',
  'neglect', 'neglected', "hasn't been home", 'has not been home', 'not been home',
  ...SELF_HARM, ...SELF_HARM_TOPICS, 'slutar det',
  // sexual abuse
  'övergrepp', 'sexuella', 'sexuellt', 'tafsar', 'tafsade', 'tar på henne', 'tar på honom', 'rör henne', 'rörde henne', 'våldtäkt',
  'våldtog', 'nakenbilder', 'nakna bilder', 'grooming', 'sexual', 'molested', 'touching her', 'touched her', 'inappropriately',
  'into her room at night', 'into his room at night', 'shown her pictures', 'showed her pictures', 'shown him pictures',
  ...combine(['skicka', 'skickar', 'skickat', 'skickade'], ['bilder', 'nakenbilder', 'utan tröja', 'utan kläder']), 'sprida bilderna',
  // pictures of a person without clothes asked for ("en 'spelkompis' som vill ha bilder på honom utan kläder mot spelvaluta")
  ...combine(['bilder på honom', 'bilder på henne', 'bilder på sig', 'bilder på sig själv', 'bilder av honom', 'bilder av henne', 'foton på honom', 'foton på henne', 'kort på honom', 'kort på henne'], ['utan kläder', 'naken', 'nakna', 'i underkläder']),
  // … asked for or sent (never the words alone: a school's letter about nudes in chat groups, a gallery's nude photographs)
  ...combine(['skicka', 'skickar', 'skickat', 'skickade', 'ber om', 'bad om', 'bett om', 'tjatar om', 'tjatat om', 'asked for', 'asking for', 'asks for', 'send', 'sent'], [
    '=nudes=', 'nakenbild', 'nakenfoton', 'nakenfoto', 'nude pics', 'nude pictures', 'naked pictures',
  ]),
  'pictures of him naked', 'pictures of her naked', ...combine(['send him', 'send her', 'send me', 'sent him', 'sent her'], ['nude pics', 'nudes', 'nude pictures', 'naked pictures']),
  ...combine(['pics of', 'pictures of', 'photos of'], ['her body', 'his body']),
  ...combine(['skicka', 'skickar', 'skickat', 'skickade'], ['snoppbilder', 'kukbilder', 'dickpics', 'dick pics']),
  // … or to show themself naked on camera ("ber vår son, 10 år, visa sig naken i kameran", "ska ta av sig framför webbkameran")
  'visa sig naken', 'visar sig naken', 'visade sig naken', 'naken i kameran', 'naken framför kameran', 'naken framför webbkameran', ...combine(['ta av sig', 'klä av sig', 'klär av sig'], ['framför kameran', 'framför webbkameran', 'i kameran', 'framför mobilen']),
  'undress on camera', 'naked on camera',
  'lägger ut allt', 'lägga ut bilderna', 'sextortion',
  // an older man in contact with a young person ("meddelanden på snapchat från en vuxen man som vill träffa henne") — not any older man
  // named ("Den boende, en äldre man, tog sig ut själv" in a fire crew's report of a hydrant)
  ...combine(['vuxen man', 'äldre man', 'vuxen kille', 'äldre kille'], ['som vill träffa', 'som skriver till', 'som skickar', 'som chattar', 'på snapchat', 'på snap', 'på nätet', 'på instagram',
    'på tiktok', 'i ett spel', 'som ger henne', 'som ger honom', 'som köper', 'som hämtar henne', 'som hämtar honom', 'som swishat', 'som swishar', 'som hon träffat', 'som han träffat']),
  ...combine(['från en', 'med en', 'träffar en', 'träffat en', 'träffade en'], ['vuxen man', 'äldre man', 'vuxen kille', 'äldre kille']), 'send pictures', 'sent pictures',
  ...combine(['pushed', 'pushes', 'shoved', 'grabbed', 'dragged'], ['me', 'him', 'her', 'them']), 'cut on his', 'cut on her', 'cut on my',
  'packed a bag', 'run away', 'ran away',
  // fear, locked in or out, thrown out
  'rädd för sin pappa', 'rädd för sin mamma', 'rädd för pappa', 'rädd för mamma', 'rädd för sin styvpappa', 'rädd för styvpappan',
  'rädd för honom', 'rädd för henne', 'rädd att gå hem', 'vågar inte gå hem', 'vågar inte åka hem', 'vill inte gå hem',
  'inte vill gå hem', 'inte vågar gå hem', 'vill inte va hemma', 'vill inte vara hemma', 'får inte gå hem', 'inte får gå hem',
  ...combine(['rädd för att', 'rädd att', 'vågar inte', 'vill inte', 'inte vill', 'inte vågar', 'orkar inte'], ['gå hem', 'åka hem', 'komma hem', 'vara hemma', 'va hemma', 'sova hemma']),
  'gömmer sig', 'gömde sig', 'gömt sig', 'låst ute', 'låste ute', 'utelåst', 'utelåsta', 'inlåst', 'inlåsta', 'slängt ut',
  // a person's door locked from the outside ("När jag besökte igår var hans dörr låst utifrån")
  'låst utifrån', 'låste utifrån', 'låses utifrån', 'låsta utifrån', 'låst från utsidan', 'locked from the outside', 'locked in his room', 'locked in her room',
  // locked in: a person ("låste in honom", "låser in sig"), never things ("jag låste in mina grejer i ett skåp")
  ...combine(['låser in', 'låst in', 'låste in', 'låsa in'], ['sig', 'mig', 'oss', 'honom', 'henne', 'dem', 'dom', 'barnet', 'barnen', 'ungarna', 'pojken', 'flickan', 'sonen', 'dottern', 'lillebror', 'lillasyster', 'hen']),
  'slängde ut', 'kastat ut', 'kastade ut', 'får inte komma hem', 'inte får komma hem', 'sover ute', 'ingenstans att sova', 'ingenstans att bo',
  'rymt hemifrån', 'rymde hemifrån', 'dum mot mig', 'afraid to go home',
  // thrown out, with nowhere to sleep ("blivit utkastad hemifrån … sover hos en kompis")
  'utkastad', 'utkastade', 'kastad ut', 'slängd ut', 'utslängd', 'vet inte var jag ska sova', 'vet inte var jag ska bo', 'thrown out', 'scared to go home', "doesn't want to go home", 'does not want to go home',
  "couldn't go home", "can't go home", 'could not go home', 'cannot go home', "doesn't want to go back", 'kicked out', 'nowhere to sleep',
  // a child or a young person sleeping where no one should
  ...combine(['sover', 'sov', 'sova', 'får sova', 'fick sova', 'sovit', 'har sovit'], ['i bilen', 'i trapphuset', 'i trappuppgången', 'i trappan', 'i källaren', 'i tvättstugan', 'i förrådet',
    'på busstationen', 'på stationen', 'på toaletten', 'på toan', 'på handikapptoaletten', 'i parken', 'på gatan', 'i ett tält', 'under bron', 'i väntsalen', 'på perrongen', 'i tunneln']),
  // … also where the sentence before said where ("Efter en stund kom en flicka ut … hon har sovit där flera nätter")
  ...combine(['sovit där', 'sover där', 'sov där'], ['flera nätter', 'i flera nätter', 'varje natt', 'i natt', 'hela natten', 'i tre nätter', 'i två nätter']),
  // a small child climbing a balcony's railing ("klättrar på balkongräcket"; not a playground's railing or a bike hanging on one)
  ...combine(['klättrar', 'klättrade', 'klättrat', 'klänger'], ['på balkongräcket', 'över balkongräcket', 'upp på balkongräcket', 'på räcket på balkongen', 'upp på räcket på balkongen']),
  // a young person drawn in by criminals ("min son 16 år, han är med farliga män")
  'farliga män', 'farliga killar', 'kriminella män', 'kriminella killar',
  // a young person who cannot go home, thrown out (as written: "han kasta ut mig"), with no food, bleeding
  ...combine(['kan inte', 'inte kan'], ['gå hem', 'åka hem', 'sova hemma']), 'han kan inte vara hemma', 'hon kan inte vara hemma', 'han inte kan vara hemma', 'hon inte kan vara hemma',
  'kasta ut mig', 'kastar ut mig', 'kasta ut honom', 'kasta ut henne', 'har inte mat', 'har ingen mat', 'ingen mat hemma', 'inte fått mat', 'inte ätit på',
  'blodigt sår', 'blodiga sår', 'blödande sår',
  // a family kept warm by a grill or a fire indoors (carbon monoxide)
  'grillen inne', 'grill inne', 'grillar inne', 'grillat inne', 'engångsgrill inne', 'engångsgrillen inne', 'grill inomhus', 'grillen inomhus', 'kolmonoxid',
  'barbecue inside', 'grill indoors', 'carbon monoxide',
  ...combine(['sleeping', 'sleeps', 'slept'], ['in the car', 'in the stairwell', 'in the basement', 'in the laundry room']),
  // locked in, in English
  ...combine(['locks', 'locked', 'is locking'], ['him in', 'her in', 'them in', 'the child in', 'the kids in']),
  'locked in his room', 'locked in her room', 'locked in their room',
  // someone who cannot say no taken over in their own home
  'vänner har flyttat in', 'har flyttat in hos honom', 'har flyttat in hos henne', 'får inte bestämma något',
  // an old or ill person who cannot manage, and money taken
  'förvirrad', 'förvirrade', 'desorienterad', '=vilse=', 'gått vilse', 'hittar inte hem', 'hittade inte hem', 'visste inte vart han',
  'visste inte vart hon', 'vet inte vilken dag', 'pratade konstigt', 'går ut på natten', 'bara kalsonger', 'i pyjamas', 'in her nightgown', 'in his pyjamas', 'in her pyjamas', 'in her nightdress', 'only in pyjamas',
  'nattlinne', 'nattlinnet', ...combine(['glömmer', 'glömde', 'glömt', 'glömma'], ['att äta', 'äta', 'att ta sin medicin', 'sin medicin']),
  ...combine(['spisen', 'plattan', 'plattorna'], ['på', 'stå på', 'står på', 'stod på']), 'letar efter sin', 'letade efter sin',
  'letade efter min', 'som dog för', 'inte synts', 'inte setts', 'inte sett henne', 'inte sett honom',
  ...UNSEEN,
  // unable to get up, said with its own "inte" (which the negation check would otherwise take as a denial)
  ...combine(['cannot', "can't", 'could not', "couldn't"], ['get out of bed', 'get up from the floor', 'get up off the floor']),
  ...combine(['kan inte ta', 'kan inte', 'kommer inte'], ['mig ur sängen', 'sig ur sängen', 'mig upp', 'sig upp från golvet', 'upp ur sängen', 'resa mig', 'resa sig']), 'tidningarna ligger kvar', 'tidningar ligger kvar', 'ingen öppnar', 'ligger på golvet', 'satt på golvet', 'sitter på golvet', 'legat på golvet', 'kan inte ta sig upp', 'ta mig ur sängen',
  'ligger i blöt', 'tomt kylskåp', 'frusen',
  'fullt med sopor', 'luktade avföring', 'tar hans pengar', 'tar hennes pengar', 'tar deras pengar', 'tagit hans pengar',
  'tagit hennes pengar', 'tar pengar från', 'tar ut pengar', 'tog ut pengar', 'tagit ut pengar', 'från hans konto', 'från hennes konto',
  'tömmer hans konto', 'tömmer hennes konto',
  // (an account emptied: not by an estate, a trustee, a power of attorney or the writer, nor a fraud warned of — ESTATE)
  ...combine(['tömmer', 'tömt', 'tömde', 'länsar', 'länsat', 'länsade'], ['pappas konto', 'mammas konto', 'mormors konto', 'morfars konto', 'farmors konto', 'farfars konto', 'hans bankkonto', 'hennes bankkonto']),
  'tömt hans konto', 'tömt hennes konto', 'tömde hans konto', 'tömde hennes konto',
  ...combine(['taking money from', 'taken money from', 'took money from', 'stealing money from', 'stolen money from', 'emptied', 'emptying', 'draining'], ['his account', 'her account', 'his bank account', 'her bank account']),
  'hans bankkort', 'hennes bankkort', 'tar hand om pengarna', 'lurar henne', 'lurar honom',
  'lurat henne', 'lurat honom', 'pressar henne', 'pressar honom', 'utnyttjar henne', 'utnyttjar honom', 'utnyttjas',
  'ekonomiskt utnyttjande', 'ekonomiska övergrepp', 'romansbedrägeri',
  ...combine(['mamma har blivit', 'pappa har blivit', 'mamma blev', 'pappa blev', 'hon har blivit', 'han har blivit', 'mormor har blivit', 'farmor har blivit',
    'morfar har blivit', 'farfar har blivit', 'mormor blev', 'farmor blev', 'morfar blev', 'farfar blev'], ['lurad', 'lurad på', 'blåst på']),
  // an adult with a baby who does not know where she is; injuries the carers' story does not explain
  'verkar inte veta var hon är', 'verkar inte veta var han är', 'skador som inte stämmer', 'oförklarliga skador', 'injuries that do not match',
  "injuries that don't match", 'unexplained injuries', 'unexplained bruises',
  // a child without winter clothes in the cold
  'saknar vinterkläder', 'inga vinterkläder', 'utan vinterkläder', 'inte ha vinterkläder', 'har inga vinterkläder', 'gympaskor i snön', 'utan jacka i', 'svårt med minnet', 'minnet sviktar', 'confused', 'wandering', 'taking his money', 'taking her money',
  'takes his money', 'takes her money', 'not been seen', 'has not been out', "hasn't been out", 'cannot take care of',
  "can't take care of", 'full of rubbish', 'hoarding',
  // said of a person: "grannens barn far illa"
  'far illa', 'fara illa', 'farit illa',
  // psychosis of a carer
  'psykos', 'psykotisk', 'förgiftade',
  // honour-related control
  'gifta bort', 'giftas bort', 'bortgift', 'tvångsgifte', 'tvångsäktenskap', 'hedersrelaterat', 'hedersvåld', 'får inte träffa',
  'får inte gå ut', 'får inte ha egen telefon', 'skickas tillbaka', 'forced marriage',
  // what a professional writes
  'behov av stöd eller skydd', 'behov av skydd och stöd', 'behov av skydd', 'behöver skydd',
];
/**
 * A fall ("har ramlat", "föll", "fell", "has fallen"): a harm, and a sign, only told with the person still down after it ("Pappa har ramlat i
 * badrummet och kommer inte upp", "Dad fell and can't get up", "har fallit i köket och ligger kvar": {@link floored}) — a fall alone
 * ("Mormor har ramlat", "har fallit två gånger i vinter") tells no one is still down.
 */
const FALL = ['har ramlat', 'har fallit', 'har trillat', 'ramlade', '=föll=', '=fell=', 'has fallen', 'have fallen', "'s fallen", 'has had a fall'];
const FALL_SAID = /^(?:har\s+(?:ramlat|fallit|trillat)|ramlade|föll|fell|has\s+fallen|have\s+fallen|'?s\s+fallen|has\s+had\s+a\s+fall)$/u;
/**
 * After a fall ({@link FALL}), the person still down: a place or a few words between at most ("har ramlat i natt och ligger kvar på golvet",
 * "har ramlat igen för tredje gången denna vecka och ligger nu på golvet", "has fallen in her flat and is stuck on the floor") — not
 * still in a bed or a hospital ("ligger kvar i sängen", "ligger kvar på lasarettet").
 */
const STILL_DOWN = new RegExp(
  String.raw`^(?:\s+[^\s.!?,;]+){0,6}?\s*,?\s+(?:och|and|o)\s+(?:(?:han|hon|hen|he|she|jag|I)\s+)?(?:` +
    // (… or cannot get up, a time between: "jag har ramlat i köket i går kväll och jag kommer inte upp")
    String.raw`(?:kan|kommer|orkar|klarar)\s+(?:inte|ej)\s+(?:\p{L}+\s+)?(?:upp(?!\s+(?:för|till|på|i)\s)|resa\s+(?:på\s+)?(?:sig|mig)|ta\s+(?:sig|mig)\s+upp)|(?:can't|cannot|can\s+not|is\s+unable\s+to)\s+get\s+up|ligger\s+(?:nu\s+|fortfarande\s+)?(?:kvar(?=\s*(?:[.,!;]|$|där|på\s+(?:\p{L}+)?golvet))|på\s+(?:\p{L}+)?golvet)` +
    // (… or has lain there since: "Mamma föll i morse och har legat på golvet sedan dess")
    String.raw`|har\s+legat\s+(?:kvar\s+)?på\s+(?:\p{L}+)?golvet|(?:has|'s)\s+been\s+(?:lying\s+)?on\s+the\s+(?:\p{L}+\s+)?floor` +
    String.raw`|(?:is|'s)\s+(?:still\s+)?(?:lying\s+there|stuck\s+on\s+the\s+floor|(?:lying\s+)?on\s+the\s+(?:\p{L}+\s+)?floor))(?![\p{L}])`,
  'iu',
);
/** Whether the person is still down right after a fall's words ({@link CANNOT_GET_UP}, {@link STILL_DOWN}). */
function stillDownAfter(rest: string): boolean {
  return CANNOT_GET_UP.test(rest) || STILL_DOWN.test(rest);
}
/** Who may lie there in the word order after "nu", "där", "här" ("Nu ligger pappa på golvet"). */
const INVERTED_LYING = ['pappa', 'mamma', 'mormor', 'morfar', 'farmor', 'farfar', 'svärmor', 'svärfar', '=han=', '=hon=', 'grannen', 'min man', 'min fru', 'min sambo'];
/**
 * A body left without what it needs — food, dry sheets, help up from the floor — told of the person right beside the words and
 * left there, or for a time ("Pappa får ingen mat", "Dad has not been fed since Monday", "där ligger pappa i blöta lakan sedan i
 * morse"). A parent, an old or a young person, "han"/"hon": any of them told of so is at risk. Said of a place or a meal after the
 * words ("inte ätit lunch på Träffpunkten"), or with a reason or care beside it ("inför operationen", "får dropp på lasarettet",
 * "because the train is stuck") it is no harm ({@link BODILY_EXPLAINED}). Medicine not given for days counts too, not when a
 * prescription, a pharmacy's delay or a review explains it ({@link MEDICINE_EXPLAINED}).
 */
const BODILY = [
  'inte får mat', 'inte fått mat', 'inte fick mat', 'får ingen mat', 'inte fått nån mat', 'inte fått någon mat', 'inte fått äta', 'inte får äta', 'fick inte äta',
  'får inte äta', 'inte ätit', 'inte har ätit', 'svälter', 'inget att äta', 'ingenting att äta', 'ligger på golvet', 'legat på golvet', 'kan inte ta sig upp', 'ligger i blöt',
  'blöta lakan', 'blöt säng', 'i sin egen urin', 'i sitt eget kiss', 'legat blöt', 'ligger blöt', 'legat i blöt',
  'no food', 'not fed', 'not been fed', 'not eaten', "hasn't been fed", "haven't been fed", 'hasnt been fed', "hasn't eaten", 'has not eaten', "haven't eaten", 'hasnt eaten', 'havent eaten', 'nothing to eat',
  'in wet sheets', 'soaked in urine', 'in his own urine', 'in her own urine', 'lying on the floor',
  // (still there, "Mamma ligger kvar på golvet …"; in English without "lying": "Mum is on the floor and can't get up", "stuck on the floor")
  'ligger kvar på golvet', 'legat kvar på golvet',
  ...combine(['is on the', "'s on the", 'stuck on the', 'been on the'], ['floor', 'kitchen floor', 'bathroom floor', 'bedroom floor', 'hall floor']),
  // medicine not given for days ("har inte fått sina mediciner sen fredag"): a prescription, a pharmacy or a review is no harm
  // (MEDICINE_EXPLAINED)
  ...combine(['inte fått', 'inte fick', 'inte får', 'inte har fått', 'inte heller fått', 'får inte', 'fick inte'], ['sina mediciner', 'sin medicin', 'sina läkemedel', 'sitt läkemedel', 'medicinen', 'medicinerna', 'sina tabletter', 'några mediciner', 'någon medicin', 'nån medicin', 'sitt insulin', 'sin insulin', 'insulin',
    // (a medicine named for what it treats: "sina hjärtmediciner", "sin blodtrycksmedicin")
    'sina hjärtmediciner', 'sin hjärtmedicin', 'sina blodtrycksmediciner', 'sin blodtrycksmedicin', 'sina diabetesmediciner', 'sin diabetesmedicin',
    'sina epilepsimediciner', 'sin epilepsimedicin', 'sina parkinsonmediciner', 'sin parkinsonmedicin', 'sina smärtstillande', 'sin blodförtunnande', 'sina blodförtunnande']),
  ...combine(["hasn't had", 'has not had', "hasn't been given", 'has not been given', 'not been given', "hasn't taken", 'has not taken'], ['his medication', 'her medication', 'his medicine', 'her medicine', 'his medicines', 'her medicines', 'his pills', 'her pills', 'his meds', 'her meds', 'his insulin', 'her insulin', 'any medication', 'any medicine']),
  'ligger nu på golvet', 'ligger fortfarande på golvet',
  ...combine(['ligger på'], ['köksgolvet', 'badrumsgolvet', 'hallgolvet', 'toagolvet', 'sovrumsgolvet', 'vardagsrumsgolvet']),
  // (the word order after "nu", "där", "här": "Nu ligger pappa på golvet och kan inte resa sig" — read by floored only)
  ...combine(combine(['ligger'], INVERTED_LYING), ['på golvet', 'på köksgolvet', 'på badrumsgolvet', 'på hallgolvet']),
];
/** Lying wet or on the floor counts for hours too ("sedan i morse", "hela natten", "since this morning"): a body cannot wait a day there. */
const LYING = /(?:blöt|urin|kiss|golvet|upp|wet|sheets|urine|floor)/iu;
const LEFT_LYING = /^\s*(?:(?:sedan|sen)\s+dess|since\s+then|(?:sedan|sen)\s+i\s+(?:morse|natt|kväll|går\s+kväll)|(?:sedan|sen)\s+(?:kl\.?\s*)?\d|hela\s+natten|i\s+flera\s+timmar|since\s+(?:this\s+morning|last\s+night|\d)|all\s+night|for\s+hours)(?![\p{L}])/iu;
/**
 * Lying on the floor now and unable to get up, told right after the words, a place between at most ("Pappa ligger på golvet. Kan
 * inte resa sig.", "Mamma ligger på golvet i hallen och kommer inte upp", "… på golvet hemma tallvägen 4 lövnäs kommer inte upp", "Grandma is lying on the floor and can't get up"): a body
 * that cannot wait, whatever time is told.
 */
const CANNOT_GET_UP = new RegExp(
  String.raw`^\s*(?:(?:hemma|at\s+home)(?![\p{L}])\s*,?\s*)?(?:(?:i|in|på|on|vid|by)\s+(?:\p{L}+\s+){0,2}?\p{L}+\s*)?` +
    // (a street address: "hemma tallvägen 4 lövnäs kommer inte upp")
    String.raw`(?:\p{L}+\s+\d{1,3}\s?[a-z]?(?![\p{L}\d])(?:\s*,?\s*\p{L}+)?\s*,?\s*)?(?:(?:sedan|sen|since)\s+(?:\p{L}+\s+)?(?:\p{L}+|\d{1,2}(?:[.:]\d\d)?)\s*)?` +
    // (the writer too: "jag har ramlat i köket och jag kommer inte upp" — not up a hill or a bus: "kommer inte upp för backen")
    String.raw`(?:[.!,]\s*)?(?:och\s+|and\s+)?(?:(?:han|hon|hen|he|she|jag|I)\s+)?(?:` +
    String.raw`(?:(?:kan|kommer|kmr|orkar|klarar)\s+(?:inte|ej|int)|(?:inte|ej)\s+(?:kan|kommer|kmr|orkar|klarar))\s+(?:\p{L}+\s+)?(?:upp(?!\s+(?:för|till|på|i)\s)|resa\s+(?:på\s+)?(?:sig|mig)|ta\s+(?:sig|mig)\s+upp)` +
    String.raw`|(?:vi|jag)\s+(?:får|kan)\s+inte\s+upp\s+(?:honom|henne)|(?:can't|cant|cannot|can\s+not|could\s+not|couldn't|(?:is\s+)?unable\s+to)\s+get\s+up)(?![\p{L}])`,
  'iu',
);
/** What, right after it, makes the inability a condition, not a state now ("… kan inte resa sig utan hjälp", "… när hon ramlar", "without help"). */
const CONDITION_AFTER = /^\s*(?:själv\s+)?(?:utan|förrän|när|om|ifall|without|unless|until|when|whenever|if)(?![\p{L}])/iu;
/**
 * Words before the harm in its sentence that only suppose it: a clause opened by "om", "när", "if", "when" whose subject is the one
 * lying there ("Om pappa ligger på golvet …", "When mum is lying on the floor …" — not "jag ringer om pappa, han ligger …").
 */
const SUPPOSED_BEFORE =
  /(?:(?:^\s*|[,;:]\s*|(?<![\p{L}])(?:och|men|så|and|but)\s+)(?:om|ifall|if)|(?<![\p{L}])(?:när|when|whenever))\s+(?:[^\s.!?]+\s+){0,3}$/iu;
/** A habit or an imagined case ("… ibland på nätterna", "varje gång", "imagine"). */
const HABIT = /(?<![\p{L}])(?:varje\s+gång|every\s+time|imagine|tänk\s+dig|tänk\s+om|what\s+if|in\s+case|ibland|sometimes|brukar|usually|ofta|often|på\s+nätterna)(?![\p{L}])/iu;
/** What breaks a sentence into clauses: a comma, a colon, "men", "som", "eftersom" (and English). */
const CLAUSE_BREAK = /[,;:]|(?<![\p{L}])(?:men|but|som|who|which|eftersom|because)(?![\p{L}])/iu;
const CLAUSE_BREAKS = new RegExp(CLAUSE_BREAK.source, 'giu');
/** The last clause of a text (what follows its last {@link CLAUSE_BREAK}). */
function lastClause(text: string): string {
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAKS)) at = m.index + m[0].length;
  return text.slice(at);
}
/** A past time opening the sentence: the fall is told as a story ("I söndags ligger hon där …", "Last Tuesday she is lying …"). */
const PAST_OPENING =
  /^\s*(?:(?:i\s+)?(?:förrgår|måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags)|förra\s+(?:veckan|helgen|månaden)|last\s+(?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|night)|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a\s+few\s+days\s+ago|för\s+(?:några|ett\s+par|två|tre)\s+(?:dagar|veckor)\s+sedan)(?![\p{L}])/iu;
/** The harm words of lying on the floor or not getting up ("ligger på golvet", "kan inte resa sig", "kommer inte upp"). */
const FLOOR_WORDS = /golvet|floor|resa\s+(?:på\s+)?sig|sig\s+upp|mig\s+upp|get\s+up|ur\s+sängen|out\s+of\s+bed/iu;
/** A baby or an age in months: not standing up yet is development. */
const BABY = /(?<![\p{L}])(?:bebis\p{L}*|bäbis\p{L}*|baby\p{L}*|spädbarn\p{L}*|ettåring\p{L}*|infant\p{L}*|toddler\p{L}*|\d+\s*(?:månader|mån|months))(?![\p{L}])/iu;
/** The one lying there: a grown-up, a parent, a partner, "hon"/"han" — at most this many words before the harm ("Pappa har ramlat och ligger på golvet"). */
const FLOORED_MAX_WORDS = 4;
/** A person word in the genitive followed by another person ("Mammas sambo", "Pappas fru", "Grannens son"): the one after it is meant. */
const PERSON_AFTER_GENITIVE =
  /^s\s+(?:sambo|man|make|fru|hustru|partner|pojkvän|flickvän|granne|vän|väninna|kompis|bror|syster|mamma|mor|pappa|far|son|dotter|barn|mormor|morfar|farmor|farfar|husband|wife|partner|neighbou?r|friend|mother|father|son|daughter)(?![\p{L}])/iu;
/**
 * Whether person word `p` is a thing's owner, not a person in the sentence ("Mammas tavla", "Mormors mattor"): a Swedish genitive
 * not followed by a person, or a longer word it starts. (English "'s" is as often "is" or "has" — "Dad's not been fed", "Mum's lying
 * on the floor" — and is never read as an owner.)
 */
function ownsAThing(text: string, p: Hit): boolean {
  const rest = text.slice(p.end, p.end + 30);
  return /^\p{L}/u.test(rest) && (!/^s(?![\p{L}])/u.test(rest) || !PERSON_AFTER_GENITIVE.test(rest));
}
/** "Gamla", "äldre" before a noun is an adjective ("den gamla mattan"), not an old person. */
const ADJECTIVE_AGE = /^(?:gamla|gammal|gamle|äldre)$/iu;
/**
 * The writer asks for someone to go to the person now ("Kan nån åka dit NU", "kan någon åka dit och titta till honom", "someone needs to
 * go over there"): what a report asks, not a complaint — a fault report asks to "skicka nån", never to go to a person.
 */
const GO_THERE_NOW = new RegExp(
  String.raw`(?<![\p{L}])(?:(?:någon|nån|ni)\s+(?:kunde\s+|kan\s+|måste\s+)?åka\s+dit|åk\s+dit|åka\s+hem\s+till\s+(?:henne|honom|dem)|someone\s+(?:to\s+|needs\s+to\s+|could\s+|can\s+)?go\s+(?:over|round|there)|send\s+someone\s+(?:over|round|to\s+(?:her|him|them))` +
    // (someone sent there, or to look in on the person: "Kan ni skicka någon dit?", "Kan någon titta till henne?", "Please send someone.",
    // "Could somebody please go and check on her today?")
    String.raw`|skicka\s+(?:någon|nån|hemtjänsten|personal|en\s+sköterska)\s+dit|(?:någon|nån|ni)\s+(?:kunde\s+|kan\s+)?(?:åka\s+och\s+)?titta\s+till\s+(?:henne|honom|dem)` +
    String.raw`|send\s+(?:someone|somebody)(?=\s*(?:[.!]|$|now|today|tonight))|(?:someone|somebody|anyone)\s+(?:please\s+)?(?:go\s+and\s+)?check\s+on\s+(?:her|him|them))(?![\p{L}])`,
  'iu',
);
/**
 * The person is left alone through a span that is not over ("Mormor (demens) ensam hela påsken - hemtjänsten kom inte igår kväll,
 * ingen mat hemma", "Mum is alone all weekend", "han är ensam tills på måndag"): a harm at a service's door that goes on is a report,
 * not a complaint about a visit gone by — said in the present or as a headline, never in the past, as a plan or a habit ("fick vara
 * ensam hela helgen", "blir ensam över julen", "ensam hela helgerna": an independent review).
 */
const ALONE_THROUGH_NOW = new RegExp(
  // (said in the present — "är ensam", "is alone" — or as a headline after the person: "Mormor (demens) ensam", "Pappa ensam")
  String.raw`(?:(?<=(?:^|[^\p{L}])(?:är|sitter|ligger|is|are|'s)\s+(?:helt\s+|alldeles\s+|all\s+)?)|(?<=\)\s*)|` +
    String.raw`(?<=(?:^|[^\p{L}])(?:mormor|morfar|farmor|farfar|mamma|pappa|grannen|gran|nana|mum|mom|dad|grandma|grandpa|granny)\s+))` +
    String.raw`(?:ensam|alone)\s+(?:hemma\s+|at\s+home\s+)?(?:(?:hela|över|under|all|over|through)\s+(?:the\s+)?` +
    String.raw`(?:påsken|julen|helgen|långhelgen|midsommar(?:helgen)?|nyårshelgen|natten|veckan|weekend|easter|christmas|night|holiday)` +
    String.raw`|(?:tills?|until)\s+(?:på\s+)?(?:\p{L}+dag(?:en)?|i\s*morgon|tomorrow|\p{L}+day))(?![\p{L}])`,
  'iu',
);
/**
 * The writer cannot get to the person yet ("Jag kommer dit först i kväll", "jag kan inte åka dit förrän på måndag", "I can't get there
 * until tonight"): the harm is not over — said now, not of a day gone by ("jag kom dit först på kvällen") nor as a habit ("Varje gång jag
 * kommer dit först …").
 */
const CANNOT_COME_YET = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:när|varje\s+gång|om|ifall|if|when|whenever)\s+)(?:(?:jag|vi)\s+(?:kommer|hinner|är)\s+(?:inte\s+)?(?:dit|hem\s+till\s+(?:henne|honom|dem))\s+(?:först|förrän)|(?:jag|vi)\s+(?:kan|hinner)\s+inte\s+(?:åka|komma|ta\s+(?:mig|oss))\s+dit\s+(?:förrän|innan)|(?:jag|vi)\s+kommer\s+inte\s+(?:dit\s+)?förrän|(?:I|we)\s+(?:can't|cannot|can\s+not|won't\s+be\s+able\s+to)\s+get\s+there\s+(?:until|before)|(?:I|we)\s+(?:won't|will\s+not)\s+(?:be|get)\s+there\s+until` +
    // (no one comes until later, the writer is not there until later, lives far off: "ingen kommer förrän på måndag", "Ingen i familjen kan åka dit
    // förrän på tisdag", "de kommer inte förrän i morgon", "Jag är inte där förrän i morgon kväll", "I live in Spain and can't get there")
    String.raw`|(?:ingen|nobody|no\s+one)\s+(?:(?:i|av|of|in)\s+(?:\p{L}+\s+){1,2})?(?:kommer|kan\s+(?:komma|åka)\s+dit|is\s+coming|will\s+come|can\s+(?:come|get\s+there))\s+(?:hit\s+|dit\s+)?(?:förrän|until)` +
    String.raw`|(?:hemtjänsten|de|dom|personalen)\s+kommer\s+inte\s+(?:hit\s+|dit\s+)?förrän|(?:jag|vi)\s+är\s+inte\s+där\s+förrän|(?:jag|vi)\s+hinner\s+inte\s+(?:åka|komma)\s+dit\s+i\s*dag` +
    String.raw`|(?:jag|vi)\s+bor\s+(?:långt\s+bort|utomlands)|(?:I|we)\s+(?:live|am|'m)\s+(?:abroad|far\s+away|in\s+\p{L}+)\s+and\s+(?:can't|cannot|can\s+not)\s+get\s+there)(?![\p{L}])`,
  'iu',
);
/** Someone asked to go to the person, also in the indicative after "se till att" ("se till att någon åker dit i kväll"). */
const GO_THERE = new RegExp(String.raw`${GO_THERE_NOW.source}|(?<![\p{L}])(?:någon|nån)\s+åker\s+dit(?![\p{L}])`, 'iu');
/** A time that is now, in the sentence that asks someone to go there ("… åker dit i kväll", "go round today") — not "nu i veckan", "direkt på morgonen". */
const NOW_TIME =
  /(?<![\p{L}])(?:nu(?!\s+(?:i\s+veckan|på|för\s+tiden|i\s+helgen|i\s+fortsättningen))|i\s*kväll|i\s*dag|i\s*natt|genast|direkt(?!\s+(?:på|när|efter))|omgående|snarast|med\s+en\s+gång|now|tonight|today|right\s+away|immediately|asap)(?![\p{L}])/iu;
/** A standing arrangement, not a visit now ("varje kväll", "framöver", "i fortsättningen", "from now on"). */
const STANDING = /(?<![\p{L}])(?:varje|framöver|i\s+fortsättningen|hädanefter|från\s+och\s+med|every|from\s+now\s+on|in\s+future|going\s+forward)(?![\p{L}])/iu;

/** The sentence around a position: from the last end mark or line break before it to the next one after it. */
function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf('!', at), text.lastIndexOf('?', at), text.lastIndexOf('\n', at)) + 1;
  const after = text.slice(at).search(/[.!?\n]/u);
  return text.slice(start, after < 0 ? text.length : at + after);
}

/** Someone asked to go to the person ({@link GO_THERE}) with a time that is now in the same sentence, not as a standing arrangement. */
function goThereTonight(r: ZoneReading): boolean {
  if (r.zone === ZONE_INDEX.forwarded) return false;
  // (every ask in the reading: a later one may bear the time — "Kan någon åka dit? … Snälla, någon måste åka dit i kväll")
  for (const m of r.text.matchAll(GO_THERE_ALL)) {
    const sentence = sentenceAround(r.text, m.index);
    if (NOW_TIME.test(sentence) && !STANDING.test(sentence)) return true;
  }
  return false;
}
const GO_THERE_ALL = new RegExp(GO_THERE.source, 'giu');

/** A verb in the past before a harm in its clause ("hon fick ingen mat", "he had no food", "was not fed"): the harm is over. */
const PAST_VERB_BEFORE = /(?<![\p{L}])(?:fick|hade|åt|var|blev|låg|satt|kom|gick|(?<!(?:has|have|hasn't|haven't|hasnt|havent)\s+)had|was|were|went|got|didn't|did\s+not)(?:\s+(?!(?:har|är|has|have|is|are)(?![\p{L}]))\p{L}+){0,3}\s*$/iu;
/** Words that open a clause of their own ("… och hon fick …", "… so he had …"). */
const CONJUNCTIONS = /(?<![\p{L}])(?:och|så|men|and|so|but)(?![\p{L}])/giu;
/** A day gone by, not the start of what goes on ("i tisdags", "förra helgen", "på juldagen", "last Tuesday" — not "sedan i fredags"). */
const PAST_DAY =
  /(?<![\p{L}])(?<!(?:sedan|sen|since|från|from)\s+)(?:i\s+(?:\p{L}+dags|påskas|julas|somras|höstas|våras|vintras)|på\s+(?!(?:för|efter)middagen)\p{L}+dagen|förra\s+(?:veckan|helgen|\p{L}+dagen)|last\s+(?!night|evening)\p{L}+|on\s+(?:\p{L}+day|boxing\s+day|christmas\s+day))(?![\p{L}])/iu;
/** A day that is now ("i dag", "nu", "tonight"; not "nu när", now that): a harm told with it is not over, whatever days came before it. */
const PRESENT_DAY = /(?<![\p{L}])(?:i\s*dag|nu(?!\s+när)|i\s*kväll|i\s*natt|i\s*morse|today|now|tonight|this\s+morning)(?![\p{L}])/iu;

/** Occasions counted ("två gånger", "vid ett tillfälle", "den dagen", "twice"): a harm told as instances that are over. */
const INSTANCES = /(?<![\p{L}])(?:(?:\d+|två|tre|fyra|fem|flera|många|upprepade|ett\s+par)\s+gånger|vid\s+(?:ett|flera)\s+tillfällen?|de\s+dagarna|den\s+dagen|(?<=\p{L}\s)då(?=\s*[.!,]|\s*$)|twice|several\s+times|\d+\s+times|that\s+day|on\s+those\s+days)(?![\p{L}])/iu;
/** How long the harm has lasted, right after it ("… sedan i fredags", "since Monday"): it goes on. */
const LASTING_AFTER = /^\s*(?:hemma\s+|at\s+home\s+)?(?:sedan|sen|since)(?![\p{L}])/iu;

/**
 * Whether a harm is told as over: a verb in the past in its own clause ("… och hon fick ingen mat"), or a day gone by in its sentence
 * with no day that is now ("Hon fick ingen mat på lördagen", not "Hon har inte fått någon mat i tisdags, i onsdags eller i dag").
 * What makes a harm at a service's door go on (the person alone through now, the writer not there yet, someone asked to go there
 * now) counts only for a harm that is not over (an independent review: twenty-one complaints of a visit gone by).
 */
function harmIsOver(r: ZoneReading, h: Hit): boolean {
  const sentenceStart = h.sentence === 0 ? 0 : r.ends[h.sentence - 1]! + 1;
  const before = r.text.slice(sentenceStart, h.start);
  let clauseStart = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'));
  for (const m of before.matchAll(CONJUNCTIONS)) clauseStart = Math.max(clauseStart, m.index);
  if (PAST_VERB_BEFORE.test(before.slice(clauseStart + 1))) return true;
  const sentence = sentenceText(r.text, r.ends, h.sentence);
  if (LASTING_AFTER.test(r.text.slice(h.end, h.end + 40))) return false;
  if (INSTANCES.test(sentence) && !PRESENT_DAY.test(sentence)) return true;
  return PAST_DAY.test(sentence) && !PRESENT_DAY.test(sentence);
}

/**
 * How long a harm has lasted up to now, right after it ("har inte fått mat sedan i fredags", "not eaten for three days", "sedan i
 * morse"): told in the present or perfect (not over: {@link harmIsOver}), the person is without it still.
 */
const LASTS_AFTER = new RegExp(
  String.raw`^\s*(?:hemma\s+|at\s+home\s+)?(?:(?:på|i|in|for)\s+(?:\d+|två|tre|fyra|fem|sex|sju|flera|många|några|two|three|four|five|six|seven|several|many)\s+(?:dagar|dygn|days)` +
    String.raw`|(?:på|i|for)\s+(?:hela\s+dagen|ett\s+dygn|a\s+day)|(?:sedan|sen|since)\s+(?:i\s+(?:går|förrgår|morse|natt|kväll|går\s+kväll|\p{L}+dags)|igår|dess|\p{L}+dag(?:en)?|\p{L}+day|yesterday|then|this\s+morning|last\s+night))(?![\p{L}])`,
  'iu',
);
/**
 * "Still" right before a harm, said in the present ("pappa har fortfarande inte fått någon mat", "Mum is still not eating") — not of a
 * day gone by ("i går stod hon fortfarande i nattlinne").
 */
const STILL_BEFORE = /(?<![\p{L}])(?:(?:har|är|får|has|have|is|are)\s+(?:\p{L}+\s+)?(?:fortfarande|ännu|still)|(?:fortfarande|ännu|still)\s+(?:har|är|får|has|have|is|are|not|inte))\s+$/iu;
/** "Still" right before a harm that opens with its own verb in the present or perfect ("Dad still hasn't eaten"). */
const STILL_RIGHT_BEFORE = /(?<![\p{L}])(?:fortfarande|ännu|still)\s+$/iu;
/** A verb in the past inside a harm's own words ("fick inte äta", "hadn't eaten"). */
const PAST_IN_HARM = /(?<![\p{L}])(?:fick|åt|hade|låg|var|satt|hadn't|had|was|were|didn't)(?![\p{L}])/iu;
const PRESENT_OPENING = /^(?:has|hasn't|have|haven't|is|isn't|har|är|får)(?![\p{L}])/iu;
/** The harm has since been met ("nu har hon fått mat", "de kom till slut", "they finally came"): nothing lasts. */
const MET_SINCE = new RegExp(
  String.raw`(?<![\p{L}])(?:nu\s+har\s+(?:hon|han|hen|de|dom|mamma|pappa)\s+(?:\p{L}+\s+)?(?:fått|ätit|kommit)|(?:kom|fick)\s+(?:\p{L}+\s+){0,3}?(?:till\s+slut|äntligen)|(?:till\s+slut|äntligen)\s+(?:kom|fick)|(?:finally|eventually)\s+(?:came|got)|(?:came|got)\s+(?:\p{L}+\s+){0,3}?(?:in\s+the\s+end|eventually|finally)|(?:she|he|they)\s+(?:has|have)\s+(?:now\s+)?(?:eaten|been\s+fed)` +
    // (the person is safe with the writer now, or moved, or the writer has seen to it: "Nu är hon hos oss och mår bra", "Han bor hos oss nu",
    // "Nu har hon flyttat till boende", "Vi har åkt dit själva och fixat", "He is with us now")
    String.raw`|(?:bor|sover|stannar)\s+(?:\p{L}+\s+)?hos\s+(?:oss|mig)|(?:har|has|have)\s+(?:(?:hon|han|hen|de|she|he|they)\s+)?(?:nu\s+|now\s+)?(?:flyttat|moved)\s+(?:hem\s+)?(?:till|in\s+with|to)\s+(?:oss|mig|us|me|korttids\p{L}*|ett\s+boende|boende|\p{L}*boendet|a\s+care\s+home)(?![\p{L}])|(?:vi|jag)\s+har\s+(?:\p{L}+\s+){0,4}?(?:fixat|ordnat|löst|lagat\s+mat)` +
    String.raw`|(?:we|I)\s+(?:have|'ve)\s+(?:\p{L}+\s+){0,4}?(?:sorted|fixed)|(?:is|are)\s+staying\s+with\s+(?:us|me)` +
    // (food brought from home: FOOD_BROUGHT)
    String.raw`|matsäck\p{L}*|inte\s+hungrig|not\s+hungry|packed\s+lunch` +
    String.raw`|nu\s+är\s+(?:hon|han|hen|de|dom|mamma|pappa)\s+(?:hos\s+(?:oss|mig)|på\s+sjukhuset|i\s+säkerhet)|(?:hon|han|hen)\s+mår\s+bra|(?:she|he|they)\s+(?:is|are|'s)\s+(?:now\s+)?(?:with\s+(?:us|me)|safe|fine)(?:\s+now)?` +
    // ("My father is fine, he manages with my help")
    String.raw`|(?:my\s+)?(?:father|mother|dad|mum|mom|grandma|grandpa|grandmother|grandfather)\s+is\s+(?:doing\s+)?fine)(?![\p{L}])`,
  'iu',
);

/**
 * Whether harm `h` is told as lasting up to now: how long right after it ({@link LASTS_AFTER}) or "still" before it, in a harm not
 * over and not met since ("Mormor har inte fått mat sedan i fredags. Hemtjänsten har inte kommit."): a body without food or
 * medicine for days goes on being so, whatever service failed it.
 */
function harmLasts(r: ZoneReading, h: Hit): boolean {
  const sentenceStart = h.sentence === 0 ? 0 : r.ends[h.sentence - 1]! + 1;
  // (told in the past, the harm is a day gone by however long it lasted: "han fick inte äta på två dagar")
  if (PAST_IN_HARM.test(r.text.slice(h.start, h.end))) return false;
  const before = r.text.slice(sentenceStart, h.start);
  const still = STILL_BEFORE.test(before) || (STILL_RIGHT_BEFORE.test(before) && PRESENT_OPENING.test(r.text.slice(h.start, h.end)));
  if (!still && !LASTS_AFTER.test(r.text.slice(h.end, h.end + 40))) return false;
  return !harmIsOver(r, h) && !MET_SINCE.test(r.text);
}

/**
 * Signs in the writer's text that the person is ill now ("Han är yr och kan knappt stå", "kramper i dag", "She is very confused
 * today"): a harm at a service's door goes on, and medicine not given is no longer explained by the pharmacy's reason.
 */
const SYMPTOMS_NOW = new RegExp(
  String.raw`(?<![\p{L}])(?<!(?:fick|hade|had|got)\s+)(?:kramp(?:er|anfall)?|(?:är|blir|blivit|känner\s+sig)\s+(?:\p{L}+\s+)?yr|yrsel|kan\s+knappt\s+(?:stå|gå|andas|prata)|medvetslös|andnöd|svårt\s+att\s+andas|bröstsmärt\p{L}*|ont\s+i\s+bröstet|(?:högt|lågt)\s+blodsocker|(?:är|blivit)\s+(?:\p{L}+\s+)?förvirrad|(?:is|seems|feels|getting)\s+(?:very\s+|really\s+|so\s+)?(?:confused|dizzy)|seizures?|having\s+fits|can\s+barely\s+(?:stand|walk|breathe)|chest\s+pains?|(?:high|low)\s+blood\s+sugar|unconscious` +
    // (a fit, sweating and slurred speech of low blood sugar, pain that does not let up)
    String.raw`|anfall|epileptiskt\s+anfall|svettas|pratar\s+konstigt|sluddrar|skriker\s+av\s+smärta|svåra\s+smärtor|har\s+(?:jätte|väldigt\s+|mycket\s+)ont|in\s+(?:a\s+lot\s+of\s+|terrible\s+)?(?:agony|pain)|slurring|sweating)(?![\p{L}])` +
    // (not a condition or a habit: "blir yr om han inte äter", "gets dizzy sometimes")
    String.raw`(?!\s+(?:om|när|ifall|ibland|ofta|utan|if|when|whenever|unless|sometimes|often|without)(?![\p{L}]))`,
  'iu',
);
const SYMPTOMS_NOW_ALL = new RegExp(SYMPTOMS_NOW.source, 'giu');

/**
 * A standing condition, not an illness now ("förvirrad efter sin stroke", "she … is like that every afternoon", "som vanligt", "det har
 * han haft i flera år") — not dementia itself: a person with dementia confused now is the one most at risk.
 */
const STANDING_CONDITION = /(?<![\p{L}])(?:efter\s+(?:sin|hans|hennes|en)\s+(?:stroke|hjärnblödning|operation)|som\s+vanligt|som\s+alltid|varje\s+(?:eftermiddag|kväll|dag|morgon)|alltid\s+(?:är|varit|haft)|i\s+flera\s+år|as\s+(?:always|usual)|for\s+years|every\s+(?:afternoon|evening|day|morning)|like\s+that)(?![\p{L}])/iu;

/** Whether the writer's text tells the person is ill now ({@link SYMPTOMS_NOW}), in a sentence that tells no standing condition. */
function symptomsNow(text: string): boolean {
  for (const m of text.matchAll(SYMPTOMS_NOW_ALL)) {
    // (denied: "Han är inte yr och har inga svåra smärtor", "not dizzy")
    if (/(?<![\p{L}])(?:inte|ej|inga|ingen|inget|aldrig|not|no|never|isn't)(?![\p{L}])/iu.test(m[0]) || /(?<![\p{L}])(?:inte|ej|inga|ingen|inget|aldrig|not|no|never|isn't|utan|without)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, m.index - 20), m.index))) continue;
    if (!STANDING_CONDITION.test(sentenceAround(text, m.index))) return true;
  }
  return false;
}

/** Food brought from elsewhere, anywhere in the text ("Han har med matsäck hemifrån så han är inte hungrig", "a packed lunch"). */
const FOOD_BROUGHT = /(?<![\p{L}])(?:matsäck\p{L}*|inte\s+hungrig|not\s+hungry|packed\s+lunch)(?![\p{L}])/iu;

/** A reason or care in the sentence that explains a {@link BODILY} harm: a cause, a hospital, an operation, a diet, an illness, a vet. */
const BODILY_EXPLAINED =
  /(?<![\p{L}])(?:eftersom|pga|p\.g\.a|på\s+grund\s+av|inför|because|due\s+to|before|apotek\p{L}*|lasarett\p{L}*|sjukhus\p{L}*|dropp|operation\p{L}*|gastroskopi|läkare\p{L}*|doktor\p{L}*|fast\p{L}*|magsjuk\p{L}*|feber|veterinär\p{L}*|hospital|surgery|fasting|pharmacy|vet|tåg\p{L}*|buss\p{L}*|train|bus)(?![\p{L}])/iu;
/**
 * Medicine not given explained, anywhere in the writer's text, by a prescription, its supply, a pharmacy, a doctor, a hospital stay,
 * a review or a trip ("receptet gick ut", "restnoterad", "Apodos skickar nya", "läkemedelsgenomgång", "hon är inlagd", "on holiday"):
 * the words read the same as neglect, so any such reason in the text sets them aside (an independent review: eleven false alarms
 * where the reason stood in the next sentence).
 */
const MEDICINE_EXPLAINED =
  /(?<![\p{L}])(?:recept(?!ion)\p{L}*|restnot\p{L}*|\p{L}*genomgång\p{L}*|apotek\p{L}*|apotea|apodos|dosdispens\p{L}*|dospås\p{L}*|dosrull\p{L}*|dosett\p{L}*|leverans\p{L}*|levererad\p{L}*|försen\p{L}*|läkare\p{L}*|doktor\p{L}*|vårdcentral\p{L}*|sjukhus\p{L}*|lasarett\p{L}*|inlagd|inlagda|semester|(?:sattes|satts|satt|sättas|sätta)\s+ut|sluta\s+med|geriatri\p{L}*|ville\s+själv|ändra(?:t|de|des|ts)?\s+(?:dos\p{L}*|medicin\p{L}*|läkemedel\p{L}*)|dosändring\p{L}*|ny\s+medicin|byt\p{L}*\s+(?:till|medicin)|slut\s+på|prescription\p{L}*|refill\p{L}*|pharmac\p{L}*|chemist|doctor|GP|hospital|review|delivery|delivered|delayed|out\s+of\s+stock|changed|switched|discontinued|holiday)(?![\p{L}])/iu;
/** Medicine not given that has since been given ("nu har hon fått dem", "tar dem igen"): nothing goes on. */
const MEDICINE_RESOLVED = /(?<![\p{L}])(?<!(?:säger|sa|påstår|hävdar|att|says|say|claim|claims|said|that)\s+(?:\p{L}+\s+)?)(?:(?:han|hon|hen|de|mamma|pappa)\s+(?:har\s+(?:nu\s+)?fått\s+(?:dem|allt|sina\s+(?:mediciner|tabletter|läkemedel)|sin\s+medicin|medicinen|medicinerna|tabletterna)|tar\s+dem\s+igen)|har\s+(?:han|hon|hen|de|mamma|pappa)\s+(?:nu\s+)?fått\s+(?:dem|allt|sina\s+(?:mediciner|tabletter|läkemedel)|sin\s+medicin|medicinen|medicinerna|tabletterna)|(?:he|she|they)\s+(?:has|have)\s+(?:now\s+)?(?:had|got)\s+(?:them|it|(?:his|her|their)\s+(?:pills|medication|medicine)))(?![\p{L}])/iu;
/**
 * The words of a {@link BODILY} harm that are about medicine (their reasons are read in the whole text: MEDICINE_EXPLAINED). Not
 * insulin: a diabetic without it for hours is in danger whatever the pharmacy's reason.
 */
const MEDICINE = /medicin|läkemedel|tablett|smärtstillande|blodförtunnande|medication|pills|meds/iu;
/** Parents in the plural right before a {@link BODILY} harm ("Mina föräldrar har …", "My parents have …"). */
const PARENTS_BEFORE = /(?<![\p{L}])(?:föräldrar|parents)\s+(?:\p{L}+\s+){0,2}$/iu;
/**
 * What must follow a {@link BODILY} harm (after a place at most: "hemma", "in the house"): days it has lasted ("på tre dagar", "sedan i fredags", "since Monday", "for two days",
 * "hela helgen") — not hours ("sedan lunch", "since breakfast": a bus stuck, a train late) — or nothing at all: the words end the
 * text or its line ("Pappa får ingen mat"), not a clause the writer goes on from ("Pappa svälter, när öppnar kaféet?", "ligger på
 * golvet och lagar diskmaskinen").
 */
const LEFT_SO = new RegExp(
  String.raw`^\s*(?:(?:hemma|i\s+huset|i\s+kylen|at\s+home|in\s+the\s+(?:house|flat|fridge))(?![\p{L}])\s*)?(?:[.!]*\s*$|[.!]*[ \t]*\n` +
    String.raw`|(?:på|i|in|for|över|over)\s+(?:\d+|två|tre|fyra|fem|sex|sju|flera|många|några|two|three|four|five|six|seven|several|many)\s+(?:dagar|dygn|veckor|days|weeks)` +
    String.raw`|(?:på|i|for)\s+(?:en|ett|a|one)\s+(?:vecka|dygn|week)|for\s+days|i\s+dagar|hela\s+(?:helgen|veckan)|all\s+(?:weekend|week)` +
    String.raw`|(?:sedan|sen)\s+dess|since\s+then|(?:sedan|sen|since)\s+(?:i\s+(?:går|förrgår|\p{L}+dags)|igår|förra\s+veckan|\p{L}+dag(?:en)?|\p{L}+day|yesterday|last\s+week|\d))(?![\p{L}])`,
  'iu',
);

/** An old or ill person who cannot manage: a concern, unless the message applies for care. */
const NEED = ['klarar sig inte', 'klarar inte av att', 'kan inte ta hand om sig', 'klarar inte längre', 'kan inte bo kvar'];
/**
 * Carers who are drunk or high, drugs in the home: a harm to a child or an old person in their care
 * (an adult's own drinking is not a report of concern about that adult).
 */
const INTOX = [
  'berusad', 'berusade', 'aspackad', 'jättefull', 'jättefulla', 'dyngrak', 'luktar sprit', 'luktade sprit', 'luktar alkohol',
  'drogpåverkad', 'påverkad av', 'påverkade av', 'borracha', 'borracho', 'betrunken', 'pijana', 'pijany',
  // a parent who seems under the influence (a neighbour at a party is a noise matter)
  ...combine(['mamman', 'pappan', 'mamma', 'pappa', 'föräldrarna', 'styvpappan', 'mamman som'], ['verkade påverkad', 'verkar påverkad', 'var påverkad', 'är påverkad', 'verkade påverkade', 'är påverkade']), 'inte nykter', 'aldrig nykter', 'knarkar', 'drogar', 'missbruk', 'missbrukar', '=super=', 'dricker varje', 'dricker hela', 'full varje', 'fulla varje', 'rattfull', 'alkoholist',
  'alkoholiserad', 'spyor', 'luktade han sprit', 'luktade hon sprit', 'luktar han sprit', 'luktar hon sprit', 'sover och vaknar inte', 'vaknar inte', 'går inte att väcka', 'gick inte att väcka', 'däckad', 'däckade',
  'säljer droger', 'säljer narkotika', 'säljer från lägenheten',
  // a person said to be drunk ("Hon är full, och i fredags såg jag henne sätta sig i en vit Audi"), never a bin ("containern är full")
  // (not full of something or "fullt klar": set aside where the hits are read)
  ...combine(['hon är', 'han är', 'hon var', 'han var'], ['=full=', 'packad', 'dyngfull', 'stupfull']),
  // (asleep among the bottles: "föräldrarna låg och sov på soffan bland flaskorna")
  'bland flaskorna', 'bland spritflaskorna', 'bland ölburkarna', 'bland vinflaskorna', 'among the bottles',
  // English 'drunk' (never the start of Swedish "drunkna", to drown: set aside where the hits are read)
  '=drunk', 'intoxicated',
  'drugs', 'high on', 'passed out', 'cannot wake', "can't wake",
];
/** "Full" or "packad" of a person in another sense: full of something, fully, packed and ready. */
const NOT_DRUNK = /(?:full|fulla|packad)(?:t|\s+(?:av|med|i|upp|på|fart|och\s+klar|klar)(?![\p{L}]))/iu;
/** Serving alcohol: drunk guests at a restaurant or an event are a licensing matter. */
const LICENCE = ['serveringstillstånd', 'alkoholtillstånd', 'tillståndet', '=gäster=', 'gästerna', 'restaurang', 'restaurangen', '=krog=', '=pub=', 'uteservering', 'alkoholservering'];
/** Being alone is a harm for a child: "barnen är ensamma igen", "the kids are alone all night". */
const ALONE = [
  'ensam hemma', 'ensamma hemma', 'själv hemma', 'själva hemma', 'lämnas ensam', 'lämnas ensamma', 'lämnade ensam', 'lämnade ensamma',
  ...combine(['lämnat', 'lämnar', 'lämnade'], ['henne ensam', 'honom ensam', 'dem ensamma', 'oss ensamma', 'barnen ensamma', 'dom ensamma']),
  // left alone where a child lives for days ("Flicka ca 10 år ensam i husvagn … Föräldrarna borta.")
  'ensam i husvagn', 'ensam i husvagnen', 'ensam i stugan', 'ensam i tältet', 'ensam i lägenheten', 'föräldrarna borta', 'föräldrarna är borta', 'föräldrarna har åkt', 'föräldrarna åkte',
  'föräldrarna har inte kommit tillbaka', 'föräldrarna kom inte tillbaka',
  'ute ensamma', 'ute själva', ...combine(['är ute ensam', 'är ute själv'], ['på nätterna', 'på natten', 'sent', 'varje kväll', 'på kvällarna', 'hela kvällarna', 'mitt i natten']),
  'ensam på balkongen', 'ensamt på balkongen', 'själv på balkongen', 'är ensam tills', 'ensam tills', 'ensam hela dagen', 'ensam hela eftermiddagen', 'ensam i flera timmar',
  'är ensamma', 'var ensamma', 'ensamma igen', 'ensamma sen', 'ensamma i lägenheten', 'ensamma på nätterna',
  'alone at home', 'left alone', 'are alone', 'were alone', 'alone all night', 'alone at night', 'alone every night',
  // left alone in a flat or a car ("the kids have been alone in the flat since yesterday", "4-åringen sitter ensam i bilen i timmar")
  'have been alone', 'alone in the flat', 'alone in the apartment', 'alone in the house', 'alone in the car',
  'ensam i bilen', 'ensamma i bilen', 'ensamt i bilen', 'själva i bilen',
  // a small child left alone, named as one ("lämnar sin lilla unge ensam", "hör den skrika helt ensam i lägenheten")
  ...combine(['lämnar', 'lämnade', 'lämnat', 'lämnas'], [
    'sin unge ensam', 'sin lilla unge ensam', 'ungen ensam', 'barnet ensamt', 'sitt barn ensamt', 'sitt lilla barn ensamt', 'bebisen ensam', 'babyn ensam',
    'sin bebis ensam', 'sin baby ensam', 'den lilla ensam', 'sin lilla ensam',
  ]),
  'ensam i lägenheten', 'ensamt i lägenheten', 'helt ensam i', 'helt ensamt i',
  // alone until late in the night ("småsyskonen är där själva till midnatt varje dag")
  ...combine(['själva', 'ensamma'], ['till midnatt', 'hela natten', 'hela nätterna']),
];
/** A doer right before English violence ("a man … who hits his two small kids", "the guy next door beats his wife"). */
const DOER_BEFORE = /(?<![\p{L}])(?:who|man|woman|guy|lady|father|mother|dad|mum|mom|parent|boyfriend|girlfriend|husband|wife|partner|he|she)\s+(?:(?:also|still|often|always|sometimes|regularly|constantly|just|then)\s+)?$/iu;
/** Minutes, or a parent asking leave: a wait, not a child left ("i fem minuter", "får man …?", "Can my 9-year-old wait …?", "is that allowed?"). */
const FOR_MINUTES = /(?<![\p{L}])(?:minut\p{L}*|minutes?|kort\s+stund|får\s+man|hur\s+(?:gamla|gammal|länge)|får\s+barn(?:en)?|how\s+(?:old|long)|är\s+det\s+(?:tillåtet|olagligt|ok|okej)|is\s+(?:it|that)\s+(?:allowed|legal|illegal|ok|okay)|can\s+(?:my|I|we)|may\s+(?:my|I|we))(?![\p{L}])/iu;
/** Staff in a sentence ({@link STAFF}). */
const STAFF_IN = new RegExp(String.raw`(?<![\p{L}])${STAFF}(?![\p{L}])`, 'iu');
/** An account emptied ({@link HARM}: "tömmer pappas konto", "taking money from his account"). */
const ACCOUNT_EMPTIED = /^(?:tömmer|tömt|tömde|länsar|länsat|länsade|taking|taken|took|stealing|stolen|emptied|emptying|draining)\s/u;
/** An estate, a trustee, a power of attorney, a death or a fraud warned of: an account emptied by right, or a warning. */
const ESTATE = /(?<![\p{L}])(?:bouppteckning\p{L}*|dödsbo\p{L}*|förvaltare\p{L}*|god\s+man|gode\s+mannen|fullmakt\p{L}*|överförmyndar\p{L}*|bedrag\p{L}*|avled|avlidit|avliden|gick\s+bort|dödsfall\p{L}*|estate|executor|power\s+of\s+attorney|trustee|passed\s+away|died|fraud\p{L}*|scam\p{L}*|direct\s+debit|autogiro\p{L}*|debit\p{L}*|charged|dragning\p{L}*|dragit\s+dubbelt|council|kommunen|refund|återbetal\p{L}*)(?![\p{L}])/iu;
/** The writer as the one doing it, right before ("vi syskon tömmer", "jag tömde"). */
/** The writer as the subject right before a word ("vi orkar inte mer", "jag orkar inte mer"). */
const WRITER_RIGHT_BEFORE = /(?<![\p{L}])(?:vi|jag|we|I)\s+$/iu;
const WRITER_BEFORE = /(?<![\p{L}])(?:jag|vi|I|we)(?:\s+\p{L}+){0,3}\s*$/iu;
/** The person sees to the medicine themself ("han själv vill sköta dosetten", "sköter det själv"). */
const SELF_MANAGED = /(?<![\p{L}])(?:själv\s+vill|vill\s+själv|sköter\s+(?:\p{L}+\s+){0,3}själv|tar\s+(?:den|dem|dom|sin\s+\p{L}+)\s+(?:själv|hemma)|själv\s+sköter|wants\s+to\s+do\s+it\s+himself|manages?\s+(?:it\s+)?(?:himself|herself))(?![\p{L}])/iu;
/** Left alone in a place ({@link ALONE}): said of a child only. */
const ALONE_IN_A_PLACE = /(?:i\s+bilen|in\s+the\s+(?:car|house|flat|apartment)|have\s+been\s+alone)$/iu;
/** Signs that alone say little: two of them make a concern. */
const WEAK = [
  '=skriker=', '=skrik=', '=skrek=', '=gråter=', '=grät=', '=gråt=', 'gråtande', '=cry=', 'crying', 'cries', '=luktar=', '=smutsig=',
  '=smutsiga=', '=mager=', '=magra=', 'ute sent', 'sent på kvällen', 'sent på kvällarna', 'mitt i natten', 'hela natten', 'hela nätterna',
  // drunk, said of a person ("pappa var full igen"), never of a bin ("kärlet är fullt efter fem dagar")
  'full och', 'fulla och', 'full igen', 'fulla igen', 'full hela', 'fulla hela', 'stupfull', 'dyngfull', 'aspackad', 'redlös', 'berusad', 'berusade', 'onykter', 'onyktra', '=dricker=', 'vinglade', 'vinglar', 'sluddrar', 'sluddrade', '=rädd=', '=ledsen=', 'skrämd', 'screaming',
  'scared', '=dirty=', '=smells=', 'bråk', 'bråkar', 'minusgrader', 'i kylan', '=kylan=', 'tofflor', '=kräks=', '=feber=', 'tabletter',
  'nedstämd', 'inte orkar', 'utslag', '=ont=', 'karies', 'uteblivit', 'bankkort', 'pengarna', 'tar pengar', 'stökigt', '=skräp=',
  'har ramlat', 'iskall', 'ingen värme', 'kylskåpet', 'sprutor', 'needles', 'syringes', 'känner inte igen', 'skär sig', 'skurit sig',
  '=ensam=', 'bor ensam', 'alone', 'bula', 'bulan', '=packad=', 'langar', 'hungrig', 'hungriga', 'hungry', '=knark=', 'narkotika', '=droger=', '=sprit=', 'alkohol',
  'sover hela tiden', 'sover hela dagarna', 'sover hela dagen', 'sov hela dagarna',
  // a child kept from school for months, and nobody caring ("har inte gått till skolan sen i höstas", "skriker i timmar utan att
  // någon bryr sig"): a sign only with another — a parent's own child home ill or bullied tells the same words, and so does a
  // street lamp out "utan att nån bryr sig"
  'inte gått till skolan', 'inte gått i skolan', 'inte har gått till skolan', 'inte har gått i skolan', 'not been to school', "hasn't been to school", 'has not been to school',
  'utan att någon bryr sig', 'utan att nån bryr sig', 'without anyone caring',
  // a child who must care for the little ones ("hon måste ta hand om de små för mamma mår dåligt")
  ...combine(['ta hand om', 'tar hand om', 'sköta om', 'sköter om'], ['de små', 'småsyskonen', 'sina småsyskon', 'sina syskon', 'syskonen', 'lillebror', 'lillasyster']),
  'kall och blöt', 'blöt och kall', 'blöt blöja', 'genomblöt', 'samma blöja', 'bokade tider', 'många hål', 'hål i tänderna', 'inte kommit på', 'inget i kylen', 'ingen mat i kylen', 'inga sängar', 'ingen säng', 'skriks', 'vrålar', 'vrålade', 'gråtit', 'slogs', '=märken=', 'märkena', 'piller', 'kräks', 'kräktes',
  ...combine(['skriker på', 'skrek på', 'skäller på', 'kallar'], ['henne', 'honom', 'barnen', 'barnet', 'mig']),
];
/** The writer's worry about someone. */
const WORRY = [
  '=orolig=', 'oroliga', 'oroar mig', 'oroad', '=oron=', 'bekymrad', 'bekymrade', 'bekymrar mig', 'rädd att något', 'något har hänt',
  'något är fel', 'worried', 'concerned', 'something has happened', 'something is wrong',
];
/** Asking someone to look in on a person (with a person at risk, as telling as worry; alone, a request to fix something). */
const APPEAL = ['någon måste', 'nån måste', 'kan någon titta', 'titta till', 'kolla till', 'se till henne', 'se till honom', 'check on'];
const REPORT = [
  'orosanmälan', 'orosanmäla', 'orosanmäler', 'orosanmält', 'oroanmälan', 'orosanmälning', 'anmäla oro', 'anmäler oro', 'anmäla min oro', 'anmälan om oro', '14 kap', ...combine(['underrättelse enligt'], ['10 kap', '14', 'socialtjänstlagen', 'sol', 'lvu', 'lvm']), 'underrättar socialtjänsten',
  'underrättelse till socialtjänst', 'anmälan till socialtjänsten', 'göra socialtjänsten uppmärksam', 'uppmärksamma socialtjänsten',
  'härmed en anmälan', 'child protection', 'safeguarding', 'child at risk',
  // a bank or another body drawing the committee's attention to someone who needs protection
  'uppmärksamma socialnämnden', 'uppmärksammar socialnämnden', 'i behov av skydd', 'behov av skydd',
  // worry said about a specific child who is someone else's: what a report of concern is
  ...combine(['orolig för', 'oroliga för', 'oroar mig för', 'bekymrad för', 'bekymrade för'], [
    'grannens barn', 'grannens son', 'grannens dotter', 'grannens pojke', 'grannens flicka', 'grannens unge', 'grannens ungar', 'grannbarnen',
    'grannpojken', 'grannflickan', 'barnen i huset', 'barnen i lägenheten', 'barnen bredvid', 'barnen mittemot', 'barnen ovanför', 'barnen under oss',
    'barnen på nedervåningen', 'min systers barn', 'min brors barn', 'min systers son', 'min systers dotter', 'min brors son', 'min brors dotter',
    // a child in the definite singular is a specific one ("orolig för pojken", "orolig för bebisen")
    'pojken', 'flickan', 'bebisen', 'bäbisen', 'babyn',
  ]),
  ...combine(['worried about', 'concerned about'], ['the neighbour\'s child', 'the neighbours\' kids', 'the kids next door', 'the child next door', 'the boy next door', 'the girl next door']),
];
/** Sentences about reporting in general, hypotheticals, courses, jobs, statistics, referrals. */
/**
 * GENERIC words that make general only what follows them in their own clause — no comma, colon or disclosure between ("om vi märker
 * fler blåmärken", "en temadag om hedersrelaterat våld" — not "Efter temadagen berättade min dotter att en vuxen man …", "… pappa slår
 * henne med skärpet, och vi hör av oss igen om vi märker fler", "om vi märker något, och i dag hade Omar stora blåmärken", "Vi såg en
 * dokumentär om barn och nätet i går och efteråt sa min dotter, 11, att …"), and "den handlar om" only of a work named.
 */
const SCOPED_GENERIC_WORDS = [
  // a theme day, a hypothetical noticed ("en temadag om hedersrelaterat våld"; "vad som gäller för oss ledare om vi märker att ett barn far
  // illa"); a work's story ("Den handlar om en tjej som skadar sig själv" — of a work named)
  'temadag', 'temadagen', 'temavecka', 'temaveckan', 'temakväll', 'den handlar om', 'om vi märker', 'om man märker', 'om ni märker', 'if we notice', 'if you notice',
  // research into how cases are handled ("en forskargrupp … som undersöker hur socialsekreterare bedömer risk i ärenden där barn …");
  // a referral line in a signature or an absence reply ("Misstänker du att en granne far illa – kontakta socialtjänsten")
  'forskargrupp', 'forskargruppen', 'forskningsprojekt', 'undersöker hur', 'i ärenden där', 'research project', 'research team', 'misstänker du', 'om du misstänker', 'if you suspect',
  // a documentary shown, an anthology or a young people's novel to buy ("visa dokumentären 'Barnen på stationen' (om barn som utnyttjas
  // av gäng)", "antologin där unga skriver om självskada")
  'dokumentären', 'dokumentär', 'dokumentärfilm', 'filmvisning', 'antologin', 'antologi', 'ungdomsroman', 'ungdomsromanen', 'inköpsförslag', 'studerar hur',
  // a job applicant's experience ("Jag har erfarenhet av ärenden med hedersrelaterat våld, barn som används av väpnade grupper")
  'erfarenhet av ärenden', 'erfarenhet av arbete med', 'erfarenhet av att arbeta med', 'experience of cases', 'experience working with', 'novellen handlar om', 'filmatiseringen',
  // a lesson and the pupils' questions for one ("en lektion om självskadebeteende", "vad gör man om en kompis skadar sig själv?")
  'en lektion om', 'lektionen om', 'lektioner om', 'vad gör man om', 'vad ska man göra om', 'vad gör man när',
  // a young person asking a rule ("hur gammal måste man va för att få gå till simhallen själv utan vuxen?")
  'hur gammal måste man', 'hur gammal ska man', 'hur gammal behöver man', 'how old do you have to be', 'how old must you be',
  // a story's people and parts ("huvudpersonen skriver till slut 'ni slipper mig'", "i refrängen", "pjäsen heter 'Bättre utan mig'")
  'huvudpersonen', 'huvudperson', 'pjäsen', 'dikten', 'refrängen', 'låten', 'slutscenen', 'bokcirkel', 'bokcirkeln', 'the main character',
];
const SCOPED_GENERIC: ReadonlySet<string> = new Set(SCOPED_GENERIC_WORDS);
/** The SCOPED_GENERIC words that name a work (a documentary, an anthology, a novel): they cover the rest of their sentence. */
const WORK_WORDS: ReadonlySet<string> = new Set(['dokumentären', 'dokumentär', 'dokumentärfilm', 'filmvisning', 'antologin', 'antologi', 'ungdomsroman', 'ungdomsromanen', 'inköpsförslag', 'novellen handlar om', 'filmatiseringen']);
/** Someone telling what they saw or heard ("berättade min dotter, 11, att", "told us"): what follows is a disclosure, not a topic. */
const DISCLOSED = /(?<![\p{L}])(?:(?:berättade|berättat|berättar|sa|sade|säger|skrev)(?:\s+[\p{L}\d,]+){0,5}?\s+att|told\s+(?:us|me|her|him|them)|(?:said|says)\s+(?:\p{L}+\s+){0,3}?that)(?![\p{L}])/iu;
/** A work named: a book, a film, a play, a story read. */
const WORK_NAMED = /(?<![\p{L}])(?:bok|boken|böcker|roman\p{L}*|film|filmen|filmer|film(?:kväll|visning|klubb)\p{L}*|serie|serien|pjäs\p{L}*|novell\p{L}*|läser|läste|läst|recension\p{L}*|titel|titeln|låt|låten|låttext\p{L}*|dikt|dikten|book|film|novel|story|song)(?![\p{L}])/iu;
/** The harm is the writer's own ("slår mig", "hurts me"). */
const OWN_HARM = /(?<![\p{L}])(?:mig|me)(?![\p{L}])/iu;
/** A book's, a film's or a play's story (the GENERIC words that tell one). */
const STORY = /(?<![\p{L}])(?:(?:boken|filmen|romanen|serien|pjäsen|novellen)\s+handlar\s+om|filmatiseringen|the\s+(?:book|film)\s+is\s+about)(?![\p{L}])/iu;
const GENERIC = [
  'hur gör man', 'hur gör jag', 'hur gör vi', 'hur anmäler', 'hur man anmäler', 'hur man gör', 'hur går det till', 'hur fungerar',
  // (the procedure asked as a subordinate clause: "Undrar hur det går till att anmäla …" — not "Jag vet inte hur det går till men …")
  ...combine(['hur det går till', 'hur det fungerar'], ['att anmäla', 'när man anmäler', 'om man anmäler', 'med anmälan', 'med en anmälan', 'att göra en anmälan', 'att orosanmäla']),
  'vad händer', 'vad som händer', 'kan man vara anonym', 'kan jag vara anonym', 'är man anonym', 'vart vänder', 'vart ska man',
  'var anmäler', '=om man=', '=om någon=', 'om ett barn', 'om en elev', '=ifall=', 'i fall', 'if a', 'if someone', 'if you', 'how do',
  'how can', 'what happens', 'how this works', 'how it works', 'how does it work', 'the procedure', 'procedure for', '=rutin=', 'rutiner', 'rutinen', '=policy=', 'handlingsplan', 'utbildning', 'utbildningen', '=kurs=',
  // a book's or a film's story, a survey study; and the words general only over what follows them (SCOPED_GENERIC)
  'boken handlar om', 'filmen handlar om', 'romanen handlar om', 'serien handlar om', 'pjäsen handlar om', 'the book is about', 'the film is about', 'enkätstudie',
  ...SCOPED_GENERIC_WORDS,
  'kursen', 'föreläsning', 'berätta om', 'berättade om', 'webbinar', 'webinar', 'seminarium', 'konferens', 'workshop', 'statistik',
  'hur många', '=antal=', 'andelen', 'procent', 'var tionde', 'varje år', 'vid orosanmälan', 'vid oro', 'för orosanmälan',
  // a social worker's signature: where to turn, not a report ("Vill du göra en orosanmälan? Ring mottagningen")
  'vill du göra en orosanmälan', 'om du vill göra en orosanmälan', 'för att göra en orosanmälan', 'vill du anmäla oro', 'för att anmäla oro',
  'orosanmälningar', 'inget aktuellt', 'inget konkret', 'i allmänhet', 'generellt', 'hypotetiskt', 'ledig tjänst', 'lediga tjänster',
  'vikariat', 'anställning', 'tecken på', 'signs of', 'information om', 'broschyr',
  // what happens every year, in the country: no specific child
  'varje sommar', 'varje vinter', 'varje vår', 'varje höst', 'i sverige', 'i hela landet', 'runt om i landet', 'every summer', 'every year', 'in sweden',
  // reports and municipalities in the plural, a press review: how things are handled, no one at risk
  'anmälningar om', 'hur kommunerna', 'granskning av', 'en granskning', 'granskar hur',
  // the press writing about a subject ("Jag är reporter på Brunsviks Tidning och skriver om barn och äldre som far illa")
  'reporter på', 'journalist på', 'skriver om barn', 'skriver om äldre', 'skriver en artikel', 'skriver ett reportage', 'gör ett reportage',
  // … and in English (not the writer's reading of the news: "Jag läste i tidningen om barn som far illa och då kom jag att tänka på
  // grannens dotter, hennes styvpappa slår henne" is a report)
  'a reporter at', "i'm a reporter", 'i am a reporter', 'journalist at',
];
/**
 * Drawing attention ("Vi vill uppmärksamma er på att en äldre kund …"): a report only about a person —
 * "Jag vill uppmärksamma er på att gatlampan är trasig" is a fault report, as most such sentences are.
 */
const ATTENTION = ['uppmärksamma er på', 'uppmärksammar er på', 'uppmärksamma er om', 'uppmärksammande om'];
/** A report already made, an investigation already opened or closed (sentence and message markers). */
const PAST_REPORT = [
  'skickade in', 'skickat in', 'har gjort en', 'gjorde en', 'har anmält', 'anmälde', 'anmält oss', 'anmälan om oss', 'anonym anmälan',
  'inlett en utredning', 'inledde en utredning', 'utredningen', 'ärendet är avslutat', 'lades ner', 'lagts ner', 'tidigare anmälan',
  'förra anmälan', 'den anmälan', 'min anmälan', 'ringde socialtjänsten', 'fick ett samtal från socialtjänsten', 'fick ett brev',
];
/** Nothing is wrong now: "inget nytt har hänt", "inget allvarligt". */
const CALM = [
  'inget nytt har hänt', 'inget nytt', 'inget allvarligt', 'inte allvarligt', 'verkar lugnare', 'har det säkert bra', 'mår bra nu',
  // a question about how to report, with no child in mind ("Det gäller inget särskilt barn just nu")
  'inget särskilt barn', 'inget specifikt barn', 'ingen särskild elev', 'ingen specifik elev', 'inte något särskilt barn', 'no particular child', 'no specific child',
  'ingen grund', 'aldrig varit något annat', 'hade kunnat förklara', 'nothing new', 'nothing serious', 'nothing has happened', 'nothing happened',
];
/** A harm told as new. */
const RECENT = [
  '=igen=', '=nu=', 'ikväll', 'i kväll', 'idag', 'i dag', 'igår', 'i går', 'i natt', 'inatt', 'i helgen', 'i morse', 'nyss', 'just nu',
  'tonight', 'today', 'yesterday', 'again', '=now=',
];
/** A harm laid at a service's door is a complaint about the service. */
const SERVICE = [
  ...combine(
    ['hemtjänsten', 'personalen', 'assistenten', 'assistenterna', 'chauffören', 'bussen', 'skolskjutsen', 'taxin', 'färdtjänsten', '=ni='],
    ['kom inte', 'kom aldrig', 'har inte kommit', 'glömde', 'missade', 'har glömt', 'har missat', 'har inte'],
  ),
  'ingen från hemtjänsten', 'er personal', 'skolmat', 'skolmaten', 'maten i skolan', 'mat i skolan', 'maten på förskolan', 'lunchen',
  'portionerna', 'portioner', 'home care', 'the staff', 'after-school',
];
/** A harm explained as an accident. */
const EXPLAINED = [
  '=olycka=', 'olyckan', 'olyckshändelse', 'på träningen', 'fotbollsträningen', 'pulkabacken', 'accident',
  // confused by rules or signs, not by illness ("så vi blir lite förvirrade", "förvirrade av skyltarna")
  'lite förvirrad', 'lite förvirrade', 'blir förvirrad', 'blir förvirrade', 'förvirrade av', 'förvirrad av', 'förvirrande',
  // a fall told as what it was ("slog upp hakan på gungan och blödde")
  'slog upp hakan', 'slog upp knät', 'slog upp läppen', 'slagit upp hakan', 'slagit upp knät', 'skrubbade knät',
  // a place full of people, not a drunk person ("den är full varje dag", of a pump track)
  'den är full', 'den är alltid full', 'det är fullt', 'är full av folk', 'är fullsatt',
];
/** A proposal ("mitt förslag är att fritidsgården har öppet längre"): weak signs there are its reasons. */
const SUGGESTION = ['mitt förslag', 'vårt förslag', 'jag föreslår', 'vi föreslår', 'förslaget är', 'my suggestion', 'i suggest', 'we suggest', 'i propose'];
/** A complaint about noise or disturbance: weak signs there are the noise. */
const NUISANCE = [
  'klaga på', 'vill klaga', 'klagomål', '=klagar=', '=klaga=', '=stör=', 'störande', 'störningar', '=buller=', 'oväsen', 'få sova', 'kan inte sova', '=dunkar=', '=musik',
  '=fest=', 'hyresvärden', 'springer', 'hoppar', 'smäller',
  // smoke from a neighbour's fire is a nuisance for environment and health protection (SPEC §1)
  '=rök=', '=röken=', 'röklukt', 'eldar', 'eldning', 'vedpanna', 'vedpannan', 'skorsten', 'skorstenen',
];
/** School work: tears over homework are a school matter. */
const SCHOOLWORK = ['läxor', 'läxorna', 'lektion', 'lektionerna', 'matteprov', '=prov=', 'provet', '=betyg=', 'skolarbete', 'mobbad', 'mobbning'];
/**
 * How the school is organised: class sizes, merged classes, too few teachers. A parent's complaint
 * about it owns the weak signs it tells of their own child ("31 elever … stökigt … vår son har ont i
 * magen"); any other child in it is still read ("… en flicka i klassen är alltid smutsig och mager").
 */
const SCHOOL_ORGANISATION = ['klasstorlek', 'klasstorlekar', 'lärarbrist', 'brist på lärare', 'slogs ihop', 'slås ihop', 'sammanslagna klasser', 'sammanslagningen', 'stora klasser', 'för många elever'];
/** Mass mail, course invitations, job adverts, phishing (two of them: no concern in the message). */
const GENRE = [
  'inbjudan', 'anmäl dig', 'anmälan senast', 'sista anmälningsdag', 'föreläsare', 'utbildningsdag', 'webbinar', 'webinar', 'nyhetsbrev',
  'avregistrera', 'avsluta prenumeration', 'unsubscribe', 'läs mer', 'klicka här', 'klicka på länken', 'logga in', 'click here',
  'kursavgift', 'vi söker', 'ansök senast', 'ansökan senast', 'välkommen att anmäla', 'deltagaravgift', 'programmet', 'portal',
  'logga in med', 'ditt konto', 'microsoft 365', 'eskaleras', 'donate', 'donation', 'support us', 'give now', 'swisha en gåva', 'insamling',
  'ge en gåva', 'bli månadsgivare', 'you received this', 'you are receiving this', 'du får detta', 'du får det här', 'dear friend',
  'bank details', 'bankuppgifter', 'verify your', 'verifiera er', 'verifiera ditt', 'within 24 hours', 'inom 24 timmar', 'partnership',
  // a course's price and booking, a mass mail's header
  'ordinarie pris', 'boka plats', 'grupprabatt', 'per deltagare', 'kr/deltagare', 'öppna i webbläsaren', 'visas meddelandet fel',
  // a job application's attachments and terms ("ofta i ärenden där barn far illa" tells of the work)
  'söker härmed tjänsten', 'söker tjänsten som', 'examensbevis', 'tjänstgöringsintyg', 'uppsägningstid',
];
/** Animals: a neglected pet is not a report of concern about a person. */
const ANIMAL = [
  'kanin', 'kaninen', '=hund=', 'hunden', 'hundar', '=katt=', 'katten', 'katter', 'häst', 'hästen', 'hästar', '=djur=', 'djuret', 'djuren',
  'marsvin', 'fåglar', '=dog=', '=cat=', 'rabbit', 'horse', 'animal', 'pet',
];
/** No adult watching: a harm for a child at home, the school's matter in a school yard. */
const UNSUPERVISED = ['ingen vuxen', 'utan vuxen', 'utan tillsyn', 'ingen tillsyn', 'unsupervised', 'no adult'];
/** Children who are grown up are adults: "våra barn är vuxna och utflyttade". */
const GROWN = ['är vuxna', 'vuxna barn', 'är utflyttade', 'utflyttade', 'har flyttat hemifrån', 'grown up', 'grown-up', 'adult children'];
/** A harm told of a crowd or a whole class is a general matter, not a concern about a specific person. */
const CROWD = [
  ...combine(['halva', 'hela', 'halv'], ['klassen', 'skolan', 'gruppen']),
  ...combine(['många', 'flera', 'alla', 'de flesta', 'hundratals', 'hundra', 'tiotals', 'massor av', 'mängder av', 'fullt med', 'fullt av'], ['elever', 'eleverna', 'barn', 'barnen', 'ungdomar', 'personer', 'besökare', 'går', 'äldre', 'pensionärer', 'badande', 'badgäster']),
  '=personer=', 'besökare', 'besökarna', '=publik', 'gästerna', 'half the class', 'many children', 'many pupils', 'people',
  // everyone sent out of a place at closing time ("stängde kl 20 och slängde ut alla")
  ...combine(['slängde ut', 'slängt ut', 'slänger ut', 'kastade ut', 'kastat ut', 'kastar ut', 'körde ut', 'kör ut', 'körde iväg'], ['alla', 'allihop', 'allihopa']),
];
/** The municipality's care services: a harm they caused is the subject of a complaint (with the words of one). */
const CARE_SERVICE = [
  'hemtjänst', 'hemtjänsten', 'hemtjänstgruppen', 'färdtjänst', 'färdtjänsten', 'färdtjänstbilen', 'beställningscentralen', 'äldreboende',
  'äldreboendet', 'boendet', 'personalen', 'vikarierna', 'semestervikarierna', 'besöket', 'besöken', 'morgonbesöket', 'kvällsbesöket',
  'skolskjutsen', 'assistansen', 'home care', 'care home', 'nursing home',
];
/** A writer's complaint about a service: lateness, repetition, and asking someone to answer for it. */
const COMPLAINT = [
  'klagomål', 'vill klaga', 'duger inte', 'inte acceptabelt', 'oacceptabelt', 'inte första gången', 'för sent', 'försenad', 'försenade',
  'istället för', 'i stället för', 'enhetschef', 'enhetschefen', 'tar upp detta', 'ett svar om', 'vad som görs', 'hög belastning',
  // the same failure again, and someone asked to answer for it ("tredje gången på två veckor", "vem som ansvarar")
  'andra gången', 'tredje gången', 'fjärde gången', 'gång på gång', 'upprepade gånger', 'vem som ansvarar', 'vad ni tänker göra', 'vad tänker ni göra',
  // a school that does nothing ("skolan inte gör någonting alls", "rektorn har inte svarat en enda gång")
  'inte gör någonting', 'inte gör något', 'gör ingenting', 'har inte svarat', 'ingen har svarat',
  'vad skolan och kommunen gör', 'vad kommunen gör', 'vad skolan gör', 'vad ni gör åt',
  'complaint', 'unacceptable', 'too late',
];
/** Asking where to get support for oneself ("finns det samtalsgrupper?"): the writer's own need, like an application. */
const SUPPORT = [
  'samtalsgrupp', 'samtalsgrupper', 'stödgrupp', 'stödgrupper', 'anhörigstöd', 'stöd för anhöriga', 'stöd till anhöriga', 'stöd som anhörig',
  'någon att prata med', 'någon man kan prata med', 'någon jag kan prata med', 'support group', 'someone to talk to',
];
/**
 * Exhaustion: a harm told of someone else ("hon orkar inte mer"); the writer's own exhaustion in a
 * message asking for support ("jag orkar inte mer … finns det samtalsgrupper?") is their own need.
 */
const EXHAUSTED = ['orkar inte mer', 'klarar inte mer', 'står inte ut längre', "can't cope", 'cannot cope'];
/**
 * A person who does not respond, now: a danger whoever else should have come (a complaint about a
 * care service that did not come does not make it the service's matter, as violence never is).
 */
const ACUTE = [
  ...combine(['ligger i sängen', 'ligger i soffan', 'ligger på golvet', 'ligger bara', 'sitter bara'], [
    'och säger inget', 'o säger inget', 'och svarar inte', 'o svarar inte', 'och rör sig inte', 'o rör sig inte', 'och reagerar inte',
  ]),
  'reagerar inte på tilltal', 'andas konstigt', 'andas tungt och svarar inte',
  "won't wake up", 'will not wake up', 'not responding', 'unresponsive',
];
/**
 * A person held or exploited — workers' passports taken, not let go to a doctor: a concern
 * whoever it is about, with no child or old person named (workers in a shed whose boss "har tagit
 * deras pass"). As the other scripts' reader has it (concernOtherScripts.ts).
 */
const HELD = [
  // (workers' passports only: "passet", "hans pass" are as often a work shift, or a passport an authority holds)
  ...combine(['tagit', 'tagit ifrån dem', 'behåller', 'gömt', 'låst in'], ['deras pass', 'våra pass', 'deras id-handlingar']),
  ...combine(['får inte', 'fick inte', 'släpps inte', 'tillåts inte'], ['gå till läkare', 'gå till doktorn', 'gå till vårdcentralen', 'söka vård', 'träffa en läkare']),
  ...combine(['took', 'has taken', 'have taken', 'takes', 'keeps', 'is keeping', 'confiscated'], ['their passports', 'his passport', 'her passport', 'our passports', 'my passport', 'the passports']),
  ...combine(['not allowed to', 'not let', "isn't allowed to", "aren't allowed to", 'not allowing him to', 'not allowing her to'], ['see a doctor', 'go to a doctor', 'go to the doctor', 'get medical help']),
];
/** A fault in pipes, drains or streets: weak signs there ("det luktar avlopp", "hela natten") are the fault's. */
/** A custody or contact question: its weak signs (quarrels, threats to "report me") are the dispute's; strong signs still count. */
const FAMILY_LAW = ['samarbetssamtal', 'familjerätten', 'familjerätt', 'gemensam vårdnad', 'ensam vårdnad', 'vårdnaden om', 'umgänget', 'umgängesrätt', 'joint custody', 'custody of'];
/** A claim for compensation: its weak signs (a soaked jacket, a child upset) are the claim's damage. */
const CLAIM = [
  'begär ersättning', 'kräver ersättning', 'ersättningskrav', ...combine(['ersätter', 'ersätta', 'ersätt'], ['våra kostnader', 'mina kostnader', 'kostnaderna', 'räkningen', 'tandläkarräkningen']), 'ersättning för', 'skadeanmälan', 'skadeståndsanspråk', 'skadestånd', 'kvitto bifogat',
  'claim compensation', 'compensation for', 'reimburse',
];
const FAULT = [
  'avloppet', '=avlopp=', 'golvbrunn', 'golvbrunnen', 'källaren', 'spolbil', 'spolbilen', 'ledningen i gatan', 'vattenledningen', 'dagvatten',
  'översvämmad', 'översvämning', 'stopp i avloppet', 'gatlampan', 'gatubelysningen', 'sopkärlet', 'soptunnan', 'soprummet', 'sewage', 'drain',
  // a facility's machinery that is cold, broken or smells burnt ("bastun är iskall igen … luktar bränt vid aggregatet")
  'bastun', 'bastuaggregat', 'aggregatet', 'elementet', 'elementen', 'varmvattnet', 'värmepannan', 'ventilationen',
];
/**
 * Thanks for the care someone had: weak signs in a letter of gratitude ("pappa var rädd för att dö
 * ensam, och det gjorde han inte") are memory, not risk. Only the words of a thank-you letter — not
 * "tacksam" alone ("jag vore tacksam om ni kunde titta till henne"), not "vill tacka" or a death alone
 * ("sedan mamma gick bort sitter pappa ensam och gråter"): those open reports of concern too.
 */
const GRATITUDE = [
  'är så tacksamma', 'vi är tacksamma för', 'är så tacksam för', 'fantastiskt jobb', 'fantastiska jobb', 'tack till personalen', 'vill tacka personalen',
];
/** A harm foreseen as the result of a decision ("att flytta henne kommer att göra henne förvirrad"): an objection, not a harm now. */
const HYPOTHETICAL = [
  ...combine(['kommer att', 'skulle', 'kan', 'riskerar att', 'kommer'], ['göra henne', 'göra honom', 'göra dem', 'göra mamma', 'göra pappa', 'göra min mamma', 'göra min pappa']),
  'would make her', 'would make him', 'will make her', 'will make him',
];
const NEGATION = ['=inte=', '=aldrig=', '=inga=', '=inget=', '=not=', '=never=', '=no='];
/**
 * Sleeping, and the places no one should sleep (a public toilet, a stairwell, a basement, a
 * station, the floor): in one sentence, whatever words stand between them ("Det sover en tjej på
 * handikapptoaletten", "hon låg på golvet på en sovsäck"), a strong sign. Not a tent or a park:
 * holidays and naps; nor a gym hall or a classroom (a team sleeping over at a cup).
 */
const SLEEPING = ['sover', '=sov=', 'sovit', 'sovande', 'övernattar', 'övernattat', 'sovsäck', 'sovsäcken', 'sovplats', 'sleeping', 'sleeps', '=slept=', 'sleeping bag'];
const NOWHERE = [
  'toaletten', '=toan=', 'handikapptoaletten', 'toaletterna', 'trapphuset', 'trapphus', 'trappuppgången', 'trappan', 'källaren', 'källarförrådet', 'tvättstugan',
  'cykelrummet', 'cykelförrådet', 'soprummet', 'busskuren', 'väntsalen', 'busstationen', 'järnvägsstationen', 'perrongen', 'tunneln', 'under bron', 'omklädningsrummet',
  'omklädningsrum', 'på golvet', 'i en bil', 'i bilen', 'i sin bil', 'i ett tält i skogen', 'bakom macken', 'bakom affären', 'lastkajen', 'stairwell', 'basement', 'laundry room', 'bus shelter', 'the toilet', 'the toilets', 'public toilet',
  'under the bridge', 'on the floor', 'waiting room', 'train station',
];

const GROUPS: [Group, string[]][] = [
  ['child', [...CHILD, ...otherLanguageWords('child')]],
  ['adult', [...ADULT, ...otherLanguageWords('adult')]],
  ['partner', PARTNER],
  ['spouse', SPOUSE],
  ['kin', KIN],
  ['bodily', BODILY],
  ['fall', FALL],
  ['held', [...HELD, ...otherLanguageWords('held')]],
  ['premises', PREMISES],
  ['hazard', HAZARD],
  ['pronoun', PRONOUN],
  ['violence', [...VIOLENCE, ...otherLanguageWords('violence')]],
  ['acute', ACUTE],
  ['harm', [...HARM, ...otherLanguageWords('harm')]],
  ['alone', [...ALONE, ...otherLanguageWords('alone')]],
  ['weak', [...WEAK, ...otherLanguageWords('weak')]],
  ['worry', [...WORRY, ...otherLanguageWords('worry')]],
  ['appeal', APPEAL],
  ['report', REPORT],
  ['generic', GENERIC],
  ['pastReport', PAST_REPORT],
  ['calm', CALM],
  ['recent', RECENT],
  ['service', SERVICE],
  ['explained', EXPLAINED],
  ['nuisance', NUISANCE],
  ['suggestion', SUGGESTION],
  ['schoolwork', SCHOOLWORK],
  ['genre', GENRE],
  ['bullying', BULLYING],
  ['carer', [...CARER, ...otherLanguageWords('carer')]],
  ['self', SELF],
  ['apply', APPLY],
  ['applied', APPLIED],
  ['game', GAME],
  ['need', NEED],
  ['intox', [...INTOX, ...otherLanguageWords('intox')]],
  ['licence', LICENCE],
  ['animal', ANIMAL],
  ['negation', NEGATION],
  ['unsupervised', UNSUPERVISED],
  ['grown', GROWN],
  ['crowd', CROWD],
  ['careService', CARE_SERVICE],
  ['complaint', COMPLAINT],
  ['support', SUPPORT],
  ['exhausted', EXHAUSTED],
  ['fault', FAULT],
  ['gratitude', GRATITUDE],
  ['hypothetical', HYPOTHETICAL],
  ['sleeping', SLEEPING],
  ['nowhere', NOWHERE],
  ['claim', CLAIM],
  ['familyLaw', FAMILY_LAW],
  ['attention', ATTENTION],
  ['schoolOrganisation', SCHOOL_ORGANISATION],
];

/** The groups that can make a concern; a message without any of them needs no further reading. */
const SIGN_GROUPS: ReadonlySet<Group> = new Set<Group>(['violence', 'acute', 'harm', 'bodily', 'held', 'alone', 'weak', 'report', 'attention', 'need', 'intox', 'unsupervised', 'exhausted']);
/** What lets the concern model weigh a message: a sign, or the writer's worry ("jag är orolig för"). */
const MODEL_GROUPS: ReadonlySet<Group> = new Set<Group>([...SIGN_GROUPS, 'worry']);

let matcher: KeywordMatcher | null = null;
let specList: KeywordSpec[] | null = null;
let groupOf: Group[] = [];

/** The concern reader's keywords, in the order of {@link concernGroupOf} (built once). */
export function concernKeywordSpecs(): readonly KeywordSpec[] {
  if (specList === null) {
    const specs: KeywordSpec[] = [];
    groupOf = [];
    for (const [group, words] of GROUPS) {
      for (const w of words) {
        specs.push(parseKeyword(w));
        groupOf.push(group);
      }
    }
    specList = specs;
  }
  return specList;
}

function concernMatcher(): KeywordMatcher {
  matcher ??= new KeywordMatcher(concernKeywordSpecs());
  return matcher;
}

/**
 * The concern keywords found in one zone by a scan that shared the reader's keywords (the rules'
 * automaton carries them: one pass over the text serves both). `ids` are indices into
 * {@link concernKeywordSpecs}; triples of (id, start, end).
 */
export interface ConcernHits {
  /** Per zone index: flat (id, start, end) triples, or undefined when the zone was not scanned. */
  byZone: (number[] | undefined)[];
}

/** How a concern was found: the reader's words, or the concern model (`concernModel.ts`). */
export type ConcernHow = 'person-harm' | 'report' | 'weak-signs' | 'model';

/** A concern found in a message: how, and the words that show it (for the explanation). */
export interface Concern {
  how: ConcernHow;
  /** The harm or report words as written, at most 60 characters (the model: its strongest words). */
  quote: string;
  /** The zone the words are in (-1: several, the model's). */
  zone: number;
  /** The model's probability, when the model found it. */
  probability?: number;
}

interface Hit {
  group: Group;
  start: number;
  end: number;
  sentence: number;
}

/** Words at most between a person and the harm told of them for the person to be its subject ("Dad has not been fed", "ligger pappa i blöta lakan"). */
const BESIDE_MAX_WORDS = 2;

/** Whether person `p` stands right before harm `h`: at most {@link BESIDE_MAX_WORDS} words between ("ligger pappa i blöta lakan"). */
function besideHarm(text: string, p: Hit, h: Hit): boolean {
  return p.end <= h.start && words(withoutAsides(text.slice(p.end, h.start)).replace(SENTENCE_ADVERBS, ' ')) <= BESIDE_MAX_WORDS;
}

/** Adverbs that part no subject from its verb ("Mamma har alltså fortfarande inte fått …", "Dad still hasn't eaten"). */
const SENTENCE_ADVERBS = /(?<![\p{L}])(?:alltså|fortfarande|ännu|nu|också|även|tyvärr|faktiskt|verkligen|still|also|now|really)(?![\p{L}])/giu;

/** A stretch without its asides in brackets ("Morfar (Ivar Dahl, Sjövägen 30) har inte fått …"): they part no subject from its verb. */
function withoutAsides(stretch: string): string {
  return stretch.replace(/\([^()\n]{0,80}\)/gu, ' ');
}

/**
 * How one makes a report, asked in Polish, Somali, Finnish, Bosnian/Croatian/Serbian, Turkish, Spanish or German (a review of the
 * twenty-seventh session, O): the report word in that sentence is the question's topic.
 */
const FOREIGN_HOW_TO_REPORT =
  /(?:^|[^\p{L}])(?:jak\s+(?:zgłosić|złożyć|zrobić)|sidee\s+loo|miten\s+(?:teen|ilmoitan)|kuinka\s+teen|kako\s+(?:prijaviti|se\s+prijavljuje)|nasıl\s+(?:bildir|yapıl)|cómo\s+(?:se\s+hace|hago)|wie\s+(?:mache\s+ich|meldet\s+man))(?![\p{L}])/iu;

/** A question whose topic follows ("Fråga om …", "frågor angående …", "a question about …"). */
const TOPIC_QUESTION_BEFORE = /(?<![\p{L}])(?:fråga|frågor|frågan|question|questions|query)\s+(?:om|angående|kring|gällande|rörande|about|regarding|on)\s+$/iu;
/** Words between a kin word and self-harm words that make them a topic ("pratar om självmordsprevention", "a report on suicide"). */
const TOPIC_BETWEEN = /(?<![\p{L}])(?:om|about|on|of|efter|för|kring|mot|bok|uppsats|rapport|book|essay|report)\s*$/iu;
/** Saying between a kin word and self-harm words: what they say is as often about others ("My brother keeps saying suicide rates …"). */
const SPEECH_BETWEEN = /(?<![\p{L}])(?:säger|sa|sade|says|said|saying|talks|pratar|talar|skriver|skrev|writes|wrote|att|that)(?![\p{L}])/iu;
/** What turns self-harm words into a joke ("vill dö av skratt", "dying of laughter"). */
const JOKE_AFTER = /^\s*(?:av\s+skratt|of\s+laughter|laughing|😂|🤣)/iu;

/**
 * Whether kin word `p` owns self-harm talk `h` in its sentence: right before it ({@link besideHarm}: "Min vän vill inte leva
 * längre") — never in the genitive ("vår brors självmord"), a topic or a joke. (Reported speech — "min bror säger att …" — was tried
 * and left out: what a brother says is as often about others, a rate or a hotline.)
 */
function kinOwnsIt(text: string, p: Hit, h: Hit): boolean {
  if (p.end > h.start) return false;
  // (the kin words end in no "s" of their own: one there is a genitive, "brors", "colleague's")
  if (/s$/iu.test(text.slice(p.start, p.end)) || /^['’]?s(?![\p{L}])/u.test(text.slice(p.end, p.end + 3))) return false;
  if (JOKE_AFTER.test(text.slice(h.end, h.end + 20))) return false;
  const between = text.slice(p.end, h.start);
  return besideHarm(text, p, h) && !TOPIC_BETWEEN.test(between) && !SPEECH_BETWEEN.test(between);
}

/** How many words a stretch of text holds. */
function words(stretch: string): number {
  const trimmed = stretch.trim();
  return trimmed.length === 0 ? 0 : trimmed.split(/\s+/).length;
}

/** Abbreviations whose full stop never ends a sentence ("t.ex. att ett barn …", "kl. 22"). */
const ABBREVIATIONS = new Set([
  't.ex', 'bl.a', 'p.g.a', 'pga', 'd.v.s', 'dvs', 'ca', 's.k', 'kl', 'nr', 'tel', 'ev', 'ang', 'jfr', 'f.d', 'fr.o.m', 't.o.m', 'resp', 'inkl', 'exkl', 'e.g', 'i.e', 'approx',
]);

/** True when the full stop at `dot` closes an abbreviation of ABBREVIATIONS. */
function closesAbbreviation(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && dot - start < 8) {
    const c = text.charCodeAt(start - 1);
    if (c === 32 || c === 10 || c === 40 || c === 9) break;
    start--;
  }
  return ABBREVIATIONS.has(text.slice(start, dot).toLowerCase());
}

/** Positions where sentences end: . ! ? ; and line breaks ("t.ex." and "3.5" do not end one). */
function sentenceEnds(text: string): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 33 || c === 63 || c === 59 || c === 10) ends.push(i);
    else if (c === 46 && (i + 1 >= text.length || text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10) && !closesAbbreviation(text, i)) ends.push(i);
  }
  return ends;
}

/** Not wanting to go home ("vill inte gå hem", "inte vill åka hem", "doesn't want to go home"): harm, unless it is for joy ({@link stayingForJoy}). */
const STAYING = /^(?:vill inte|inte vill) (?:gå|åka|ga|aka) hem$|^(?:doesn't|does not) want to go home$/i;
/**
 * Joy in where a child is: "trivs så bra att", "älskar", "så roligt", "jättekul", a heart or a
 * smile — never denied ("trivs inte", "inte så roligt", "inget kul", "trivs så dåligt").
 */
/** A possessive before a word ("min pappa", "hans mamma", "sin mamma", "their father"). */
const POSSESSIVE_BEFORE = /(?:^|[^\p{L}])(?:min|mitt|mina|din|hans|hennes|sin|sina|deras|vår|er|my|his|her|their|our|your|the)\s+$/iu;
const JOY =
  /(?<![\p{L}])(?:trivs|trivts|trivdes|älskar|älskade|jätteroligt|superroligt|så roligt|så kul|jättekul|superkul|härligt|underbart|superbra|jättebra|fantastisk\p{L}*|loves|loved|enjoy\p{L}*|so much fun)(?![\p{L}])|[\u{1F60A}\u{1F600}\u{1F603}\u{1F604}\u{1F601}\u{1F60D}\u{1F970}\u{1F929}\u{1F642}\u{1F63B}\u2764\u{1F495}\u{1F496}\u{1F497}]/giu;
/** A denial right before a joy word ("inte så roligt", "inget kul", "no fun"). */
const DENIED_BEFORE = /(?:^|[^\p{L}])(?:inte|aldrig|inget|ingenting|ingen|no|not|never)(?:\s+\p{L}+)?\s+$/iu;
/** A denial or its opposite right after ("trivs inte", "trivs så dåligt", "älskar inte"). */
const DENIED_AFTER = /^\s+(?:\p{L}+\s+)?(?:inte|aldrig|dåligt|illa|not)(?![\p{L}])/iu;
/** Thanks or praise of the service: the message is a letter of thanks. */
const THANKS = /(?<![\p{L}])(?:tack|tackar|thank|thanks)(?![\p{L}])/iu;
/** A name right before ("Leo vill inte gå hem"). */
const NAME_BEFORE = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+$/u;
/** Home or a parent, told of after not wanting to go home. */
const HOME_AFTER = /(?<![\p{L}])(?:hemma|hemmet|hemifrån|pappa\p{L}*|mamma\p{L}*|styvpapp\p{L}*|styvmamm\p{L}*|föräldr\p{L}*|home|dad|mum|mom|parents?|father|mother|stepfather)(?![\p{L}])/iu;
/** A neighbour's child, or any child not the writer's: the letter of thanks is then not about joy alone. */
const NEIGHBOURS_CHILD = /(?<![\p{L}])(?:grann\p{L}*|neighbou?r\p{L}*)(?![\p{L}])/iu;
/** "… but": what follows may be the harm. */
const BUT = /(?<![\p{L}])(?:men|but)(?![\p{L}])/iu;

/**
 * Whether not wanting to go home is joy, not harm: only in a letter of thanks, with joy in its
 * sentence or the one before, no "but" after that joy, and no other sign of harm or worry in the
 * message — "Tack för en superbra skidskola … vill inte åka hem 😍", "Tack till personalen! Vår son
 * trivs så bra att han inte vill gå hem". A child who does not want to go home for any other reason
 * ("Grannens pojke trivs hos oss och vill inte gå hem. Hans mamma är nästan aldrig hemma") is a concern.
 */
function stayingForJoy(text: string, ends: readonly number[], sentence: number, hits: readonly Hit[], self: Hit): boolean {
  if (!THANKS.test(text)) return false;
  // home or a parent told of after it ("… vill inte gå hem, hemma är pappa arg"), or someone else's child
  // ("Vår grannpojke Leo trivs så bra …"): a concern, however thankful the letter
  if (HOME_AFTER.test(text.slice(self.end, self.end + 400)) || NEIGHBOURS_CHILD.test(text.slice(0, 4000))) return false;
  // any other sign of harm, worry or a report in the message keeps it a concern
  // (the same words found twice, by two of the reader's phrases, are one sign)
  const other = (h: Hit): boolean => h !== self && !(h.start < self.end && self.start < h.end);
  if (hits.some((h) => other(h) && (SIGN_GROUPS.has(h.group) || h.group === 'worry' || h.group === 'appeal'))) return false;
  const span = `${sentenceText(text, ends, sentence - 1)}${sentenceText(text, ends, sentence)}`;
  JOY.lastIndex = 0;
  for (let m = JOY.exec(span); m !== null; m = JOY.exec(span)) {
    if (DENIED_BEFORE.test(span.slice(Math.max(0, m.index - 30), m.index))) continue;
    const after = span.slice(m.index + m[0].length);
    if (DENIED_AFTER.test(after.slice(0, 30))) continue;
    // "… loves being at our place and doesn't want to go home, but …": a "but" after the joy
    if (BUT.test(after)) continue;
    return true;
  }
  return false;
}

/** A word written as the head of a compound whose tail comes later ("barn- och utbildningsnämnden"). */
function isCompoundHead(text: string, hit: Hit): boolean {
  return text.charCodeAt(hit.end) === 45;
}

/** "… ihop" or "… samman" a few words after "slogs": merged, not fought. */
const MERGED_AFTER = /^(?:\s+[^\s.!?]+){0,5}?\s+(?:ihop|samman)(?![\p{L}])/u;

/** An age or young children ("fyra år", "i 90-årsåldern", "född 1934", "tvillingarna", "de små"). */
const AGE_OR_YOUNG = /\d{1,3}\s*år(?![\p{L}])|\d{2}-?årsåldern|född\s+(?:19|20)\d\d|(?<![\p{L}])(?:tvilling\p{L}*|de små|ungarna|småbarn\p{L}*)/iu;
/** People who are no child by the word: a family, a household, a tenant, a customer, a patient. */
const HOUSEHOLD = /(?<![\p{L}])(?:\p{L}*familj\p{L}*|hushåll\p{L}*|hyresgäst\p{L}*|kund(?:en|er|erna)?|patient\p{L}*|vårdtagare\p{L}*|brukare\p{L}*|household|tenant|customer|family)(?![\p{L}])/iu;
/** What a neighbour builds, burns or keeps: the attention is drawn to that, not to a person. */
const ABOUT_A_THING = /(?<![\p{L}])(?:bygger|byggt|bygge\p{L}*|bygglov\p{L}*|garage\p{L}*|staket\p{L}*|plank\p{L}*|altan\p{L}*|carport\p{L}*|eldar|eldade|parkerar|parkerat|oväsen|musik\p{L}*|hund\p{L}*|häck\p{L}*|träd\p{L}*|skräp\p{L}*|sopor|soptunn\p{L}*|lampa\p{L}*|gatlamp\p{L}*|vägen|gatan)(?![\p{L}])/iu;

/** The text of a sentence, its end mark included (bounded; none before the first). */
/** Where a sentence starts in its zone's text (as {@link sentenceText} cuts it). */
function sentenceStart(ends: readonly number[], sentence: number): number {
  return sentence <= 0 ? 0 : (ends[sentence - 1] ?? -1) + 1;
}

/** Whether the sentence or the one before tells a work's story ("Boken handlar om …", "… en novell … men den handlar om …"). */
function tellsAStory(r: ZoneReading, sentence: number): boolean {
  const here = sentenceText(r.text, r.ends, sentence);
  if (STORY.test(here)) return true;
  return /(?<![\p{L}])den\s+handlar\s+om(?![\p{L}])/iu.test(here) && WORK_NAMED.test(sentenceText(r.text, r.ends, sentence - 1) + ' ' + here);
}

/** Whether a GENERIC word in the harm's sentence makes it general (SCOPED_GENERIC words only over what follows them in their clause). */
function genericCovers(r: ZoneReading, h: Hit): boolean {
  if (r.marked.get('generic')?.has(h.sentence) !== true) return false;
  for (const g of r.hits) {
    if (g.group !== 'generic' || g.sentence !== h.sentence) continue;
    const said = r.text.slice(g.start, g.end).replace(/\s+/g, ' ').toLowerCase();
    if (!SCOPED_GENERIC.has(said)) return true;
    if (said === 'den handlar om') {
      if (tellsAStory(r, h.sentence)) return true;
      continue;
    }
    const between = r.text.slice(g.end, h.start);
    // (a work's name covers the rest of its sentence: "Årets starkaste ungdomsroman: Mira, 14, vars pappa dricker och slår henne")
    if (g.end <= h.start && (WORK_WORDS.has(said) || !/[,:;]/u.test(between)) && !DISCLOSED.test(between)) return true;
  }
  return false;
}

function sentenceText(text: string, ends: readonly number[], sentence: number): string {
  if (sentence < 0) return '';
  const from = sentence === 0 ? 0 : sentence - 1 < ends.length ? ends[sentence - 1]! + 1 : text.length;
  const to = sentence < ends.length ? ends[sentence]! + 1 : text.length;
  return text.slice(from, Math.min(to, from + 1000));
}

/** The sentence number of a position: how many sentence ends come before it (binary search). */
function sentenceOf(ends: readonly number[], position: number): number {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Ages written as numbers: "hon är 88 år", "en flicka, 3 år", "(12)", "jag är 13", "f. 2019",
 * "5-åring", "8 månader", "6 years". Under 18 is a child; 65 and over an old person. Read digit run
 * by digit run (no regular expression: this runs on most messages).
 */
/** An animal, and its name at most, right before an age ("hund Sixten (", "katten, ", "our dog Rex, "; a name is capitalised). */
const ANIMAL_AGE_BEFORE =
  /(?<![\p{L}])(?:[Hh]und\p{L}*|[Kk]att\p{L}*|[Hh]äst\p{L}*|[Kk]anin\p{L}*|[Mm]arsvin\p{L}*|[Vv]alp\p{L}*|[Pp]onny\p{L}*|[Pp]apegoj\p{L}*|[Dd]ogs?|[Cc]ats?|[Hh]orses?|[Rr]abbits?|[Pp]upp(?:y|ies)|[Kk]ittens?|[Pp]on(?:y|ies))(?:\s+\p{Lu}\p{L}*)?\s*[(,]?\s*(?:som\s+är\s+|är\s+|who\s+is\s+|is\s+|aged\s+)?$/u;
function ageHits(text: string, ends: readonly number[], out: Hit[]): void {
  const n = text.length;
  let found = 0;
  for (let i = 0; i < n && found < 64; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    const a = i;
    while (i < n && isDigit(text.charCodeAt(i))) i++;
    const b = i;
    const length = b - a;
    let group: Group | null = null;
    let start = a;
    let end = b;
    if (length >= 4) {
      // "f. 2019", "född 1938"
      let p = a;
      while (p > 0 && a - p < 2 && text.charCodeAt(p - 1) === 32) p--;
      const before = text.slice(Math.max(0, p - 4), p).toLowerCase();
      if (before.endsWith('född') || (before.endsWith('f.') && !isLetter(text.charCodeAt(p - 3)))) {
        const year = Number(text.slice(a, a + 4));
        group = year >= 2008 && year <= 2100 ? 'child' : year >= 1900 && year <= 1960 ? 'adult' : null;
        start = p - (before.endsWith('född') ? 4 : 2);
        end = a + 4;
      }
    } else {
      const age = Number(text.slice(a, b));
      const unit = ageUnit(text, b);
      if (unit > 0) {
        const months = text.charCodeAt(skipSpaces(text, b)) === 109 || text.charCodeAt(skipSpaces(text, b)) === 77; // m, M
        group = months || age < 18 ? 'child' : age >= 65 && age <= 120 ? 'adult' : null;
        end = unit;
        // (the writer's own: "Jag är 13 år")
        const self = prefixBefore(text, a, SELF_AGE);
        if (self !== undefined) start = a - self.length;
      } else if (length <= 2 && a > 0 && text.charCodeAt(a - 1) === 40 && text.charCodeAt(b) === 41) {
        // "(12)"
        group = age < 18 ? 'child' : age >= 65 ? 'adult' : null;
        start = a - 1;
        end = b + 1;
      } else if (length <= 2) {
        // "jag är 13", and as texts write it: "jag e 16", "jag ä 14"
        const self = prefixBefore(text, a, SELF_AGE);
        if (self !== undefined && !OTHER_UNIT_AFTER.test(text.slice(b, b + 12))) {
          group = age < 18 ? 'child' : age >= 65 ? 'adult' : null;
          start = a - self.length;
        } else if (!OTHER_UNIT_AFTER.test(text.slice(b, b + 12))) {
          // someone else's age, without "år": "min mamma är 84 och …", "hon är 7"
          const person = prefixBefore(text, a, PERSON_AGE);
          if (person !== undefined) {
            group = age < 18 ? 'child' : age >= 65 && age <= 110 ? 'adult' : null;
            start = a - person.length;
          }
        }
      }
    }
    // (an animal's age: "Vår gamla hund Sixten (14 år)", "katten, 16 år,")
    // ("Grannen går ut med hunden, 5-åringen …": a person named by age after a comma)
    if (group !== null && ANIMAL_AGE_BEFORE.test(text.slice(Math.max(0, a - 40), a)) && !(text.charCodeAt(b) === 45 && /,\s*$/u.test(text.slice(0, a)))) group = null;
    if (group !== null) {
      out.push({ group, start, end, sentence: sentenceOf(ends, start) });
      found++;
    }
  }
}

/**
 * Prefixes grouped by their last two characters (each ends in a space), in list order: a number's
 * two characters before it pick the few prefixes worth comparing, without a lower-cased copy of
 * the text per prefix (this runs for every one- or two-digit number, phone numbers too).
 */
interface PrefixIndex {
  byEnd: ReadonlyMap<string, readonly string[]>;
}

function prefixIndex(prefixes: readonly string[]): PrefixIndex {
  const byEnd = new Map<string, string[]>();
  for (const prefix of prefixes) {
    if (prefix.length < 2 || !prefix.endsWith(' ')) throw new Error(`age prefix must end in a space: "${prefix}"`);
    const end = prefix.slice(-2);
    const list = byEnd.get(end);
    if (list) list.push(prefix);
    else byEnd.set(end, [prefix]);
  }
  return { byEnd };
}

/** The first of the indexed prefixes that ends right before position `a`, as whole words. */
function prefixBefore(text: string, a: number, index: PrefixIndex): string | undefined {
  // (every prefix ends in a space; lower-casing keeps other characters other and never shortens a text)
  if (a < 2 || text.charCodeAt(a - 1) !== 32) return undefined;
  const prefixes = index.byEnd.get(text.slice(a - 2, a).toLowerCase());
  return prefixes?.find(
    (prefix) =>
      a >= prefix.length &&
      text.slice(a - prefix.length, a).toLowerCase() === prefix &&
      (a === prefix.length || !isWordChar(text.charCodeAt(a - prefix.length - 1))),
  );
}

/** A young writer's own age in English ("im 15 and …", "I'm only 13"): whose farewell is their own harm (not a child of the text: "I am 16 and cannot get out of bed" asks about a school's hours). */
const ENGLISH_SELF_AGE = /(?<![\p{L}'’])(?:i\s+am|i['’]m|im)\s+(?:only\s+|just\s+)?(?:1[0-7]|[6-9])(?=\s*(?:[.,!;)]|$|and\b|&|years?\s+old\b|yrs?\b|yo\b|y\/o\b))(?!\s*[.,:]\d)/imu;
/** A young writer presenting themself by name and age ("Alva 13 år här", "Det är Leo, 12 år"). */
const NAME_AGE_HERE = /^\s*(?:hej\s+)?(?:det\s+är\s+)?\p{Lu}\p{L}+,?\s+(?:1[0-7]|[6-9])\s*(?:år)?\s*(?:här|[.,!])/u;
/** A young writer's own school year ("jag går i 6an", "jag går i sjuan", "I'm in 7th grade"). */
const SELF_SCHOOL_YEAR =
  /(?<![\p{L}])(?:(?:jag|ja)\s+går\s+i\s+(?:[3-9]\s?:?\s?an|[3-9]\s?[a-e](?![\p{L}])|trean|fyran|femman|sexan|sjuan|åttan|nian|klass\s+[3-9])|(?:jag|ja)\s+(?:e|är)\s+i\s+(?:[3-9]\s?:?\s?an|trean|fyran|femman|sexan|sjuan|åttan|nian))|(?<![\p{L}])I['’]?\s?a?m\s+in\s+(?:[3-9]|1[0-2])(?:th|rd|nd|st)?\s+grade/iu;
/** How a writer gives their own age before the number. */
// (… and a young person asking "as if in general": "om man är 15 och skär sig själv, måste ni berätta för ens föräldrar?")
const SELF_AGE_PREFIXES = ['jag är ', 'jag e ', 'jag ä ', 'jag är bara ', 'jag e bara ', 'om man är ', 'om man e '];
const PRONOUNS_OF_AGE = ['han', 'hon', 'hen'];
/** Whom a writer gives an age of: a pronoun, or a relative by the name a family uses. */
const PERSONS_BY_NAME = [
  ...PRONOUNS_OF_AGE, 'mamma', 'pappa', 'mormor', 'morfar', 'farmor', 'farfar', 'farsan', 'morsan', 'farsa', 'morsa', 'min man', 'min fru', 'maken', 'frun', 'min sambo',
];
/** How a writer gives someone else's age before the number ("min mamma är 84", "hon är 7"). */
const PERSON_AGE_PREFIXES = [
  ...PERSONS_BY_NAME.flatMap((p) => ['är ', 'är snart ', 'är nästan ', 'är över ', 'fyller '].map((v) => `${p} ${v}`)),
  // "Mamma, 87, har slutat äta", "Min morsa, 79, har inte öppnat"
  ...PERSONS_BY_NAME.filter((p) => !PRONOUNS_OF_AGE.includes(p)).map((p) => `${p}, `),
  'han e ', 'hon e ',
  'he is ', 'she is ', "he's ", "she's ",
  ...['my mother', 'my father', 'my mum', 'my mom', 'my dad', 'my husband', 'my wife', 'my grandmother', 'my grandfather', 'my neighbour', 'my neighbor'].flatMap((p) => [`${p}, `, `${p} is `]),
];
const SELF_AGE = prefixIndex(SELF_AGE_PREFIXES);
const PERSON_AGE = prefixIndex(PERSON_AGE_PREFIXES);
/** A number measured in something other than years ("hon är 84 kilo", "han är 16 minuter sen"). */
const OTHER_UNIT_AFTER = /^\s*(?:i\s+kön|i\s+kö|på\s+listan|på\s+plats|:[ae]|kg|kilo|cm|mm|m|km|kr|kronor|%|procent|grader|minuter|min|sekunder|timmar|tim|h|dagar|veckor|st|stycken|meter|liter|kvm|kvadrat|lbs|pounds|minutes|hours|days|weeks|percent|feet|ft|[.,:/]\d)(?![\p{L}])/iu;

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

function isWordChar(c: number): boolean {
  return isLetter(c) || isDigit(c) || c === 95;
}

/** Position after up to two spaces or tabs. */
function skipSpaces(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p < 2 && (text.charCodeAt(q) === 32 || text.charCodeAt(q) === 9 || text.charCodeAt(q) === 0xa0)) q++;
  return q;
}

/** Units of an age after a number: år, års, -åring…, -årig…, mån, månader, year(s), yrs, yo. */
const AGE_UNITS = ['år', 'års', 'mån', 'månader', 'year', 'years', 'yrs', 'yo'];

/**
 * The end of an age unit after a number ending at `p` ("3 år", "5-åring", "8 mån"), or -1. A unit
 * must end the word (not "årskurs"), except -åring and -årig, which may be inflected.
 */
function ageUnit(text: string, p: number): number {
  let q = skipSpaces(text, p);
  const hyphen = text.charCodeAt(q) === 45;
  if (hyphen) q++;
  let e = q;
  while (e < text.length && isLetter(text.charCodeAt(e))) e++;
  if (e === q) return -1;
  const word = text.slice(q, e).toLowerCase();
  if (word.startsWith('åring') || word.startsWith('årig')) return e;
  // "4-year-old", "6-month-old"
  if (hyphen && (word === 'year' || word === 'month') && text.slice(e, e + 4).toLowerCase() === '-old') return e + 4;
  if (hyphen) return -1;
  return AGE_UNITS.includes(word) ? e : -1;
}

/** Whether the writer is the one the hit tells of: "jag" right before it ("jag orkar inte mer"). */
function writerSays(hits: readonly Hit[], hit: Hit): boolean {
  for (const h of hits) if (h.group === 'self' && h.end <= hit.start && hit.start - h.end <= 2) return true;
  return false;
}

/**
 * Whether a carer other than the writer stands in the sentence: "jag är mamma till Oskar" names the
 * writer, not a parent who may harm (a voicemail's transcription is one long sentence).
 */
function carerInSentence(text: string, hits: readonly Hit[], sentence: number): boolean {
  for (const h of hits) {
    if (h.group !== 'carer' || h.sentence !== sentence) continue;
    const before = text.slice(Math.max(0, h.start - 12), h.start).toLowerCase();
    if (!/(?:jag är|jag e|jag ä|i am|i'm)\s+$/.test(before)) return true;
  }
  return false;
}

/** Whether a negation ("inte", "no") stands right before the hit at `start`. */
function negated(start: number, hits: readonly Hit[]): boolean {
  for (const h of hits) if (h.group === 'negation' && h.end <= start && start - h.end <= 2) return true;
  return false;
}

interface ZoneReading {
  zone: number;
  text: string;
  hits: Hit[];
  /** Sentences holding each marker group. */
  marked: Map<Group, Set<number>>;
  /** Where each sentence ends (sentenceEnds). */
  ends: number[];
}

/**
 * Finds a concrete concern about a child or a vulnerable adult in a message's own text (see the
 * module comment for the rule), or null. Reads the author's newest text, forwarded content, a web
 * form's fields (for harms, not for the form's type) and — when the author wrote it — the subject
 * (not a reply's thread subject, not a web form's name).
 * Bounded work: one keyword scan per zone.
 * @example findConcern(zonesOf('Min granne slår sina barn varje kväll.'), 'epost')?.how //=> 'person-harm'
 */
export function findConcern(zones: MessageZones, channel: Channel): Concern | null {
  return readConcern(zones, channel).concern;
}

/**
 * An automatic reply's subject: its own prefix, then the thread's ("Automatiskt svar: …",
 * "Frånvarande: SV: …"). A subject such as "Frånvaro: pojken har inte varit i skolan" is a
 * person's own and is read.
 */
const AUTO_REPLY_SUBJECT =
  /^\s*(?:(?:automatiskt svar|automatic reply|autosvar|autoreply|auto-reply)\s*:|(?:auto|fr[åa]nvarande|fr[åa]nvaro|(?:ej|inte) på kontoret|(?:ej|inte) anträffbar|out of (?:the )?office|abwesend|poissa)\s*:\s*(?:sv|re|aw|vs|ang|antw|odp)\s*:)/i;

/** An absence reply's subject prefix without a reply's "SV:" ("Frånvaro: …", "Out of office: …"). */
const ABSENCE_SUBJECT = /^\s*(?:fr[åa]nvar(?:o|ande)|autosvar|out\s+of\s+(?:the\s+)?office|abwesend)\s*:/iu;

/** The zones the reader reads (a web form's fields for harms told about a person, not for its type "Orosanmälan"). */
const READ_ZONES = [ZONE_INDEX.body, ZONE_INDEX.forwarded, ZONE_INDEX.form, ZONE_INDEX.subject];
/** The zones whose concern keywords a shared scan must collect. */
export const CONCERN_ZONES: readonly number[] = READ_ZONES;

/**
 * {@link findConcern}, and whether the message holds any sign of harm at all (a harm, a weak sign,
 * a report word, the writer's worry, and the writer does not apply for help).
 */
export function readConcern(zones: MessageZones, channel: Channel, scanned?: ConcernHits): { concern: Concern | null; signs: boolean } {
  const concern = readConcernWords(zones, channel, scanned);
  return { concern, signs: concern !== null || lastSigns };
}

/** A premises word as what it is, not as where someone lives or shops ("bor ovanför banken", "handlar i kiosken"). */
const ADDRESS_BEFORE =
  /(?:ovanför|nedanför|bakom|bredvid|mittemot|intill|nära|above|behind|next\s+to|near|opposite|(?:bor|bodde|lives|living|placerat|placerad|placerade|handlar|jobbar|arbetar|works)\s+(?:\p{L}+\s+)?(?:på|i|vid|at|in))\s+(?:\p{L}+\s+)?$/iu;
/** Users of premises in the plural (the pupils of a classroom): no one person at risk. */
const PREMISES_USERS: ReadonlySet<string> = new Set(['eleverna', 'dementa', 'pensionärerna', 'pupils', 'students']);
const PERSON_GROUPS: ReadonlySet<Group> = new Set<Group>(['child', 'adult', 'pronoun', 'partner', 'carer', 'spouse']);

/** Whether premises stand in sentence `n` as the thing itself. */
function premisesExplain(r: ZoneReading, n: number): boolean {
  return n >= 0 && r.hits.some((p) => p.group === 'premises' && p.sentence === n && !ADDRESS_BEFORE.test(r.text.slice(Math.max(0, p.start - 30), p.start)));
}

/** Whether sentence `n` names a person (not the users of premises, nor the age of a building: "gamla biblioteket"). */
function namesSomeone(r: ZoneReading, n: number): boolean {
  return r.hits.some(
    (p) =>
      p.sentence === n &&
      PERSON_GROUPS.has(p.group) &&
      !PREMISES_USERS.has((/^[\p{L}-]+/u.exec(r.text.slice(p.start, p.start + 40))?.[0] ?? '').toLowerCase()) &&
      !r.hits.some((q) => q.group === 'premises' && q.start >= p.end && q.start - p.end <= 1),
  );
}

/** Whether the last reading saw any sign (set by {@link readConcernWords}; readings are synchronous). */
let lastSigns = false;

/** Whether only marks and spaces stand between the start of its line and a position ("Orosanmälan", "– Orosanmälan"). */
function startsItsLine(text: string, at: number): boolean {
  return /^[\s\-–—:|>*•]*$/.test(text.slice(text.lastIndexOf('\n', at - 1) + 1, at));
}

/**
 * Whether floor harm `h` ({@link FLOOR_WORDS}) is told as no one on the floor now: a supposed case ("Om/När mamma ligger på golvet …")
 * or a baby's with no grown-up beside. (A habit is no such sign here — "Pappa ligger på golvet varje gång jag kommer dit" is neglect
 * told as it keeps happening — nor a past day in the sentence before: "I söndags ramlade pappa. Han ligger på golvet …", an
 * independent review's probes.)
 */
function floorNotNow(r: ZoneReading, h: Hit): boolean {
  const sentenceStart = h.sentence === 0 ? 0 : r.ends[h.sentence - 1]! + 1;
  // (what comes before the sentence's first floor words: "När hon ligger på golvet och kan inte resa sig")
  const first = r.hits.find((p) => p.group === 'harm' && p.sentence === h.sentence && FLOOR_WORDS.test(r.text.slice(p.start, p.end))) ?? h;
  if (SUPPOSED_BEFORE.test(r.text.slice(sentenceStart, first.start))) return true;
  // (a baby who cannot stand up yet, with no grown-up named beside it — not a teenager who cannot get out of bed)
  return BABY.test(sentenceText(r.text, r.ends, h.sentence)) && !r.hits.some((p) => (p.group === 'adult' || p.group === 'carer') && p.sentence === h.sentence);
}

/**
 * Whether harm `h` tells of someone lying on the floor now who cannot get up ({@link CANNOT_GET_UP}): a grown-up, a parent, a partner
 * or "han"/"hon" (no child near — a baby who cannot stand is development) at most {@link FLOORED_MAX_WORDS} words before it, or
 * named in the sentence before one that opens with it ("Pappa har ramlat. Ligger på golvet och kan inte resa sig."); not supposed or
 * a habit, not asked in its clause, not a condition ("utan hjälp"), not in an application for the care that meets it, and never a
 * thing's owner ("Mammas tavla") or an old thing ("den gamla mattan").
 */
function floored(r: ZoneReading, h: Hit, applying: boolean): boolean {
  const said = r.text.slice(h.start, h.end).toLowerCase().replace(/\s+/gu, ' ');
  // (a fall for something, asleep or in love is no fall: "Mamma föll för ett telefonbedrägeri", "har fallit för den nya dagverksamheten")
  const fall = FALL_SAID.test(said) && !/^\s+(?:för|for|asleep|in\s+love|pladask\s+för)(?![\p{L}])/iu.test(r.text.slice(h.end, h.end + 20));
  // (the matcher reads "Dad's on the floor" from the "s": the apostrophe is no letter)
  if (!fall && !/^(?:ligger|lying|is\s+on|'?s\s+on|stuck\s+on)/u.test(said)) return false;
  // (the one lying there named inside the words, in the word order after "nu"/"där": "Nu ligger pappa på golvet")
  const inverted = /^ligger\s+(?!på\s|kvar\s|nu\s|fortfarande\s)/u.test(said);
  const rest = r.text.slice(h.end);
  const getUp = CANNOT_GET_UP.exec(rest) ?? (fall ? STILL_DOWN.exec(rest) : null);
  if (getUp === null) return false;
  // (a fall is still down now: not "couldn't get up", not told of a day gone by — "Dad fell last year and couldn't get up for hours")
  if (fall && (/(?<![\p{L}])(?:could|couldn't|kunde)(?![\p{L}])/iu.test(getUp[0]) || harmIsOver(r, h))) return false;
  const after = rest.slice(getUp[0].length);
  if (CONDITION_AFTER.test(after) || /^[^.!?\n,;]*\?/u.test(after)) return false;
  const sentenceStart = h.sentence === 0 ? 0 : r.ends[h.sentence - 1]! + 1;
  const before = r.text.slice(sentenceStart, h.start);
  // (a habit in the floor words' own clause: "… kan inte resa sig ibland på nätterna", "Varje gång pappa ligger …" — not in a clause of
  // its own: "Hemtjänsten brukar komma kl 8 men pappa ligger på golvet …")
  const stop = after.search(/[.!?\n]/u);
  const sentenceAfter = stop < 0 ? after : after.slice(0, stop);
  const breakAt = sentenceAfter.search(CLAUSE_BREAK);
  const clauseAfter = breakAt < 0 ? sentenceAfter : sentenceAfter.slice(0, breakAt);
  if (SUPPOSED_BEFORE.test(before) || HABIT.test(lastClause(before)) || HABIT.test(clauseAfter)) return false;
  if (PAST_OPENING.test(before)) return false;
  const child = r.hits.some((p) => p.group === 'child' && (p.sentence === h.sentence || p.sentence === h.sentence - 1));
  if (child || (applying && !r.hits.some((p) => p.group === 'child'))) return false;
  // (… or the writer, on the floor themself: "jag har ramlat i köket och jag kommer inte upp")
  const person = (p: Hit, sentence: number): boolean =>
    (p.group === 'carer' || p.group === 'adult' || p.group === 'partner' || p.group === 'spouse' || p.group === 'pronoun' || p.group === 'self') &&
    p.sentence === sentence &&
    !ownsAThing(r.text, p) &&
    !ADJECTIVE_AGE.test(r.text.slice(p.start, p.end));
  // (… only right after "nu", "där", "här": not a consequence, "… och då ligger han på golvet", nor a scene, "I andra akten ligger mormor …")
  if (inverted) {
    if (!/^\s*(?:och\s+)?(?:just\s+)?(?:nu|där|här)\s*$/iu.test(before)) return false;
    // ("han"/"hon" is no pet named just before: "Vår hund är gammal. Nu ligger han på golvet …")
    return !/^ligger\s+(?:han|hon)\s/u.test(said) || !r.hits.some((p) => p.group === 'animal' && (p.sentence === h.sentence || p.sentence === h.sentence - 1));
  }
  // (a fall's own subject stands right before it, the writer too: "Min mor (87) har fallit", "jag har ramlat" — not "jag meddela att
  // huvudmannens fondsparande föll")
  const most = fall ? 1 : FLOORED_MAX_WORDS;
  if (r.hits.some((p) => person(p, h.sentence) && p.end <= h.start && words(withoutAsides(r.text.slice(p.end, h.start))) <= most)) return true;
  // (no one named in its own sentence, which opens with it: the one named in the sentence before)
  return before.trim() === '' && r.hits.some((p) => person(p, h.sentence - 1));
}

/** A work named, then its title in quotation marks ("pjäsen \"Mormor ligger på golvet\"", "the play 'Gran on the floor'"). */
const WORK_TITLE =
  /(?<![\p{L}])(?:pjäs\p{L}*|föreställning\p{L}*|teater\p{L}*|spelar|spelas|visar|visas|film\p{L}*|bok|boken|roman\p{L}*|titel\p{L}*|heter|kallad\p{L}*|föredrag\p{L}*|föreläsning\p{L}*|utställning\p{L}*|kurs\p{L}*|play|plays|show|book|novel|titled|called|performance|talk|lecture|course)\s+(?:[\p{L}\d-]+\s+){0,3}?["“”«»„'‘’]([^"“”«»„'‘’\n]{3,80})["“”«»'‘’]/giu;

/** The quotation marks {@link WORK_TITLE} opens and closes a title with. */
const TITLE_QUOTES: ReadonlySet<number> = new Set(Array.from('"“”«»„\'‘’', (ch) => ch.charCodeAt(0)));

/** Whether a text holds at least two of {@link TITLE_QUOTES} (without one to open and one to close, no title). */
function holdsTwoQuotes(text: string): boolean {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // (of ASCII only " and ' are quotation marks: most characters stop at the first test)
    if ((c < 128 ? c === 34 || c === 39 : TITLE_QUOTES.has(c)) && ++seen === 2) return true;
  }
  return false;
}

/** A title of a work the writer names: where it stands (zone and span inside the quotation marks) and its words, folded to lower case. */
interface WorkTitle {
  zone: number;
  start: number;
  end: number;
  words: string;
}

/** Saying between the work word and the quote: quoted speech, not a title ("She called me and said 'dad is hitting mum'"). */
const SPEECH = /(?<![\p{L}])(?:sa|sade|säger|sägs|ropar|ropade|skriker|skrek|berättar|berättade|viskar|viskade|frågar|frågade|said|says|say|told|tells|shouted|shouts|screamed|screams|yelled|asked|asks)(?![\p{L}])/iu;

/** The titles of the works the writer names in any reading ({@link WORK_TITLE}), not quoted speech. */
function workTitles(readings: readonly ZoneReading[]): WorkTitle[] {
  const titles: WorkTitle[] = [];
  for (const r of readings) {
    // (a title stands between two quotation marks: a text with fewer is not searched)
    if (!holdsTwoQuotes(r.text)) continue;
    for (const m of r.text.matchAll(WORK_TITLE)) {
      const open = m.index + m[0].length - m[1]!.length - 2;
      if (SPEECH.test(r.text.slice(m.index, open))) continue;
      const end = m.index + m[0].length - 1;
      titles.push({ zone: r.zone, start: end - m[1]!.length, end, words: m[1]!.trim().toLowerCase() });
    }
  }
  return titles;
}

/**
 * Whether hit `h` stands inside a named work's title: where the title is quoted, or in a subject that repeats it ("Mormor ligger på
 * golvet - biljetter 10 april?") — never elsewhere in the writer's text, where the same words may be told of a person.
 */
function inTitle(r: ZoneReading, h: Hit, titles: readonly WorkTitle[]): boolean {
  return titles.some((t) => {
    if (t.zone === r.zone && t.start <= h.start && h.end <= t.end) return true;
    if (r.zone !== ZONE_INDEX.subject) return false;
    const at = r.text.toLowerCase().indexOf(t.words);
    return at >= 0 && at <= h.start && h.end <= at + t.words.length;
  });
}

function readConcernWords(zones: MessageZones, channel: Channel, shared?: ConcernHits): Concern | null {
  concernKeywordSpecs();
  const readings: ZoneReading[] = [];
  const inMessage = new Set<Group>();
  const genreWords = new Set<string>();
  const scanned: { zone: number; text: string; hits: Hit[] }[] = [];
  let signs = false;
  let worry = false;
  let applies = false;
  let thanks = false;
  let sleeping = false;
  let nowhere = false;
  const take = (id: number, start: number, end: number, hits: Hit[]): void => {
    const group = groupOf[id]!;
    if (SIGN_GROUPS.has(group)) signs = true;
    else if (group === 'sleeping' || group === 'nowhere') {
      if (group === 'sleeping') sleeping = true;
      else nowhere = true;
      // sleeping where no one should is a sign only in one sentence: read on when both occur
      if (sleeping && nowhere) signs = true;
    }
    else if (MODEL_GROUPS.has(group)) worry = true;
    else if (group === 'gratitude') thanks = true;
    hits.push({ group, start, end, sentence: 0 });
  };
  for (const zone of READ_ZONES) {
    // the subject when the author wrote it (not a reply's thread subject)
    // (nor an automatic reply's, which repeats the subject of the mail it answers: "Frånvarande: SV: Orosanmälan …")
    // (… nor an absence reply's that names the subject it answers without "SV:": "Frånvaro: Orosanmälan barn 3-åring" over a body that is
    // an absence reply and nothing else)
    if (zone === ZONE_INDEX.subject && (zones.reply || zones.subjectOnly || AUTO_REPLY_SUBJECT.test(zones.rawSubject))) continue;
    if (zone === ZONE_INDEX.subject && ABSENCE_SUBJECT.test(zones.rawSubject) && opensWithAbsence(zones.texts[ZONE_INDEX.body]!)) continue;
    // a web form's name ("E-tjänst: Orosanmälan") is the form's, not the writer's words: only the
    // form the writer chose is read from it — a report of concern's own form makes one
    const formName = zone === ZONE_INDEX.subject && channel === 'webb';
    const text = zones.texts[zone]!;
    if (text.length === 0) continue;
    const hits: Hit[] = [];
    const found = shared?.byZone[zone];
    const keep = (id: number, start: number, end: number): void => {
      // (with the words that say a name is about reports, not one: "Frågor om …", "Inte orosanmälan")
      const g = groupOf[id];
      // (home care is the service, not "nobody at home cares")
      if ((g === 'service' || g === 'careService') && /^home\s+cares/i.test(text.slice(start, end + 1))) return;
      // (full of something, full as complete, packed and ready — "han är full av idéer", "hon är fullt klar i huvudet", "han är
      // packad och klar" — is no one drunk, and no sign that lets the concern model decide)
      if (g === 'intox' && NOT_DRUNK.test(text.slice(start, end + 24))) return;
      if (!formName || g === 'report' || g === 'generic' || g === 'negation') take(id, start, end, hits);
      // (a fall is a sign with the person still down after it)
      if (g === 'fall' && !formName && stillDownAfter(text.slice(end))) signs = true;
    };
    if (found !== undefined) {
      for (let k = 0; k < found.length; k += 3) keep(found[k]!, found[k + 1]!, found[k + 2]!);
    } else {
      concernMatcher().scan(text, keep, { ocr: channel === 'post' });
    }
    scanned.push({ zone, text, hits });
  }
  // most mail holds no harm and no report: nothing more to read
  // (a writer applying for help — "vill ansöka om ekonomiskt bistånd" — tells of their own need)
  // (nor does a letter of thanks or of a death: its fears are memory — "han var rädd för att dö ensam")
  // (an application already made is not the writer applying: its words are dropped)
  for (const { hits } of scanned) {
    for (let i = hits.length - 1; i >= 0; i--) {
      const h = hits[i]!;
      if (h.group === 'apply' && hits.some((a) => a.group === 'applied' && a.start <= h.start && h.end <= a.end)) hits.splice(i, 1);
    }
    if (hits.some((h) => h.group === 'apply')) applies = true;
  }
  lastSigns = (signs || worry) && !applies && !thanks;
  if (!signs) return null;
  for (const { zone, text, hits } of scanned) {
    const ends = sentenceEnds(text);
    for (const h of hits) h.sentence = sentenceOf(ends, h.start);
    ageHits(text, ends, hits);
    const marked = new Map<Group, Set<number>>();
    // children who are grown up are not children ("våra barn är vuxna och utflyttade")
    let grown: Set<number> | null = null;
    for (const h of hits) if (h.group === 'grown') (grown ??= new Set()).add(h.sentence);
    if (grown !== null) {
      const g = grown;
      for (let i = hits.length - 1; i >= 0; i--) if (hits[i]!.group === 'child' && g.has(hits[i]!.sentence)) hits.splice(i, 1);
    }
    for (const h of hits) {
      let set = marked.get(h.group);
      if (!set) marked.set(h.group, (set = new Set()));
      set.add(h.sentence);
      inMessage.add(h.group);
      if (h.group === 'genre') genreWords.add(text.slice(h.start, h.end).toLowerCase());
    }
    readings.push({ zone, text, hits, marked, ends });
  }
  // mass mail, course invitations, job adverts and phishing hold no concern
  if (genreWords.size >= 2) return null;
  // a message about a report already made, or saying nothing new has happened, counts only what is new
  const lookingBack = inMessage.has('pastReport') || inMessage.has('calm');
  const personInMessage = readings.some((r) =>
    r.hits.some((h) => (h.group === 'child' || h.group === 'adult') && !r.marked.get('generic')?.has(h.sentence)),
  );

  // someone asking for help for themself makes an application, not a report about someone else
  const applying = inMessage.has('apply') || inMessage.has('support');
  // weak signs in a complaint about noise, school work or a service are the complaint's
  const complaining =
    inMessage.has('nuisance') || inMessage.has('suggestion') || inMessage.has('schoolwork') || inMessage.has('service') || inMessage.has('fault') || inMessage.has('gratitude') || inMessage.has('claim') || inMessage.has('familyLaw') || lookingBack;
  // a complaint about a care service (late, again, "duger inte"): one harm it tells of is the complaint's,
  // two different harms are a concern all the same
  // (… unless the harm goes on: the writer cannot get there yet, the person is left alone through a span not over, or someone is asked
  // to go there with a time that is now — "se till att någon åker dit i kväll"; without one, going there is as often a complaint's
  // ask: "Ni måste åka dit och gå igenom rutinerna")
  // (each only for a harm not told as over: harmIsOver)
  // (… or the person is ill now: SYMPTOMS_NOW — or the harm itself has lasted up to now, read for each harm: harmLasts)
  const goesOn = (x: ZoneReading): boolean => x.zone !== ZONE_INDEX.forwarded && (ALONE_THROUGH_NOW.test(x.text) || CANNOT_COME_YET.test(x.text) || symptomsNow(x.text));
  // (each read over the whole text only when a harm at a service's door asks for it: most readings never do)
  let complaintGoesOnRead: boolean | undefined;
  let harmGoesOnRead: boolean | undefined;
  const complaintGoesOn = (): boolean => (complaintGoesOnRead ??= readings.some((x) => goesOn(x) || goThereTonight(x)));
  const harmGoesOn = (): boolean =>
    (harmGoesOnRead ??= complaintGoesOn() || readings.some((x) => x.zone !== ZONE_INDEX.forwarded && GO_THERE_NOW.test(x.text)));
  const serviceComplaint = inMessage.has('careService') && inMessage.has('complaint');
  let complained: string | null = null;
  // a complaint about how the school is organised, about the writer's own child only ("vår son"), owns its weak signs
  const ownChildOnly = (): boolean =>
    readings.every((r) =>
      r.hits.every(
        (p) =>
          p.group !== 'child' ||
          r.hits.some((c) => c.group === 'crowd' && c.start <= p.start && p.end <= c.end) ||
          // (pupils and children in the plural are the class, not a child: "klassen har nu 31 elever")
          /^(?:elever|eleverna|barnen|children|kids|pupils)(?![\p{L}])/iu.test(r.text.slice(p.start, p.start + 12)) ||
          // (the head of a compound written apart: "barn- och utbildningsnämnden")
          isCompoundHead(r.text, p) ||
          /(?:^|[^\p{L}])(?:vår|vårt|våra|min|mitt|mina|our|my)\s+$/iu.test(r.text.slice(Math.max(0, p.start - 8), p.start)),
      ),
    );
  const schoolComplaint = inMessage.has('schoolOrganisation') && ownChildOnly();
  // weak signs in a complaint about a care service (school transport, home care) are the complaint's too
  const complainingAll = complaining || serviceComplaint || schoolComplaint;

  // a child writing about themself ("jag e 16"): "kan man få bo nånstans om man blivit utkastad?" is their own case, not a general question
  const writerIsChild = readings.some((r) => r.hits.some((h) => h.group === 'child' && /^(?:jag|om man)\s/i.test(r.text.slice(h.start, h.start + 7))));
  // … or young, by an English age or a school year ("im 15 and …", "jag går i 6an"): whose farewell is their own harm (only that — a
  // pupil's homework question "Jag går i femman … Om ett barn inte får mat hemma, vem ska man berätta det för?" stays general)
  const writerIsYoung =
    writerIsChild ||
    readings.some((r) => ENGLISH_SELF_AGE.test(r.text.slice(0, 2000)) || SELF_SCHOOL_YEAR.test(r.text.slice(0, 2000)) || NAME_AGE_HERE.test(r.text.slice(0, 200)));
  // the titles of plays, books and talks the writer names ("spelar \"Mormor ligger på golvet\" på Kulturhuset"), wherever they recur
  const titles = workTitles(readings);
  const near3 = (r: ZoneReading, sentence: number): string =>
    `${sentenceText(r.text, r.ends, sentence - 1)} ${sentenceText(r.text, r.ends, sentence)} ${sentenceText(r.text, r.ends, sentence + 1)}`;
  // (last words may close the message two sentences later: "ni slipper mig nu. tack för att ni var snälla på gården. förlåt")
  const lastWordsNear = (r: ZoneReading, sentence: number): boolean => {
    const around = `${near3(r, sentence)} ${sentenceText(r.text, r.ends, sentence + 2)}`.trimEnd();
    return LAST_WORDS.test(around) || /(?<![\p{L}])förlåt[\s.!]*$/iu.test(around);
  };
  const leavingNear = (r: ZoneReading, sentence: number): boolean => LEAVING.test(near3(r, sentence));
  let weak: { quote: string; zone: number; words: Set<string>; last: { zone: number; end: number } } | null = null;
  for (const r of readings) {
    const has = (group: Group, sentence: number): boolean => r.marked.get(group)?.has(sentence) === true;
    const near = (groups: readonly Group[], sentence: number): boolean =>
      groups.some((g) => has(g, sentence) || has(g, sentence - 1) || has(g, sentence + 1));
    // a line break right after a sentence's end ("… 13 år.\n") makes an empty sentence between two
    // lines; a strong harm reaches over it to the person on the line before or after (weak signs do not)
    const { ends } = r;
    const empty = (sentence: number): boolean => sentence > 0 && sentence < ends.length && ends[sentence]! === ends[sentence - 1]! + 1;
    const nearOverBreak = (groups: readonly Group[], sentence: number): boolean =>
      near(groups, sentence) || (empty(sentence - 1) && groups.some((g) => has(g, sentence - 2))) || (empty(sentence + 1) && groups.some((g) => has(g, sentence + 2)));
    const recently = (sentence: number): boolean => has('recent', sentence) || has('recent', sentence - 1) || has('recent', sentence - 2);
    for (const h of r.hits) {
      // (a book's or a film's story is no one's harm, even told by a child — "Jag är 15 … Den handlar om en tjej som skadar sig själv" —
      // unless the harm is the writer's own: "den handlar om att mamma dricker och slår mig och allt i den är sant")
      if (genericCovers(r, h) && (!(writerIsChild && (h.group === 'harm' || h.group === 'violence')) || (tellsAStory(r, h.sentence) && !OWN_HARM.test(r.text.slice(h.start, h.end + 8))))) continue;
      if (titles.length > 0 && inTitle(r, h, titles)) continue;
      const quote = r.text.slice(h.start, Math.min(h.end, h.start + 60)).replace(/\s+/g, ' ');
      if (h.group === 'report') {
        // (the name of a report in a question how to make one, in the other languages the reader knows: "Jak zgłosić orosanmälan o
        // dziecko?", "Sidee loo sameeyaa orosanmälan?" — a harm told in that sentence is read all the same, as it comes first or later)
        if (FOREIGN_HOW_TO_REPORT.test(sentenceText(r.text, ends, h.sentence))) continue;
        // (a report named as a question's topic, "Fråga om orosanmälan", "en fråga om anmälan till socialtjänsten": that word is no
        // report — a harm told after it still is: "Fråga om orosanmälan: min dotter vill ta livet av sig")
        if (TOPIC_QUESTION_BEFORE.test(r.text.slice(Math.max(0, h.start - 30), h.start))) continue;
        // (in a web form, also the form the writer chose: its name or its type field — "Ärendetyp | Orosanmälan")
        const formLike = r.zone === ZONE_INDEX.form || (r.zone === ZONE_INDEX.subject && channel === 'webb');
        // … when the name or the field's value is that form ("Orosanmälan", "Orosanmälan – barn och unga"),
        // not a form about reports ("Frågor om orosanmälan", "Klagomål på handläggningen av min
        // orosanmälan", "Socialsekreterare – orosanmälan barn och unga", "Kontakta oss (ej orosanmälan)")
        if (formLike && !startsItsLine(r.text, h.start)) continue;
        // … and does not say what it is not ("Inte orosanmälan")
        if (formLike && r.hits.some((n) => n.group === 'negation' && n.sentence === h.sentence && n.end <= h.start)) continue;
        // a follow-up through the concern form is a report all the same ("Jag har anmält tidigare. Det
        // fortsätter"): better handed on twice than not at all — unless the writer says nothing new has
        // happened ("Inget nytt har hänt … jag undrar bara om den kom fram"), as in any other text
        if (formLike ? !inMessage.has('calm') && !has('pastReport', h.sentence) : !lookingBack && !has('pastReport', h.sentence)) return { how: 'report', quote, zone: r.zone };
        continue;
      }
      // attention drawn to a person, in the same sentence or the next: a child or an age is always one
      // ("tvillingarna på fyra år", "en kund i 90-årsåldern"); a family, a household, a neighbour, a tenant
      // or a customer is one unless the sentence is about what they build, burn or let bark ("… på att min
      // granne bygger ett garage utan bygglov"); a lamp, a timetable or a road never is
      if (h.group === 'attention') {
        const sentences = [h.sentence, h.sentence + 1];
        const span = sentences.map((n) => sentenceText(r.text, ends, n)).join(' ');
        const child = r.hits.some((p) => p.group === 'child' && sentences.includes(p.sentence) && !isCompoundHead(r.text, p)) || AGE_OR_YOUNG.test(span);
        const person = r.hits.some((p) => (p.group === 'adult' || p.group === 'partner' || p.group === 'carer') && sentences.includes(p.sentence)) || HOUSEHOLD.test(span);
        if (!lookingBack && (child || (person && !ABOUT_A_THING.test(sentenceText(r.text, ends, h.sentence))))) return { how: 'report', quote, zone: r.zone };
        continue;
      }
      // a person held or exploited is at risk whoever they are (unless denied: "ingen har tagit hans pass")
      if (h.group === 'held') {
        if (!negated(h.start, r.hits) && !lookingBack) return { how: 'person-harm', quote, zone: r.zone };
        continue;
      }
      // Swedish "drunkna"/"drunknade" (to drown) is not English "drunk"
      if (h.group === 'intox' && /^drunkn/i.test(r.text.slice(h.start, h.start + 7))) continue;
      // a fall with the person still down after it (floored), not told as looking back, denied, explained or of an animal
      if (h.group === 'fall') {
        const explainedFall = BODILY_EXPLAINED.test(sentenceText(r.text, ends, h.sentence)) || has('explained', h.sentence) || has('animal', h.sentence);
        if (!lookingBack && !negated(h.start, r.hits) && !explainedFall && floored(r, h, applying)) return { how: 'person-harm', quote, zone: r.zone };
        continue;
      }
      const strong =
        h.group === 'violence' ||
        h.group === 'acute' ||
        h.group === 'harm' ||
        h.group === 'bodily' ||
        h.group === 'unsupervised' ||
        // (… nor the writer worn out by a neighbour's noise: "4 barn som springer o hoppar varje kväll … vi orkar inte mer")
        (h.group === 'exhausted' && !(applying && !inMessage.has('child') && writerSays(r.hits, h)) && !(inMessage.has('nuisance') && WRITER_RIGHT_BEFORE.test(r.text.slice(Math.max(0, h.start - 8), h.start)))) ||
        (h.group === 'intox' && !inMessage.has('licence')) ||
        (h.group === 'need' && !applying) ||
        // (alone in a car, a house or a flat is a child's harm: a grown-up sits there alone as often by choice)
        (h.group === 'alone' && (near(['child'], h.sentence) || (has('pronoun', h.sentence) && personInMessage && !ALONE_IN_A_PLACE.test(r.text.slice(h.start, h.end))))) ||
        (h.group === 'nowhere' && has('sleeping', h.sentence));
      if (strong) {
        if (negated(h.start, r.hits)) continue;
        if (has('explained', h.sentence)) continue;
        // (a farewell in the writer's own voice is an adult's goodbye to a job or a club — a child's is their own harm: "jag e 13. ni slipper mig snart")
        // (… and so is one with last words beside it — "säg till Nadia att det inte var hennes fel" — or one a child's mail that is forwarded says)
        if (
          h.group === 'harm' &&
          FAREWELL_WORDS.has(r.text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase()) &&
          !farewellToldOfSomeone(r, h) &&
          !((writerIsYoung || lastWordsNear(r, h.sentence) || (r.zone === ZONE_INDEX.forwarded && inMessage.has('child'))) && !farewellToAPlace(r, h))
        )
          continue;
        // (a threat to kill as a joke or unsaid: "så dödar hon mig" of a wife's birthday, "hotade att döda oss 😂" — a threat counts told as said)
        if (h.group === 'violence' && /döda|ihjäl|kill/iu.test(r.text.slice(h.start, h.end))) {
          const around = near3(r, h.sentence);
          if (LAUGH.test(around) || /(?<![\p{L}])alltså(?![\p{L}])/iu.test(sentenceText(r.text, r.ends, h.sentence))) continue;
          if (/^så\s+dödar/iu.test(r.text.slice(h.start, h.end)) && !/(?<![\p{L}])(?:sa|sade|säger|sagt|hotade|hotar|skrev|skriver|sms:?ade|skickade|said|says)(?![\p{L}])/iu.test(sentenceText(r.text, r.ends, h.sentence))) continue;
        }
        // (not wanting to live as a figure of speech: "Vill dö av skam när jag visar gäster vår stad", "Orkar inte leva mer i den här kylan")
        // (… or with a laugh anywhere: subject "vill dö", body "mitt lag kom sist 😅")
        if (
          h.group === 'harm' &&
          OWN_LIFE_WORDS.has(r.text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase()) &&
          (FIGURE_OF_SPEECH_AFTER.test(r.text.slice(h.end, h.end + 40)) || readings.some((x) => LAUGH.test(x.text.slice(0, 4000)) || (x.zone === ZONE_INDEX.body && /^\s*vill\s+dö\s+av(?![\p{L}])/iu.test(x.text))))
        )
          continue;
        // (… and never one told beside leaving a club, a job or a course, or with a laugh: "jag slutar spela fiol … ni slipper mig 😅";
        // nor one that ends: "ni ser mig inte mer förrän i augusti"; an everyday one only with last words or despair beside it)
        if (h.group === 'harm' && FAREWELL_WORDS.has(r.text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase())) {
          const farewell = r.text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase();
          if (leavingNear(r, h.sentence) || FAREWELL_UNTIL.test(r.text.slice(h.end, h.end + 30))) continue;
          if (WEAK_FAREWELL.has(farewell) && !farewellToldOfSomeone(r, h) && !lastWordsNear(r, h.sentence) && !DESPAIR.test(near3(r, h.sentence))) continue;
          // a farewell that holds is the writer's or the teller's harm: no other person need be named ("im 15 and this is my last message")
          if (!negated(h.start, r.hits)) return { how: 'person-harm', quote: r.text.slice(h.start, h.end), zone: r.zone };
        }
        const staying = h.group === 'harm' && STAYING.test(r.text.slice(h.start, h.end).replace(/\s+/g, ' '));
        // a child who will not leave a place for joy, told in a letter of thanks ("trivs så bra att han inte vill gå hem 😊"), is praise, not harm
        if (staying && stayingForJoy(r.text, ends, h.sentence, r.hits, h)) continue;
        // an adult's frailty told in an application for the care that meets it ("glömmer att äta … vi vill att hemtjänsten utökas")
        // (a son or daughter who applies for a parent is no child at risk: only a child near the harm counts)
        if (h.group === 'harm' && applying && !near(['child'], h.sentence)) continue;
        // a harm foreseen as a decision's result is an objection to the decision (violence is never that)
        if (h.group !== 'violence' && h.group !== 'acute' && has('hypothetical', h.sentence)) continue;
        const said = r.text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase();
        const sentenceNow = sentenceText(r.text, ends, h.sentence);
        // (violence at a thing of theirs: "kicks his little boy's football", "hits his two kids' padel balls")
        // (a possessive, not a closing quote: "… 'Elin's stepdad hits her' and …" is violence)
        if (h.group === 'violence' && /^['’](?:s(?![\p{L}])|\s)/u.test(r.text.slice(h.end, h.end + 3)) && (/s$/u.test(said) || /^['’]s/u.test(r.text.slice(h.end, h.end + 2)))) continue;
        // (striking as merging or hitting hard as a cost: "Personalen slår ihop avdelningarna", "Hyreshöjningen slår de boende hårt")
        if (h.group === 'violence' && /(?:^|\s)sl(?:år|og)$/u.test(said) && /^\s+(?:ihop|samman|upp|av|till|igen|in\b|hårt|hårdast|extra\s+hårt)/iu.test(r.text.slice(h.end, h.end + 20))) continue;
        if (h.group === 'violence' && /(?:^|\s)sl(?:år|og)\s/u.test(said) && /^\s*(?:\p{L}+\s+){0,3}?hårt(?![\p{L}])/iu.test(r.text.slice(h.end, h.end + 40)) && !r.hits.some((p) => PERSON_GROUPS.has(p.group) && p.sentence === h.sentence && p.end <= h.start)) continue;
        // (beating someone at a game: "beats his son at chess", "beats his kids at Mario Kart", "in every match" — not "at home", "at night")
        if (h.group === 'violence' && /^beat/u.test(said) && /^\s+(?:at\s+(?!home|night|bedtime|times|least|school|the\s+(?:house|flat))|in\s+(?:every|each|a|the)\s+(?:match|game|round))/iu.test(r.text.slice(h.end, h.end + 40))) continue;
        // (English violence with a possessive is done by a person named right before it: "my neighbour hits his two small kids" — not "a
        // stray ball … hit their kids")
        if (h.group === 'violence' && /^(?:hits|hit|beats|beat|kicks|kicked|slaps|slapped|punches|punched|smacks|smacked|smacking)\s+(?:his|her|their)\s/u.test(said) && !r.hits.some((p) => PERSON_GROUPS.has(p.group) && p.sentence === h.sentence && p.end <= h.start && words(r.text.slice(p.end, h.start)) <= 2) && !NAME_BEFORE.test(r.text.slice(Math.max(0, h.start - 30), h.start)) && !DOER_BEFORE.test(r.text.slice(Math.max(0, h.start - 30), h.start))) continue;
        // ("is burning me" cried out of a person right before it — "mum is burning me" — not of a radiator)
        if (h.group === 'violence' && /^is\s/u.test(said) && !r.hits.some((p) => PERSON_GROUPS.has(p.group) && p.end <= h.start && words(r.text.slice(p.end, h.start)) <= 1)) continue;
        // (rough hands are staff's: "Hemtjänstpersonalen är hårdhänta mot min mamma" — not a review or a coach)
        if (h.group === 'violence' && /^hårdhänt/u.test(said) && !STAFF_IN.test(sentenceNow)) continue;
        // (an account emptied by an estate, a trustee, a power of attorney or the writer, or a fraud warned of, is no one's harm)
        if (h.group === 'harm' && ACCOUNT_EMPTIED.test(said) && (ESTATE.test(r.text) || WRITER_BEFORE.test(r.text.slice(Math.max(0, h.start - 40), h.start)))) continue;
        // (calling for help in a game or a drill: "a lifeguard game where one of them is calling for help")
        if (h.group === 'harm' && /help|hjälp/u.test(said) && /(?<![\p{L}])(?:game|games|play|played|playing|pretend\p{L}*|drill|lek|leken|leker|lekte|övning\p{L}*|drama|teater\p{L}*|pjäs\p{L}*)(?![\p{L}])/iu.test(sentenceNow)) continue;
        // (no food where food is brought from elsewhere: "… inte fått mat på tre dagar i skolan … Han har med matsäck hemifrån")
        if ((h.group === 'harm' || h.group === 'bodily') && /mat|äta|ätit|food|eaten|fed/u.test(said) && FOOD_BROUGHT.test(r.text)) continue;
        // (children alone in a car or a flat asked of, or for minutes: "får man lämna barnen ensamma i bilen i fem minuter?")
        if (h.group === 'alone' && ALONE_IN_A_PLACE.test(said) && FOR_MINUTES.test(sentenceNow)) continue;
        // (no one giving medicine, with a reason: "Ingen ger honom hans mediciner eftersom han själv vill sköta dosetten")
        if (h.group === 'harm' && /^(?:ingen|nobody|no one)\s/u.test(said) && /medic|läkemedel|insulin/u.test(said) && (MEDICINE_EXPLAINED.test(r.text) || SELF_MANAGED.test(r.text) || BODILY_EXPLAINED.test(sentenceNow)) && !symptomsNow(r.text)) continue;
        // premises that have not opened or have their blinds down are nobody's harm ("Biblioteket har inte öppnat på tre veckor"),
        // when no one is named beside them (… or in the sentence before: "Gamla pensionatet har inte öppnat sedan 2019. Tidningarna ligger kvar")
        if (
          h.group === 'harm' &&
          UNSEEN_WORDS.has(said) &&
          ((premisesExplain(r, h.sentence) && !namesSomeone(r, h.sentence)) ||
            (premisesExplain(r, h.sentence - 1) && !namesSomeone(r, h.sentence) && !namesSomeone(r, h.sentence - 1)))
        ) {
          continue;
        }
        // "slå ihjäl" followed by "sig" is never violence against another (the self-harm reading takes it) …
        if (/ihjäl$/.test(said) && /^\s+sig(?![\p{L}])/iu.test(r.text.slice(h.end, h.end + 5))) continue;
        // … and an accident foretold in a fault report is the hazard's ("Trappan är en isgata. Någon av de gamla kommer att slå ihjäl sig")
        if (/ihjäl sig$/.test(said) && PREDICTED_ACCIDENT.test(sentenceText(r.text, ends, h.sentence)) && near(['hazard'], h.sentence)) continue;
        // "slår en" at a game is winning ("Mormor slår en ofta i Yatzy")
        // "stryk" as a beating ("får ofta stryk", "ger barnen stryk under helgerna"), not the imperative at the start of a clause
        // ("Stryk min son från listan", "Och snälla - stryk inte i pappersschemat")
        if (h.group === 'violence' && said === 'stryk' && CLAUSE_START_BEFORE.test(r.text.slice(Math.max(0, h.start - 40), h.start))) continue;
        // beating someone at a game ("slå barnen i Yatzy", "slå dom i kvartsfinalen") — not when harm follows ("slog dottern i finalen så hon föll")
        if (
          h.group === 'violence' &&
          /^sl(?:å|år|og|agit)(?![\p{L}])/iu.test(said) &&
          CONTEST_AFTER.test(r.text.slice(h.end, h.end + 40)) &&
          !HARM_AFTER.test(sentenceText(r.text, ends, h.sentence).slice(0, 400))
        ) {
          continue;
        }
        // (… and "slår en med hur mycket hon minns" is striking one, with wonder)
        if (h.group === 'violence' && /^(?:\p{L}+\s+)*sl(?:å|o)[rg]\s+en(?![\p{L}])/iu.test(said)) {
          if (near(['game'], h.sentence) || /^\s*(?:\p{L}+\s+)?med\s+(?:hur|att|sin|sitt|sina|vad)(?![\p{L}])/iu.test(r.text.slice(h.end, h.end + 40))) continue;
        }
        // an animal's harm, unless a child is in the same sentence (or the harm is the writer's own: "ge min katt till nån … ingen som kommer sakna mig")
        if (has('animal', h.sentence) && !has('child', h.sentence) && !OWN_HARM.test(said)) continue;
        // on the floor or unable to get up, told as a supposed case or of a baby who cannot stand yet, is no one on the floor now
        // (floorNotNow)
        if (h.group === 'harm' && FLOOR_WORDS.test(said) && floorNotNow(r, h)) continue;
        // someone on the floor now who cannot get up is a report whatever service failed them ("Mormor ligger på golvet och kan inte
        // resa sig. Hemtjänsten har inte kommit.": an independent review)
        if (h.group === 'bodily' && !BODILY_EXPLAINED.test(sentenceText(r.text, ends, h.sentence)) && floored(r, h, applying)) {
          return { how: 'person-harm', quote, zone: r.zone };
        }
        // a harm laid at a service's door is a complaint about the service (violence is never that) — unless the harm goes on
        // (harmGoesOn): the writer asks someone to go there now ("Hemtjänsten kom inte … har legat blöt sen igår … Kan nån åka dit
        // NU"), cannot get there yet ("Jag kommer dit först i kväll") or the person is left alone through a span not over ("Mormor
        // (demens) ensam hela påsken - hemtjänsten kom inte …")
        if (
          h.group !== 'violence' &&
          h.group !== 'acute' &&
          (has('service', h.sentence) || (inMessage.has('service') && !has('carer', h.sentence))) &&
          !(harmGoesOn() && !harmIsOver(r, h)) &&
          !harmLasts(r, h)
        ) {
          continue;
        }
        // no adult watching when a child was hurt, told in a claim for the damage ("Ingen vuxen stod vid väggen … Vi kräver att
        // kommunen ersätter våra kostnader"), is the claim's
        if (h.group === 'unsupervised' && inMessage.has('claim')) continue;
        // children hurting children, or no adult watching them, at school is the school's matter, unless a carer is named
        if (
          (h.group === 'violence' || h.group === 'unsupervised') &&
          (has('bullying', h.sentence) || inMessage.has('bullying')) &&
          !carerInSentence(r.text, r.hits, h.sentence)
        ) {
          continue;
        }
        // (a person word inside the crowd's own words — "flera äldre" — names no one)
        const specific = r.hits.some(
          (p) =>
            p.sentence === h.sentence &&
            (p.group === 'child' || p.group === 'adult' || p.group === 'pronoun' || p.group === 'partner' || p.group === 'carer') &&
            !r.hits.some((c) => c.group === 'crowd' && c.start <= p.start && p.end <= c.end),
        );
        // a harm told of a crowd or a whole class ("halva klassen äter inte", "berusade personer") names no one at risk
        if (h.group !== 'violence' && has('crowd', h.sentence) && !specific) continue;
        if (lookingBack && !recently(h.sentence)) continue;
        const persons: Group[] =
          h.group === 'violence'
            ? STAFF_DOER.test(sentenceText(r.text, ends, h.sentence))
              ? ['child', 'adult', 'partner', 'spouse']
              : ['child', 'adult', 'partner']
            : h.group === 'alone'
              ? ['child']
              : h.group === 'harm' && SELF_HARM_WORDS.has(r.text.slice(h.start, h.end).replace(/\s+/g, ' ').toLowerCase())
                ? ['child', 'adult', 'spouse', 'partner', 'carer']
                : ['child', 'adult'];
        // a carer's drinking is a concern for the child or old person in their care, not for the drinker
        if (h.group === 'intox') {
          const someone = near(['carer', 'partner', 'pronoun', 'child', 'adult', 'self'], h.sentence);
          if (someone && (inMessage.has('child') || near(['adult'], h.sentence))) return { how: 'person-harm', quote, zone: r.zone };
          // … and a parent called by the bare name a child uses ("Pappa är full varje kväll och skriker"): the writer is the child
          // (not "min pappa", which a grown son or daughter writes as often)
          const bareCarer = r.hits.some(
            (p) => p.group === 'carer' && Math.abs(p.sentence - h.sentence) <= 1 && !POSSESSIVE_BEFORE.test(r.text.slice(Math.max(0, p.start - 8), p.start)),
          );
          if (bareCarer) return { how: 'person-harm', quote, zone: r.zone };
          continue;
        }
        if (serviceComplaint && h.group !== 'violence' && h.group !== 'acute' && !(complaintGoesOn() && !harmIsOver(r, h)) && !harmLasts(r, h)) {
          const word = r.text.slice(h.start, h.end).toLowerCase();
          if (complained === null || complained === word) {
            complained = word;
            continue;
          }
        }
        // (a need is an adult's: "mamma klarar sig inte själv")
        // (not wanting to go home is always said of someone: a name before it, a pronoun next to it or home told of
        // after it — "Leo vill inte gå hem. Han har det inte bra hemma.", "… vill inte gå hem, hemma är pappa arg")
        const stayingSomeone =
          staying &&
          (near(['pronoun'], h.sentence) || NAME_BEFORE.test(r.text.slice(Math.max(0, h.start - 30), h.start)) || HOME_AFTER.test(r.text.slice(h.end, h.end + 200)));
        // a body left without food or dry sheets counts only of the person right beside the words, and left so (BODILY)
        if (h.group === 'bodily') {
          // (… or parents in the plural, which the reader's carer words leave out: "Mina föräldrar har inte fått mat på två dagar")
          const someone =
            r.hits.some(
              (p) =>
                (p.group === 'carer' || p.group === 'adult' || p.group === 'child' || p.group === 'pronoun') &&
                p.sentence === h.sentence &&
                besideHarm(r.text, p, h) &&
                !ownsAThing(r.text, p),
            ) || PARENTS_BEFORE.test(r.text.slice(Math.max(0, h.start - 40), h.start));
          const after = r.text.slice(h.end, h.end + 40);
          const sentence = sentenceText(r.text, ends, h.sentence);
          // (medicine not given is explained by a reason anywhere in the text — unless the person is ill now: SYMPTOMS_NOW)
          const explained = MEDICINE.test(said)
            ? ((BODILY_EXPLAINED.test(sentence) || MEDICINE_EXPLAINED.test(r.text)) && !symptomsNow(r.text)) || MEDICINE_RESOLVED.test(r.text)
            : BODILY_EXPLAINED.test(sentence) || FOOD_BROUGHT.test(r.text);
          // (on the floor now and unable to get up was read before the service's door: floored)
          // (English "is on the floor", "been on the floor" said without "lying" count only with "can't get up": floored — children
          // play on floors for hours: an independent review — or with hours told of a grown-up right beside and no child in the sentence:
          // "Dad's on the floor since this morning")
          const grownThere =
            LEFT_LYING.test(after) &&
            !r.hits.some((p) => p.group === 'child' && p.sentence === h.sentence) &&
            r.hits.some((p) => (p.group === 'carer' || p.group === 'adult') && p.sentence === h.sentence && besideHarm(r.text, p, h) && !ownsAThing(r.text, p));
          if (/^(?:is|'?s|stuck|been)\s/u.test(said) && !grownThere) continue;
          // (still on the floor, said so, of a grown-up right beside with no child in the sentence: "Hon ligger fortfarande på golvet i
          // vardagsrummet och är kall" — an independent review)
          if (
            /^ligger\s+fortfarande\s/u.test(said) &&
            !explained &&
            !r.hits.some((p) => p.group === 'animal' && (p.sentence === h.sentence || p.sentence === h.sentence - 1)) &&
            !r.hits.some((p) => p.group === 'child' && p.sentence === h.sentence) &&
            r.hits.some((p) => (p.group === 'carer' || p.group === 'adult' || p.group === 'pronoun' || p.group === 'partner') && p.sentence === h.sentence && besideHarm(r.text, p, h) && !ownsAThing(r.text, p))
          ) {
            return { how: 'person-harm', quote, zone: r.zone };
          }
          // (… or where the harm goes on — someone asked to go there now, the writer not there yet: harmGoesOn — the sentence may end and
          // the text go on: "Dad hasn't eaten. Can someone go over?")
          // (… or with how long it has lasted, or the ask in the same sentence, as a voice message says it: "… han har inget att äta kan nån
          // åka dit idag tack")
          const restOfSentence = r.text.slice(h.end, r.ends[h.sentence] ?? r.text.length);
          const goesOnHere =
            (harmGoesOn() || harmLasts(r, h)) && !harmIsOver(r, h) && (/^\s*(?:[.!;,]|och\s|and\s)/u.test(after) || LASTS_AFTER.test(after) || GO_THERE_NOW.test(restOfSentence) || CANNOT_COME_YET.test(restOfSentence));
          if (someone && !explained && (LEFT_SO.test(after) || (LYING.test(said) && LEFT_LYING.test(after)) || (ALONE_THROUGH_NOW.test(sentence) && !harmIsOver(r, h)) || goesOnHere)) return { how: 'person-harm', quote, zone: r.zone };
          continue;
        }
        // self-harm talk that is a brother's, a sister's, a friend's or a colleague's (KIN)
        const kinAtRisk =
          h.group === 'harm' && SELF_HARM_WORDS.has(said) && r.hits.some((p) => p.group === 'kin' && p.sentence === h.sentence && kinOwnsIt(r.text, p, h));
        if (
          nearOverBreak(persons, h.sentence) ||
          has('pronoun', h.sentence) ||
          kinAtRisk ||
          stayingSomeone ||
          (personInMessage && (has('worry', h.sentence) || has('appeal', h.sentence)))
        ) {
          return { how: 'person-harm', quote, zone: r.zone };
        }
        // the writer about themself: a child ("jag är 13"), or an adult in danger who does not apply for help
        if (has('self', h.sentence) && (!applying || inMessage.has('child'))) return { how: 'person-harm', quote, zone: r.zone };
        // … said without the "jag" a text message drops ("orkar inte leva mer. förlåt."): a sentence that opens with it
        if (
          h.group === 'harm' &&
          OWN_LIFE_WORDS.has(said) &&
          !applying &&
          !complainingAll &&
          !/[\p{L}]/u.test(r.text.slice(sentenceStart(r.ends, h.sentence), h.start)) &&
          !/^\s*(?:mer\s+|längre\s+)?(?:i|på|med|av|när|för|utan)(?![\p{L}])/iu.test(r.text.slice(h.end, h.end + 16))
        ) {
          return { how: 'person-harm', quote, zone: r.zone };
        }
        continue;
      }
      if (h.group === 'weak' || h.group === 'alone') {
        if (negated(h.start, r.hits) || complainingAll) continue;
        // classes or groups merged ("slogs 3B och 3C ihop"), not a fight
        if (/^slogs$/i.test(r.text.slice(h.start, h.end)) && MERGED_AFTER.test(r.text.slice(h.end, h.end + 60))) continue;
        // tears and sickness from bullying told in a complaint that the school does nothing are the school's matter
        if (inMessage.has('bullying') && inMessage.has('complaint') && !near(['carer'], h.sentence)) continue;
        // an adult's frailty told in an application for the care that meets it ("bor ensam … han vill ha hjälp hemma");
        // a grown son or daughter named elsewhere ("min dotter svarar i telefon") puts no child at risk
        if (applying && !near(['child'], h.sentence)) continue;
        if (!(near(['child', 'adult'], h.sentence) || has('pronoun', h.sentence))) continue;
        const word = r.text.slice(h.start, h.end).toLowerCase();
        // overlapping words ("bor ensam", "ensam") are one sign
        if (weak !== null && weak.last.zone === r.zone && h.start < weak.last.end) continue;
        if (weak === null) weak = { quote, zone: r.zone, words: new Set([word]), last: { zone: r.zone, end: h.end } };
        else {
          weak.words.add(word);
          weak.last = { zone: r.zone, end: h.end };
        }
      }
    }
  }
  if (weak !== null && weak.words.size >= 2) return { how: 'weak-signs', quote: weak.quote, zone: weak.zone };
  return null;
}

const CONCERN_ZONE_NAMES: Record<number, { sv: string; en: string }> = {
  [ZONE_INDEX.subject]: ZONE_NAMES.subject,
  [ZONE_INDEX.body]: ZONE_NAMES.body,
  [ZONE_INDEX.forwarded]: ZONE_NAMES.forwarded,
  [ZONE_INDEX.form]: ZONE_NAMES.form,
};

/** The explanation of a concern: "texten visar konkret oro för ett barn eller en utsatt vuxen ('slår sina barn' i brödtexten)". */
export function explainConcern(c: Concern): { sv: string; en: string } {
  if (c.how === 'model') {
    const pct = Math.round((c.probability ?? 0) * 100);
    return {
      sv: `Svarstids inbyggda textmodell läser texten som konkret oro för ett barn eller en utsatt vuxen (sannolikhet ${pct} %; starkast tecken: '${c.quote}')`,
      en: `Svarstid's built-in text model reads the text as concrete concern for a child or a vulnerable adult (probability ${pct}%; strongest sign: '${c.quote}')`,
    };
  }
  const where = CONCERN_ZONE_NAMES[c.zone] ?? ZONE_NAMES.body;
  return {
    sv: `'${c.quote}' ${where.sv} visar konkret oro för ett barn eller en utsatt vuxen`,
    en: `'${c.quote}' ${where.en} shows concrete concern for a child or a vulnerable adult`,
  };
}
