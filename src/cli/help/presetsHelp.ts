/** `svarstid presets --help`. */
export const PRESETS_HELP = `svarstid presets — förinställningarna / the presets

Användning / Usage:
  svarstid presets [--lang sv|en]   visar de fem förinställningarna / lists the five presets
  svarstid presets NAMN             skriver ut en som konfigurationsfil / prints one as a configuration file

En förinställning bygger på en kommuns egna dokument; det dokumenten inte säger är markerat som
lokalt val. Spara en som fil att utgå från, ändra den och kontrollera den (två kommandon; fungerar
också i PowerShell):
  svarstid presets salem > kommun.json
  svarstid check-config kommun.json
Mer om förinställningarna: docs/presets.md i Svarstids källkod.

A preset follows one municipality's own documents; what the documents do not say is marked as a
local choice. Save one as a file to start from, edit it and check it with the two commands above
(they work in PowerShell too). More: docs/presets.md in Svarstid's source.

Flaggor / Options:
  --lang sv|en    språket i listan (standard sv) / language of the list (default sv)
  --help          den här texten / this text
`;
