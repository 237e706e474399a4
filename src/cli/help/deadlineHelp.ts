/** `svarstid deadline --help`. */
export const DEADLINE_HELP = `svarstid deadline — svarstid för ärenden / deadlines for cases

Användning / Usage:
  svarstid deadline --preset NAMN | --config FIL

Läser ett ärende per rad (JSON) på standard in och skriver ett svar per rad, i samma ordning:
  {"channel":"epost","kind":"fraga","received":"2026-11-20T14:30:00Z","anonymous":false}
  → {"due":"2026-11-24T15:30:00+01:00","target":null}
kind och anonymous får utelämnas. En tid utan tidszon läses som UTC. En rad som inte går att
besvara får {"error": "…"}; övriga rader besvaras ändå.

Reads one case per line (JSON) on standard input and writes one answer per line, in order.
kind and anonymous may be left out. A time without an offset is read as UTC. A line that cannot
be answered gets {"error": "…"}; the other lines are still answered.

Flaggor / Options:
  --preset NAMN   en förinställning: ljungby, alvesta, varmdo, salem, harnosand / a preset
  --config FIL    en egen konfiguration (JSON) / your own configuration (JSON)
  --help          den här texten / this text
`;
