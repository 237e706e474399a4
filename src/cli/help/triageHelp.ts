/** `svarstid triage --help`. */
export const TRIAGE_HELP = `svarstid triage — kanal, ärendetyp, förvaltning och svarstid för meddelanden / channel, kind, department and deadline for messages

Användning / Usage:
  svarstid triage --preset NAMN | --config FIL [--lang sv|en]

Läser ett Microsoft Graph-meddelande per rad (JSON) på standard in och skriver ett beslut per rad:
  {"id","channel","kind","department","anonymous","due","target","rules","explanation"}
En rad som inte är ett användbart meddelande får {"id": …, "error": "…"}; övriga rader besvaras ändå.

Reads one Microsoft Graph message per line (JSON) on standard input and writes one decision per
line. A line that is not a usable message gets {"id": …, "error": "…"}; the other lines are
still answered.

Flaggor / Options:
  --preset NAMN   en förinställning: ljungby, alvesta, varmdo, salem, harnosand / a preset
  --config FIL    en egen konfiguration (JSON) / your own configuration (JSON)
  --lang sv|en    språk för förklaringen (förval sv) / language of the explanation (default sv)
  --help          den här texten / this text
`;
