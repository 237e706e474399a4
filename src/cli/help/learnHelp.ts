/** `svarstid learn --help`. */
export const LEARN_HELP = `svarstid learn — lär triage kommunens egna ord av rättelserna / learn the municipality's own words from corrections

Användning / Usage:
  svarstid learn --mailbox ADRESS [--graph-url URL] [--dry-run]

Läser meddelandena som handläggare rättat i tillägget (poster med "source": "manual", aldrig
"auto"), lär en lokal modell ovanpå sorteringsreglerna — anläggningars namn, förvaltningarnas
jargong, e-tjänsternas namn — och prövar den med korsvalidering på rättelserna. Modellen sparas i
brevlådans konfiguration, i historiken som en ändring av "worker", bara om den inte gör
rättelsernas korsvaliderade träffsäkerhet sämre, och aldrig om en förvaltare har stängt av den.
Inga meddelandetexter sparas: bara vikter för enstaka ord, utan adresser, telefonnummer,
personnummer eller siffror. Skriver en rad:
  {"corrections","before","after","stored",…}
(before/after: andel rättelser där både ärendetyp och förvaltning blir rätt utan och med modellen).

Reads the messages staff corrected in the add-in ("source": "manual" records, never "auto"),
learns a local model on top of the default rules, cross-validates it on the corrections and
stores it in the mailbox's configuration (an audited save by "worker") only when it does not
make the corrections' accuracy worse, and never when an admin switched it off. No mail text is
stored: weights of single words only. Prints one JSON line; exit 0 when learning ran (stored or
not), 1 when it could not (no stored configuration, Graph failure), 2 on bad arguments.

Flaggor / Options:
  --mailbox ADRESS  funktionsbrevlådan / the shared mailbox
  --graph-url URL   Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0;
                    utan flaggan används Microsoft Graph / the Graph emulator's address as it
                    prints it; without the option, Microsoft Graph is used
  --dry-run         lär och rapportera, spara inget / learn and report, store nothing
  --help            den här texten / this text
`;
