import type { SvarstidConfig } from '../config/schema';
import { lix, lixLevel } from './lix';
import { statesAnswerTime } from './answerTime';
import { splitMessageText } from '../text/splitMessageText';
import { concernOnCallText } from '../display/concernOnCall';

/** What the outgoing-mail check looks at (docs/sender-check.md). */
export interface OutgoingMail {
  /** The From address as the client reports it (may be the user's own address; see PLATFORM.md). */
  from: string | null | undefined;
  /**
   * The plain text of the body, signature and quoted history included, as the mail client gives
   * it. The check reads only what the sender writes now: the new text and its signature.
   */
  bodyText: string;
  /** True when the mail replies to a contact that is not yet resolved (no answer sent). */
  answersOpenContact?: boolean;
  /**
   * The open contact's answer-by day as people write it (`tisdag 24 november` / `Tuesday 24
   * November`), when the caller knows it: the example promise then uses that day.
   */
  answerBy?: { sv: string; en: string; at?: { sv: string; en: string } } | null;
  /**
   * The mail is in the conversation of a report of concern nobody has marked as handed on: the
   * department it goes to (`Socialförvaltningen`). A reply, even a thank-you, counts as the answer
   * but does not hand it on, so the check says so first (a warning: it never stops the mail).
   */
  openConcern?: { sv: string; en: string } | null;
}

export type FindingCode = 'sender-not-municipal' | 'not-shared-mailbox' | 'municipality-not-named' | 'concern-not-handed-on' | 'answer-time-missing' | 'hard-to-read';

export interface Finding {
  code: FindingCode;
  /** `block` findings stop the send in block mode; `warn` and `hint` never do. */
  severity: 'block' | 'warn' | 'hint';
  sv: string;
  en: string;
  /**
   * The same, short enough for Outlook's box on send (500 characters for everything), and for
   * `municipality-not-named` the version that points at the box's own Infoga signatur button.
   */
  brief?: { sv: string; en: string; withButton?: { sv: string; en: string } };
}

export interface SenderCheckResult {
  /** The text the check read: the sender's new text and signature, without quoted or forwarded history. */
  checkedText: string;
  /** False when the mail must not be sent as it is (block mode with a blocking finding). */
  allowSend: boolean;
  findings: Finding[];
  lix: number | null;
  /** The one-click fix: the standard signature to insert, when the municipality is not named. */
  signature: string | null;
}

/** The (at most three) longest words of 14 letters or more, longest first: what makes a text hard to read. */
function longestWords(text: string): string[] {
  const words = text.match(/\p{L}{14,}/gu) ?? [];
  const seen = new Set<string>();
  return words
    .filter((w) => !seen.has(w.toLowerCase()) && seen.add(w.toLowerCase()))
    .sort((a, b) => b.length - a.length)
    .slice(0, 3);
}

/** The part of a configuration the check reads (the on-send script carries only this). */
export type SenderCheckSettings = Pick<SvarstidConfig, 'municipality' | 'senderCheck'>;

const BODY_LIMIT = 64 * 1024;

/** Folds white space (including non-breaking spaces) and case, so `Ljungby\u00a0Kommun` counts. */
function fold(text: string): string {
  return text.replace(/[\s\u00a0\u202f]+/g, ' ').toLocaleLowerCase('sv');
}

/** True when `name` occurs in `text` (both folded) at the start of a word: `Ljungby kommuns` counts, `XLjungby kommun` does not. */
function containsName(text: string, name: string): boolean {
  if (name.trim() === '') return false;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    if (at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1))) return true;
  }
  return false;
}

/**
 * What the sender writes now: the newest text and its signature, split off quoted and forwarded
 * history the same way triage finds the newest text of incoming mail.
 */
export function ownText(bodyText: string): string {
  return ownParts(bodyText).text;
}

