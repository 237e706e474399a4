/** `svarstid presets --help`. */
export const PRESETS_HELP = `svarstid presets — förinställningarna / the presets

Användning / Usage:
  svarstid presets            visar de fem förinställningarna / lists the five presets
  svarstid presets NAMN       skriver ut en som konfigurationsfil / prints one as a configuration file

En förinställning bygger på en kommuns egna dokument (se docs/presets.md). Spara en som
fil att utgå från, ändra den och kontrollera den:
  svarstid presets salem > kommun.json && svarstid check-config kommun.json

A preset follows one municipality's own documents (see docs/presets.md). Save one as a
file to start from, edit it and check it with check-config.

Flaggor / Options:
  --help          den här texten / this text
`;
