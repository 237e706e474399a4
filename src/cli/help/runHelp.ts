/** `svarstid run --help`. */
export const RUN_HELP = `svarstid run — Svarstid-tjänsten: märker och sorterar en funktionsbrevlåda löpande / the Svarstid service: labels and routes a shared mailbox continuously

Användning / Usage:
  svarstid run --mailbox ADRESS (--preset NAMN | --config FIL) [--graph-url URL] [--once] [--state FIL]
               [--port N] [--host H] [--public-url URL] [--poll SEKUNDER] [--rate GRÄNS/SEKUNDER]
               [--log FIL] [--quiet]

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
  --graph-url URL       Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0;
                        utan flaggan används Microsoft Graph / the Graph emulator's address as it
                        prints it; without the option, Microsoft Graph is used
  --once                gå igenom brevlådan en gång och avsluta; sista raden är en sammanfattning (JSON)
                        / one pass over the mailbox, then exit; the last line is a summary (JSON)
  --state FIL           sparar var tjänsten är mellan körningar, så att nästa körning bara hämtar det som
                        ändrats; utan den läses hela brevlådan vid varje start (inget märks om i onödan)
                        / keeps progress between runs, so the next run fetches only what changed; without
                        it the whole mailbox is read at every start (nothing is relabelled needlessly)
  --port N, --host H    var tjänsten tar emot ändringsaviseringar från Graph (webhook) och hälsokontroller
                        (/health); standard 127.0.0.1 och en ledig port / where the service receives
                        Graph's change notifications (webhook) and health checks; default 127.0.0.1, any free port
  --public-url URL      adressen där Graph når tjänstens webhook utifrån, när den inte är --host:--port
                        (utan flaggan ges Graph adressen --host:--port); ändringar hämtas dessutom alltid
                        var --poll:e sekund / the address where Graph reaches the service's webhook from
                        outside, when it is not --host:--port (without it Graph is given --host:--port);
                        changes are fetched every --poll seconds as well
  --poll SEKUNDER       hämtar ändringar så här ofta även utan aviseringar (standard 60)
                        / fetches changes this often even without notifications (default 60 seconds)
  --rate GRÄNS/SEKUNDER högst GRÄNS anrop till Graph per SEKUNDER sekunder (standard 10000/600, Exchange
                        Onlines gräns) / at most LIMIT requests to Graph per SECONDS seconds (default 10000/600)
  --log FIL             skriver varje sorteringsbeslut till filen, ett JSON-objekt per rad
                        / writes every routing decision to the file, one JSON object per line
  --quiet               inga statusrader / no progress lines
  --help                den här texten / this text

Det tjänsten skriver / What the service prints:
  En statusrad på stderr när den startar och var 2:e sekund under en lång genomgång; händelser och fel
  som JSON-rader på stderr (bara id:n och koder, aldrig ämnen, texter, namn eller adresser).
  A status line on stderr at start and every 2 seconds during a long pass; events and errors as JSON
  lines on stderr (ids and codes only, never subjects, bodies, names or addresses).
`;
