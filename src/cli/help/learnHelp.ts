/** `svarstid learn --help`. */
export const LEARN_HELP = `svarstid learn — lär sig kommunens egna ord av handläggarnas rättelser / learns the municipality's own words from officers' corrections

Användning / Usage:
  svarstid learn --mailbox ADRESS [--graph-url URL] [--dry-run]

Läser meddelandena som handläggare rättat i tillägget (meddelanden vars märkning har "source":
"manual", aldrig "auto"), tränar kommunens egen modell ovanpå sorteringsreglerna — anläggningars namn,
förvaltningarnas jargong, e-tjänsternas namn — och prövar den med korsvalidering på rättelserna.
Ett ord lärs in bara om två villkor är uppfyllda: 1) när rättelserna prövas en i taget rättar det
minst två av sorteringsreglernas misstag, och 2) det gör det oftare än när rättelsernas ärendetyper
och förvaltningar blandas om på måfå (ett ord som hjälper lika mycket då har bara haft tur). Modellen sparas i brevlådans konfiguration, i historiken som en
ändring av "worker", bara om den lärt sig något ord och inte får färre av rättelserna rätt i
korsvalideringen, och aldrig om en administratör har stängt av den ("enabled": false i
"localModel" under "triage"). Inga meddelandetexter sparas: bara vikter för enstaka ord, utan
adresser, telefonnummer, personnummer eller siffror. Ett ord kan ändå vara ett namn (en anläggnings,
men också en persons som flera har skrivit om): svarstid config get visar orden under "localModel",
och en administratör kan stänga av eller tömma modellen i administrationsvyn (Sortering och
kanaler → Textmodeller och inlärda ord; administrationsvyn finns i Svarstid-fliken i Teams).
Skriver en JSON-rad:
  {"corrections","before","after","stored","kind","department","labelled","revision","reason"}
  corrections  antalet rättelser
  before/after andel rättelser där både ärendetyp och förvaltning blir rätt utan och med modellen
               (kind och department: var för sig)
  stored       true när modellen sparades som en ny revision
  labelled     antalet märkta meddelanden i brevlådan
  revision     konfigurationens revision efteråt
  reason       varför inget sparades: "too few corrections" (färre än 10 rättelser), "not better" (inget
               ord klarade provet, eller modellen får färre av rättelserna rätt),
               "switched off" (avstängd), "unchanged" (samma modell som redan är sparad),
               "dry run" (--dry-run)
och sedan samma sak som en förklarande rad på stderr.
Slutkod 0 när inlärningen kördes (sparad eller inte), 1 när den inte kunde köras (ingen sparad
konfiguration, fel mot Graph), 2 vid felaktiga argument.
Loggar in mot Microsoft Graph med samma miljövariabler som svarstid run (se svarstid run --help).
Med --graph-url (Graph-emulatorn) behövs ingen inloggning.

Reads the messages officers corrected in the add-in (messages whose label record has "source":
"manual", never "auto"), learns the municipality's own model on top of the routing rules, cross-validates it on
the corrections and stores it in the mailbox's configuration (an audited save by "worker") only
when it learnt a word and gets no fewer of the corrections right, and never when an admin switched
it off ("enabled": false in "localModel" under "triage"). A word is learnt only when, with the
corrections tried one at a time, it fixes at least two of the routing rules' mistakes, and does so
more often than when the corrections' case types and departments are shuffled at random (a word that helps as much
then was only lucky). No mail text is stored: only weights for single words, never addresses,
phone numbers, personal identity numbers or digits. A word may still be a name (a facility's, but
also a person's that several wrote about): svarstid config get shows the words under "localModel",
and an admin can switch the model off or reset it in the admin view (Routing and channels → Text
models and learnt words; the admin view is in the Svarstid tab in Teams). Prints one JSON line with the fields above
(corrections: the number of corrections; before/after: the share of corrections where both case
type and department come out right without and with the model, and the same for kind and for department on its own;
stored: true when the model was saved as a new revision; labelled: labelled messages in the
mailbox; revision: the configuration's revision afterwards; reason: why nothing was stored, "not
better" meaning no word passed that test or the model gets fewer of the corrections right), then the same in words on stderr. Exit 0 when
learning ran (stored or not), 1 when it could not (no stored configuration, Graph failure), 2 on
bad arguments. Signs in to Microsoft Graph with the same environment variables as svarstid run
(see svarstid run --help); with --graph-url no sign-in is needed.

Flaggor / Options:
  --mailbox ADRESS  funktionsbrevlådan / the shared mailbox
  --graph-url URL   Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0;
                    utan flaggan används Microsoft Graph / the Graph emulator's address as it
                    prints it; without the option, Microsoft Graph is used
  --dry-run         lär och rapporterar, men sparar inget / learns and reports, stores nothing
  --help            den här texten / this text
`;
