/** `svarstid presets --help`. */
export const PRESETS_HELP = `svarstid presets — förinställningarna / the presets

Användning / Usage:
  svarstid presets [--lang sv|en]   visar de fem förinställningarna / lists the five presets
  svarstid presets NAMN             skriver ut en som konfigurationsfil / prints one as a configuration file
  svarstid presets NAMN --out FIL   sparar den i en ny fil / saves it in a new file

En förinställning bygger på en kommuns egna dokument; det dokumenten inte säger är markerat som
lokalt val. Spara en som fil att utgå från, ändra den och kontrollera den (två kommandon, desamma
i alla skal; --out skriver filen i UTF-8 själv, medan > i Windows PowerShell 5.1 kan förstöra å, ä
och ö):
  svarstid presets salem --out kommun.json
  svarstid check-config kommun.json
Ändra i första hand det som står överst i filen: municipality (namn, domäner, brevlåda och
socialjourens namn och nummer i concernOnCall),
senderCheck (standardsignatur, mall för besked, om avsändarkontrollen stoppar eller varnar), calendar (öppettider, stängda dagar), policy (svarstiderna), departments
(förvaltningarna och deras kategorier) och admins (administratörerna, som ni lägger till);
check-config listar de lokala val ni ska kontrollera. Resten, triage, är de inbyggda
sorteringsreglerna (den största delen av filen): dem behöver ni inte röra; egna regler läggs
till och inbyggda stängs av enligt check-config. Mer om förinställningarna: docs/presets.md
i Svarstids källkod.

A preset follows one municipality's own documents; what the documents do not say is marked as a
local choice. Save one as a file to start from, edit it and check it with the two commands above
(the same in every shell: --out writes the file in UTF-8 itself, while > in Windows PowerShell 5.1
can garble å, ä and ö). Edit first what is at the top of the file: municipality (name,
domains, mailbox and the social services' on-call name and number in concernOnCall), senderCheck (standard signature, notice template, whether the sender check blocks
or warns), calendar (opening hours, closed days), policy (the deadlines),
departments (the departments and their categories) and admins (the administrators, which you
add); check-config lists the local choices to check. The rest, triage, is the built-in routing
rules (most of the file): you need not touch them; your own rules are added and built-in ones
switched off as check-config says. More: docs/presets.md in Svarstid's source.

Flaggor / Options:
  --lang sv|en    språket i listan (standard sv) / language of the list (default sv)
  --out FIL       skriv förinställningen till en ny fil i UTF-8; en befintlig fil skrivs inte
                  över / write the preset to a new UTF-8 file; an existing file is not overwritten
  --help          den här texten / this text
`;
