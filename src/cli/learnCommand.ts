import { parseArgs } from 'node:util';
import { AuthConfigError } from '../auth/msalNode';
import { learnFromCorrections, mailboxConfigStore, NoStoredConfigError, type LearnSummary } from '../worker/learn';
import { mailboxFor } from '../worker/connect';
import { failureText, parseGraphUrl, storeFirstCommands } from './runCommand';
import { MIN_CORRECTIONS } from '../core/triage/localTraining';
import type { CommandIo } from './io';
import { UsageError } from './usageError';

const percent = (x: number, lang: 'sv' | 'en'): string => `${Math.round(x * 100)}${lang === 'sv' ? ' %' : '%'}`;

/** What learning did, in words, after the JSON line: how many corrections, how much better, whether a revision was stored. */
export function learnText(summary: LearnSummary): string {
  const why: Record<NonNullable<LearnSummary['reason']>, { sv: string; en: string }> = {
    'too few corrections': {
      sv: `det finns för få rättelser att lära av (${summary.corrections}; minst ${MIN_CORRECTIONS} behövs); inget sparades. En Svarstid-tjänst som följer brevlådans konfiguration försöker igen av sig själv var sjätte timme när fler har kommit (inte med --learn-every 0)`,
      en: `there are too few corrections to learn from (${summary.corrections}; at least ${MIN_CORRECTIONS} are needed); nothing was stored. A Svarstid service that follows the mailbox's configuration tries again by itself every six hours once more have come (not with --learn-every 0)`,
    },
    'not better': { sv: 'inget ord i rättelserna rättade minst två av sorteringsreglernas misstag och oftare än när rättelsernas ärendetyper och förvaltningar blandas om på måfå, eller modellen fick färre av rättelserna rätt (korsvaliderat); inget sparades. Samla fler rättelser och kör igen', en: 'no word of the corrections fixed at least two of the routing rules\' mistakes and more often than with the corrections\' case types and departments shuffled at random, or the model got fewer of the corrections right (cross-validated); nothing was stored. Collect more corrections and run again' },
    'switched off': { sv: 'modellen är avstängd i konfigurationen ("enabled": false i "localModel" under "triage"); inget sparades', en: 'the model is switched off in the configuration ("enabled": false in "localModel" under "triage"); nothing was stored' },
    unchanged: { sv: `modellen är densamma som redan är sparad (revision ${summary.revision}); inget sparades`, en: `the model is the one already stored (revision ${summary.revision}); nothing was stored` },
    'dry run': { sv: 'en provkörning (--dry-run); inget sparades', en: 'a dry run (--dry-run); nothing was stored' },
  };
  const outcome = summary.stored
    ? { sv: `Modellen sparades i konfigurationen som revision ${summary.revision}. En Svarstid-tjänst som följer brevlådans konfiguration använder den inom en minut.`, en: `The model was stored in the configuration as revision ${summary.revision}. A Svarstid service that follows the mailbox's configuration uses it within a minute.` }
    : summary.reason
      ? { sv: `${why[summary.reason].sv.charAt(0).toUpperCase()}${why[summary.reason].sv.slice(1)}.`, en: `${why[summary.reason].en.charAt(0).toUpperCase()}${why[summary.reason].en.slice(1)}.` }
      : { sv: 'Inget sparades.', en: 'Nothing was stored.' };
  return (
    `svarstid learn: lärde av ${summary.corrections} rättelser. Av de ${summary.corrections} meddelanden som handläggarna rättat blir både ärendetyp och förvaltning rätt i ${percent(summary.after, 'sv')} av fallen med modellen och i ${percent(summary.before, 'sv')} med bara sorteringsreglerna som de är i dag (siffrorna gäller bara de rättade meddelandena, som oftast är de svåra fallen, och säger inget om träffsäkerheten för all e-post). ${outcome.sv}\n` +
    `svarstid learn: learnt from ${summary.corrections} corrections. Of the ${summary.corrections} messages officers corrected, both case type and department come out right in ${percent(summary.after, 'en')} with the model and ${percent(summary.before, 'en')} with the routing rules alone as they are today (the figures are only for the corrected messages, which are mostly the hard cases, and say nothing about accuracy over all mail). ${outcome.en}\n`
  );
}

/**
 * `svarstid learn --mailbox ADDRESS [--graph-url URL] [--dry-run]` (issue 10 contract): learns the
 * mailbox's local model from the corrections people made (`source: "manual"` records),
 * cross-validates it on them and stores it in the mailbox's configuration (an audited save by
 * `worker`) when it gets more of them right and none worse. Prints one JSON line
 * `{"corrections","before","after","stored",…}`; see `help/learnHelp.ts`. Exit 0 when learning
 * ran (stored or not), 1 when it could not, 2 on bad arguments.
 */
export async function learnCommand(argv: string[], io: CommandIo): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { mailbox: { type: 'string' }, 'graph-url': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    strict: true,
    allowPositionals: false,
  });
  const mailbox = values.mailbox;
  if (!mailbox || !/^[^@\s]+@[^@\s]+$/.test(mailbox)) {
    throw new UsageError({ sv: 'ange funktionsbrevlådans adress med --mailbox, till exempel --mailbox kommun@ljungby.se', en: "give the shared mailbox's address with --mailbox, e.g. --mailbox kommun@ljungby.se" });
  }
  const graphUrl = values['graph-url'] !== undefined ? parseGraphUrl(values['graph-url']) : undefined;
  let graph;
  try {
    graph = mailboxFor({ mailbox, graphUrl, rate: graphUrl === undefined ? { limit: 10_000, windowMs: 600_000 } : undefined });
  } catch (error) {
    if (!(error instanceof AuthConfigError)) throw error;
    throw new UsageError({
      sv: `kan inte logga in mot Microsoft Graph: ${error.message}. svarstid run --help visar vilka miljövariabler som behövs (för test mot Graph-emulatorn: --graph-url)`,
      en: `cannot sign in to Microsoft Graph: ${error.message}. svarstid run --help lists the environment variables needed (for a test against the Graph emulator: --graph-url)`,
    });
  }
  try {
    const summary = await learnFromCorrections({
      graph,
      store: mailboxConfigStore(graph),
      dryRun: values['dry-run'] ?? false,
    });
    io.stdout.write(`${JSON.stringify(summary)}\n`);
    io.stderr.write(learnText(summary));
    return 0;
  } catch (error) {
    if (error instanceof NoStoredConfigError) {
      io.stderr.write(
        `svarstid learn: det finns ingen konfiguration sparad i ${mailbox}. Spara en först med de här tre kommandona (ändra filen så\n` +
          `  att den gäller er kommun, med administratörer ("admins") och socialjourens nummer ("concernOnCall"), och läs vad check-config säger innan du sparar den):\n` +
          `svarstid learn: no configuration is stored in ${mailbox}. Store one first with these three commands (change the file to fit\n` +
          `  your municipality, with admins ("admins") and the social services' on-call number ("concernOnCall"), and read what check-config says before you store it):\n` +
          storeFirstCommands(mailbox, values['graph-url']),
      );
      return 1;
    }
    io.stderr.write(`svarstid learn: ${failureText(error)}`);
    return 1;
  }
}
