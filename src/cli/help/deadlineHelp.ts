import { CHANNELS, KINDS } from '../../core/vocabulary';

const q = (values: readonly string[]) => values.map((v) => JSON.stringify(v)).join(', ');

/** `svarstid deadline --help`. */
export const DEADLINE_HELP = `svarstid deadline — svarstid för ärenden / deadlines for cases

Användning / Usage:
  svarstid deadline --preset NAMN | --config FIL

Läser ett ärende per rad (JSON) från standardinmatningen (stdin) och skriver ett svar per rad,
i samma ordning. Exempel med --preset ljungby:
  {"channel":"epost","kind":"fraga","received":"2026-11-20T14:30:00Z","anonymous":false}
  → {"due":"2026-11-24T15:30:00+01:00","target":null}
  channel    kanalen: ${q(CHANNELS)} ("webb" = e-tjänst)
  kind       ärendetypen: ${q(KINDS.slice(0, 5))},
             ${q(KINDS.slice(5))} (utelämnad = "fraga")
  received   när meddelandet kom, i ISO 8601. En tid utan tidszon läses som UTC: svensk tid är
             UTC+1 på vintern och UTC+2 på sommaren, så 2026-11-20T14:30:00 är kl. 15.30 svensk tid.
  anonymous  true för en anonym kontakt (utelämnad = false)
  due        svara senast: när svaret senast ska komma; null för inget ärende och för en anonym
             kontakt – utom en orosanmälan, som alltid får en tid (för den: när den senast
             ska vara lämnad vidare)
  target     målet: en tidigare tid som kommunen siktar på, när en regel har ett mål; annars null
En rad som inte går att besvara får {"error": "…"} med radnumret och felet; övriga rader besvaras ändå.

Reads one case per line (JSON) from standard input and writes one answer per line, in order
(the example is with --preset ljungby). channel is one of "epost" (e-mail), "telefon" (phone),
"sms", "post" (letter) and "webb" (web form); kind is one of "fraga" (question), "felanmalan"
(fault report), "klagomal" (complaint), "berom" (praise), "forslag" (suggestion), "ansokan"
(application), "skadeansprak" (damage claim), "fortroendevald" (to an elected official),
"orosanmalan" (report of concern) and "ej_arende" (not a case), "fraga" when left out; received is ISO 8601, and a time without an offset is read as
UTC (Swedish time is UTC+1 in winter and UTC+2 in summer, so 2026-11-20T14:30:00 is 15:30 in
Sweden); anonymous may be left out (false). due is the answer-by time (the answer must come by then);
it is null for a message that is not a case and for an anonymous contact, except a report of
concern ("orosanmalan"), which always gets one (for it: the time by which it must be handed on); target is an earlier time the municipality aims for, when a
rule gives one, else null. A line that cannot be answered gets {"error": "…"} with its line
number; the other lines are still answered.

Flaggor / Options:
  --preset NAMN   en förinställning: ljungby, alvesta, varmdo, salem, harnosand / a preset
  --config FIL    en egen konfiguration (JSON) / your own configuration (JSON)
  --help          den här texten / this text
`;
