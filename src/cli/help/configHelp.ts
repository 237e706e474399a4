/** `svarstid config --help`. */
export const CONFIG_HELP = `svarstid config — konfigurationen som är sparad i funktionsbrevlådan / the configuration stored in the shared mailbox

Användning / Usage:
  svarstid config get --mailbox ADRESS [--graph-url URL] [--out FIL]
  svarstid config set FIL --mailbox ADRESS [--graph-url URL] [--if-revision N] [--note TEXT]
  svarstid config history --mailbox ADRESS [--graph-url URL]
  svarstid config restore REVISION --mailbox ADRESS [--graph-url URL] [--if-revision N] [--note TEXT]

get      skriver ut den sparade konfigurationen som JSON; --out FIL sparar den i en ny fil i UTF-8
         (använd den i stället för >, som i Windows PowerShell 5.1 kan förstöra å, ä och ö) /
         prints the stored configuration as JSON; --out FIL saves it in a new file in UTF-8 (use it
         instead of >, which in Windows PowerShell 5.1 can garble å, ä and ö)
set      kontrollerar filen och sparar den som en ny revision; skriver {"revision":N} och en rad i
         ord på stderr / validates the file and stores it as a new revision; prints {"revision":N}
         and a line in words on stderr
history  varje ändring som en JSON-rad: vem ("by": "cli" = sparad med svarstid config, "worker" =
         Svarstid-tjänsten eller svarstid learn, annars personens adress), när, notering och vad
         som ändrades / every change as a JSON line: who ("by": "cli" = saved with svarstid config,
         "worker" = the Svarstid service or svarstid learn, else the person's address), when, note
         and what changed
restore  sparar en tidigare revision igen, som en ny revision / stores an earlier revision again, as a new one

Flaggor / Options:
  --mailbox ADRESS      funktionsbrevlådan / the shared mailbox
  --graph-url URL       Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0;
                        utan flaggan används Microsoft Graph / the Graph emulator's address as it
                        prints it; without the option, Microsoft Graph is used
  --if-revision N       spara bara om den sparade revisionen är N (0 när inget är sparat) /
                        store only if the stored revision is N (0 when nothing is stored)
  --note TEXT           en notering i historiken / a note in the history
  --out FIL             (get) skriv till en ny fil i UTF-8; en befintlig fil skrivs inte över /
                        (get) write to a new UTF-8 file; an existing file is not overwritten
  --help                den här texten / this text

Loggar in mot Microsoft Graph med samma miljövariabler som svarstid run (se svarstid run --help).
Med --graph-url (Graph-emulatorn) behövs ingen inloggning. / Signs in to Microsoft Graph with the
same environment variables as svarstid run (see svarstid run --help); with --graph-url no sign-in
is needed.

Slutkoder / Exit codes: 0 klart / done; 1 ogiltig fil, inget sparades / invalid file, nothing stored;
  2 felaktiga argument / usage; 3 inget sparat eller ingen sådan revision / nothing stored or no such revision;
  4 konflikt: någon annan sparade under tiden, inget sparades / conflict, nothing stored;
  5 brevlådan går inte att nå / the mailbox cannot be reached
`;