function ownParts(bodyText: string): { text: string; newest: string } {
  const parts = splitMessageText(bodyText);
  return { text: parts.signature ? `${parts.newest}\n\n${parts.signature}` : parts.newest, newest: parts.newest };
}

function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}

/** True when the address is the shared mailbox or in one of the municipality's domains (sub-domains included). */
export function isMunicipalAddress(address: string | null | undefined, config: SenderCheckSettings): boolean {
  const a = (address ?? '').trim().toLowerCase();
  if (a === '') return false;
  if (config.municipality.mailbox && a === config.municipality.mailbox.toLowerCase()) return true;
  const domain = domainOf(a);
  return config.municipality.domains.some((d) => domain === d.toLowerCase() || domain.endsWith(`.${d.toLowerCase()}`));
}

/**
 * The outgoing-mail check of docs/sender-check.md: the sender must clearly be the municipality (From address
 * municipal, and the text names the official name or a configured variant), and a reply to an open
 * contact should say when an answer will come. It reads only what the sender writes now — the new
 * text and its signature — never quoted or forwarded history, which nearly always names the
 * municipality already ("Till: Ljungby kommun"). Pure: the Outlook on-send handler and the
 * sent-items audit both call it.
 *
 * @example
 * checkOutgoingMail({ from: 'kommun@ljungby.se', bodyText: 'Hej! … Ljungby kommun' }, config).allowSend //=> true
 */
