/** `svarstid run --help`. */
export const RUN_HELP = `svarstid run — Svarstid-tjänsten: märker och sorterar en funktionsbrevlåda löpande / the Svarstid service: labels and routes a shared mailbox continuously

Användning / Usage:
  svarstid run --mailbox ADRESS [--preset NAMN | --config FIL] [--graph-url URL] [--once] [--state FIL]
               [--since DATUM] [--dry-run] [--port N] [--host H] [--public-url https://…] [--poll SEKUNDER]
               [--config-poll SEKUNDER] [--lease-wait SEKUNDER] [--rate GRÄNS/SEKUNDER] [--log FIL] [--quiet]
               [--learn-every TIMMAR]

Varje meddelande i funktionsbrevlådan får en Outlook-flagga med svarstiden och Outlook-kategorier
för förvaltning och ärendetyp (till exempel "Avd: Teknik" och "Typ: Felanmälan"). En förvaltning
som i konfigurationen vill ha sina meddelanden i en egen mapp eller brevlåda får dem flyttade dit
eller vidarebefordrade. När någon svarar från brevlådan markeras meddelandet som besvarat. Utan
--once går tjänsten igenom brevlådan och fortsätter sedan tills den stoppas (Ctrl+C), och märker
nya meddelanden när de kommer.

Every message in the shared mailbox gets an Outlook flag with its deadline and Outlook categories
for department and case type (e.g. "Avd: Teknik" and "Typ: Felanmälan"). A department that wants
its mail in a folder or mailbox of its own gets it moved or forwarded there. When someone answers
from the mailbox, the message is marked answered. Without --once the service works through the
mailbox and then keeps running until stopped (Ctrl+C), labelling new mail as it arrives.

Inloggning mot Microsoft Graph / Signing in to Microsoft Graph:
  Tjänsten loggar in som en app i Microsoft Entra ID (en appregistrering med
  klientautentiseringsuppgifter), med de här miljövariablerna:
  The service signs in as an app in Microsoft Entra ID (an app registration with client
  credentials), with these environment variables:
    SVARSTID_TENANT_ID          klientorganisationens id eller domän / the tenant id or domain
    SVARSTID_CLIENT_ID          appregistreringens program-id / the app registration's client id
    SVARSTID_CERT_PATH          certifikatets privata nyckel (PEM), helst / the certificate's private key (PEM), preferred
    SVARSTID_CERT_THUMBPRINT    certifikatets SHA-256-tumavtryck / the certificate's SHA-256 thumbprint
    SVARSTID_CLIENT_SECRET      eller en klienthemlighet i stället för certifikat / or a client secret instead
  Appen behöver programbehörigheterna Mail.ReadWrite och MailboxSettings.ReadWrite, begränsade
  till funktionsbrevlådan med RBAC för program i Exchange Online. Hur appen registreras och
  begränsas: src/worker/README.md i Svarstids källkod. Med --graph-url behövs ingen inloggning.
  The app needs the application permissions Mail.ReadWrite and MailboxSettings.ReadWrite, limited
  to the shared mailbox with RBAC for Applications in Exchange Online. How to register and limit
  the app: src/worker/README.md in Svarstid's source. With --graph-url no sign-in is needed.

Flaggor / Options:
  --mailbox ADRESS      funktionsbrevlådans adress, t.ex. kommun@ljungby.se / the shared mailbox's address
  --preset NAMN         en förinställning (ljungby, alvesta, varmdo, salem, harnosand) / a preset
  --config FIL          en egen konfiguration (JSON) / your own configuration (JSON)
                        utan --preset och --config används konfigurationen som är sparad i funktionsbrevlådan
                        (svarstid config set), och sparade ändringar följs / without them, the configuration
                        stored in the shared mailbox is used (svarstid config set), and saved changes are followed
  --graph-url URL       Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0;
                        utan flaggan används Microsoft Graph / the Graph emulator's address as it
                        prints it; without the option, Microsoft Graph is used
  --once                gå igenom brevlådan en gång och avsluta; sista raden är en sammanfattning (JSON)
                        / one pass over the mailbox, then exit; the last line is a summary (JSON)
  --state FIL           sparar var tjänsten är mellan körningar, så att nästa körning bara hämtar det som
                        ändrats; utan den läses hela brevlådan vid varje start (inget märks om i onödan)
                        / keeps progress between runs, so the next run fetches only what changed; without
                        it the whole mailbox is read at every start (nothing is relabelled needlessly)
  --since DATUM         lämnar meddelanden som kom före DATUM (ÅÅÅÅ-MM-DD) orörda, så att den första körningen
                        inte flaggar flera års gammal post / leaves mail received before DATE alone
  --dry-run             en genomgång som inte skriver något; skriver ut vad som skulle märkas (JSON-rader)
                        / one pass that writes nothing and prints what would be labelled (JSON lines)
  --port N, --host H    var tjänsten tar emot ändringsaviseringar från Graph (webhook) och hälsokontroller
                        (/health); standard 127.0.0.1 och en ledig port / where the service receives
                        Graph's change notifications (webhook) and health checks; default 127.0.0.1, any free port
  --public-url URL      https-adressen där Graph når tjänstens webhook utifrån (till exempel bakom en omvänd
                        proxy); utan flaggan frågar tjänsten bara efter ändringar var --poll:e sekund, och
                        säger det / the https address where Graph reaches the service's webhook from outside
                        (e.g. behind a reverse proxy); without it the service polls every --poll seconds only,
                        and says so
  --poll SEKUNDER       hämtar ändringar så här ofta även utan aviseringar (standard 60)
                        / fetches changes this often even without notifications (default 60 seconds)
  --config-poll SEKUNDER hur ofta tjänsten letar efter en sparad ändring av konfigurationen (standard 30)
                        / how often the service looks for a saved configuration change (default 30)
  --lease-wait SEKUNDER hur länge --once väntar när en annan tjänst märker samma brevlåda (standard 300)
                        / how long --once waits while another service labels the same mailbox (default 300)
  --rate GRÄNS/SEKUNDER högst GRÄNS anrop till Graph per SEKUNDER sekunder (standard 10000/600, Exchange
                        Onlines gräns) / at most LIMIT requests to Graph per SECONDS seconds (default 10000/600)
  --log FIL             skriver varje sorteringsbeslut till filen, ett JSON-objekt per rad
                        / writes every routing decision to the file, one JSON object per line
  --quiet               inga statusrader / no progress lines
  --learn-every TIMMAR  lär av handläggarnas rättelser så här ofta, när minst 10 nya har kommit (som
                        svarstid learn); standard 6 med konfigurationen i brevlådan, annars 0 (aldrig)
                        / learns from staff's corrections this often, once at least 10 new ones have
                        come (as svarstid learn); default 6 with the configuration stored in the
                        mailbox, else 0 (never)
  --help                den här texten / this text

Det tjänsten skriver / What the service prints:
  En statusrad på stderr när den startar och var 2:e sekund under en lång genomgång; händelser och fel
  som JSON-rader på stderr (bara id:n och koder, aldrig ämnen, texter, namn eller adresser).
  A status line on stderr at start and every 2 seconds during a long pass; events and errors as JSON
  lines on stderr (ids and codes only, never subjects, bodies, names or addresses).
`;