export function checkOutgoingMail(mail: OutgoingMail, config: SenderCheckSettings): SenderCheckResult {
  const body = mail.bodyText.length > BODY_LIMIT ? mail.bodyText.slice(0, BODY_LIMIT) : mail.bodyText;
  const { text, newest } = ownParts(body);
  const name = config.municipality.name;
  const blocking: Finding['severity'] = config.senderCheck.mode === 'block' ? 'block' : 'warn';
  const findings: Finding[] = [];

  if (!isMunicipalAddress(mail.from, config)) {
    const senderSv = `Avsändaren ${mail.from ? `(${mail.from}) ` : ''}är inte kommunens adress. ${config.municipality.mailbox ? `Välj ${config.municipality.mailbox} i fältet Från.` : `Välj en adress i ${config.municipality.domains.join(', ')} i fältet Från.`}`;
    const senderEn = `The sender ${mail.from ? `(${mail.from}) ` : ''}is not the municipality's address. ${config.municipality.mailbox ? `Choose ${config.municipality.mailbox} in the From field.` : `Choose an address in ${config.municipality.domains.join(', ')} in the From field.`}`;
    findings.push({
      code: 'sender-not-municipal',
      severity: blocking,
      sv: `${senderSv} Syns inte fältet Från där du skriver: slå på det under Alternativ (Visa Från).`,
      en: `${senderEn} If the From field is not shown where you write, turn it on under Options (Show From).`,
      // Outlook's box is short: the hidden field's hint belongs where the person writes
      brief: { sv: senderSv, en: senderEn },
    });
  }
  // a municipal address, but not the shared mailbox: the reply names the municipality, yet Svarstid
  // never sees it as the answer (answers are read from the shared mailbox's Sent Items)
  const mailbox = config.municipality.mailbox;
  if (mail.answersOpenContact === true && mailbox && isMunicipalAddress(mail.from, config) && (mail.from ?? '').trim().toLowerCase() !== mailbox.toLowerCase()) {
    findings.push({
      code: 'not-shared-mailbox',
      severity: 'hint',
      sv: `Du skickar från ${(mail.from ?? '').trim()}, inte från funktionsbrevlådan ${mailbox}: svaret räknas då inte i Svarstid, och meddelandet står kvar som obesvarat. Välj ${mailbox} i fältet Från.`,
      en: `You are sending from ${(mail.from ?? '').trim()}, not from the shared mailbox ${mailbox}: the answer then does not count in Svarstid, and the message stays unanswered. Choose ${mailbox} in the From field.`,
    });
  }
  const folded = fold(text);
  const namesMunicipality = [name, ...(config.municipality.nameVariants ?? [])].some((n) => containsName(folded, fold(n.trim())));
  if (!namesMunicipality) {
    findings.push({
      code: 'municipality-not-named',
      severity: blocking,
      sv: `Ditt svar nämner inte ${name} som avsändare (den citerade texten du svarar på räknas inte). Lägg till kommunens standardsignatur under ditt svar: välj knappen Avsändarkontroll i menyfliksområdet där du skriver och sedan Infoga signatur.`,
      en: `Your reply does not name ${name} as the sender (the quoted text you reply to does not count). Add the municipality's standard signature below your reply: choose the Avsändarkontroll (Sender check) button on the ribbon where you write, then Infoga signatur (Insert signature).`,
      brief: {
        sv: `Ditt svar nämner inte ${name} som avsändare: lägg in kommunens standardsignatur med Avsändarkontroll och sedan Infoga signatur.`,
        en: `Your reply does not name ${name} as the sender: add the municipality's standard signature with Avsändarkontroll (Sender check), then Infoga signatur (Insert signature).`,
        withButton: {
          sv: `Ditt svar nämner inte ${name} som avsändare: välj Infoga signatur här nedan, så läggs kommunens standardsignatur in direkt.`,
          en: `Your reply does not name ${name} as the sender: choose Infoga signatur (Insert signature) below to add the municipality's signature.`,
        },
      },
    });
  }
  if (mail.openConcern) {
    const to = mail.openConcern;
    const onCall = concernOnCallText(config.municipality.concernOnCall);
    const sv = `Det här är en orosanmälan som inte är markerad som lämnad till ${to.sv}. Ett svar till den som anmälde, också ett tack, räknas som svar men lämnar den inte vidare. Lämna den först, så att någon på ${to.sv} läser den i dag. Den sista timmen före stängning: ring dem. Efter stängning ska du ${onCall.sv}. Vid akut fara: ring 112. Välj sedan Lämnad till ${to.sv} i Svarstid-tillägget.`;
    const en = `This is a report of concern not marked as handed to ${to.en}. A reply to the person who reported it, even a thank-you, counts as the answer but does not hand it on. Hand it on first, so that someone at ${to.en} reads it today: in the last hour before closing by phone, and after closing you should ${onCall.en}. In acute danger: call 112. Then choose Handed to ${to.en} in the Svarstid add-in.`;
    // Outlook's box shows as many findings as fit in 500 characters: its short form must fit beside a blocking finding
    // only the on-call number, not its whole description: a long one would push this finding out of the box (reader round 34, U3)
    const number = /\+?\d[\d ()-]{4,}\d/.exec(config.municipality.concernOnCall ?? '')?.[0];
    const brief = {
      sv: `Orosanmälan som inte är markerad som lämnad vidare: ett svar lämnar den inte vidare. Lämna den först till ${to.sv} (sista timmen före stängning: ring dem; efter stängning: ring jouren${number ? `, ${number}` : ''}; akut fara: 112) och markera den sedan som lämnad i Svarstid-tillägget.`,
      en: `Report of concern not marked as handed on: a reply does not hand it on. Hand it to ${to.en} first (in the last hour before closing: call them; after closing: call the on-call service${number ? `, ${number}` : ''}; acute danger: 112), then mark it handed on in the Svarstid add-in.`,
    };
    findings.unshift({ code: 'concern-not-handed-on', severity: 'warn', sv, en, brief });
  }
  // a report of concern is handed on, not answered with a date: no advice to promise one
  if (!mail.openConcern && mail.answersOpenContact && config.senderCheck.requireAnswerTime && !statesAnswerTime(text)) {
    const day = mail.answerBy ?? null;
    // only a reply from the shared mailbox counts as the answer: from another address, say which one does
    const fromElsewhere = config.municipality.mailbox !== undefined && config.municipality.mailbox !== '' && (mail.from ?? '').trim().toLowerCase() !== config.municipality.mailbox.toLowerCase();
    findings.push({
      code: 'answer-time-missing',
      severity: 'warn',
      sv:
        `Du svarar på ett ärende som ännu inte är besvarat, och det du skriver säger inte när personen får svar. Skickar du det så här${fromElsewhere ? ` från ${config.municipality.mailbox}` : ''} räknas ärendet som besvarat och försvinner ur kön; lovar det bara att ni återkommer, utan datum, ligger det kvar och svarstiden gäller fortfarande. ` +
        (day
          ? `Är detta inte det riktiga svaret, skriv när svaret kommer, till exempel ”Du får svar senast ${day.sv}” (${day.at ? `svarstiden för det här ärendet går ut ${day.at.sv}` : 'svarstiden för det här ärendet'}); då ligger ärendet kvar i kön tills det riktiga svaret skickas.`
          : "Är detta inte det riktiga svaret, skriv när svaret kommer, helst inom ärendets svarstid (till exempel ”Du får svar inom två arbetsdagar”); då ligger ärendet kvar i kön tills det riktiga svaret skickas."),
      en:
        `You are replying to a case that has not been answered yet, and what you write does not say when the person will get an answer. Sent like this${fromElsewhere ? ` from ${config.municipality.mailbox}` : ''}, the case counts as answered and leaves the queue; if it only promises to come back, without a date, the case stays and its deadline still runs. ` +
        (day
          ? `If this is not the real answer, say when the answer will come, for example 'You will have an answer by ${day.en}' (${day.at ? `this case's deadline ends ${day.at.en}` : "this case's deadline"}); the case then stays in the queue until the real answer is sent.`
          : 'If this is not the real answer, say when the answer will come, preferably within the case\'s deadline (for example \'You will have an answer within two working days\'); the case then stays in the queue until the real answer is sent.'),
      brief: {
        sv: `Inget datum för svaret: ärendet lämnar kön (ett ”vi återkommer” utan datum gör det inte). Kommer svaret senare, skriv till exempel ${day ? `”Du får svar senast ${day.sv}”` : '”Du får svar inom två arbetsdagar”'}.`,
        en: `No date for the answer: the case leaves the queue (a 'we will come back' without a date does not). If the answer comes later, write e.g. ${day ? `'You will have an answer by ${day.en}'` : "'You will have an answer within two working days'"}.`,
      },
    });
  }
  // readability of the message itself: a signature's name and title lines are not sentences
  const score = lix(newest);
  if (score !== null && score > config.senderCheck.lixHintAbove) {
    const level = lixLevel(score);
    const long = longestWords(newest);
    findings.push({
      code: 'hard-to-read',
      severity: 'hint',
      sv:
        `Texten är ${/läst$/.test(level.sv) ? level.sv : `${level.sv} att läsa`} (läsbarhetsvärdet LIX är ${score}; över 60 räknas som mycket svårt). ` +
        (long.length > 0
          ? `Långa ord gör texten svår: ${long.map((w) => `'${w}'`).join(', ')}. Byt dem mot vardagliga ord och dela upp långa meningar.`
          : 'Kortare meningar och vardagliga ord gör den lättare att förstå.'),
      en:
        `The text is ${level.en} to read (its LIX readability score is ${score}; above 60 counts as very hard). ` +
        (long.length > 0
          ? `Long words make the text hard: ${long.map((w) => `'${w}'`).join(', ')}. Replace them with everyday words and split long sentences.`
          : 'Shorter sentences and everyday words make it easier.'),
    });
  }
  return {
    checkedText: text,
    allowSend: !findings.some((f) => f.severity === 'block'),
    findings,
    lix: score,
    signature: namesMunicipality ? null : (config.senderCheck.signature ?? `Med vänlig hälsning\n${name}`),
  };
}
