import { wrap } from './wrap';

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
eller vidarebefordrade.

${wrap('När någon svarar från brevlådan läser Svarstid svaret: vad som räknas som besked och som svar, och när ett besked räknas som besvarat i tid, förklaras i svarstid presets (och för er egen konfiguration i svarstid check-config). Servicenivån visar ”besvarade i tid”, ”besked eller svar i tid” (inom svarstiden) och ”utlovat datum hållet”.')}

${wrap('Som svar räknas e-post som skickas från funktionsbrevlådan med Svara eller Svara alla på invånarens meddelande (samma konversation; ett nytt meddelande till samma adress räknas inte, och inte heller en vidarebefordran), och det en handläggare markerar som besvarat på annat sätt i Outlook-tillägget (per telefon, per brev eller vid ett besök). Ett meddelande som har vidarebefordrats till en förvaltning och besvaras från förvaltningens egen brevlåda syns inte för tjänsten och förblir obesvarat här tills någon markerar det så. Låt hellre förvaltningen svara från funktionsbrevlådan (med Skicka som). Tänk på det när ni väljer vilka förvaltningar som får meddelanden vidarebefordrade. Utan --once går tjänsten igenom brevlådan och fortsätter sedan tills den stoppas (Ctrl+C), och märker nya meddelanden när de kommer.')}

Every message in the shared mailbox gets an Outlook flag with its deadline and Outlook categories
for department and case type (e.g. "Avd: Teknik" and "Typ: Felanmälan"). A department that wants
its mail in a folder or mailbox of its own gets it moved or forwarded there.

${wrap('When someone replies from the mailbox, Svarstid reads the reply: what counts as a notice and as an answer, and when a notice counts as answered in time, is explained in svarstid presets (and for your own configuration in svarstid check-config). The service level shows "answered in time", "notice or answer in time" (within the deadline) and "promised date kept".')}

${wrap("What counts as an answer is mail sent from the shared mailbox with Reply or Reply All to the resident's message (the same conversation; a new message to the same address does not count, nor does a forward), and what an officer marks as answered another way in the Outlook add-in (by phone, by letter or in person). A message forwarded to a department and answered from the department's own mailbox is not seen by the service and stays unanswered here until someone marks it so. It is better to let the department answer from the shared mailbox (using Send As). Keep it in mind when you choose which departments get mail forwarded. Without --once the service works through the mailbox and then keeps running until stopped (Ctrl+C), labelling new mail as it arrives.")}

Inloggning mot Microsoft Graph / Signing in to Microsoft Graph:
  Tjänsten loggar in som en app i Microsoft Entra ID (en appregistrering med
  klientautentiseringsuppgifter), med de här miljövariablerna:
  The service signs in as an app in Microsoft Entra ID (an app registration with client
  credentials), with these environment variables:
    SVARSTID_TENANT_ID          klientorganisationens id eller domän / the tenant id or domain
    SVARSTID_CLIENT_ID          appregistreringens program-id / the app registration's client id
    SVARSTID_CERT_PATH          sökvägen till en PEM-fil med certifikatets privata nyckel (rekommenderas
                                framför klienthemlighet); det offentliga certifikatet (.cer eller .pem
                                utan nyckel) laddas upp under Certifikat och hemligheter i
                                appregistreringen, och tumavtrycket räknas på det / path to a PEM file
                                with the certificate's private key (preferred to a client secret); the
                                public certificate (.cer or .pem without the key) is uploaded under
                                Certificates & secrets in the app registration, and the thumbprint is
                                taken from that certificate
    SVARSTID_CERT_THUMBPRINT    certifikatets SHA-256-tumavtryck, 64 hexadecimala tecken utan kolon, till
                                exempel från openssl x509 -in cert.pem -noout -fingerprint -sha256 (den
                                skriver "sha256 Fingerprint=" och kolon; ta bort båda) eller i PowerShell 7 från
                                (Get-PfxCertificate cert.cer).GetCertHashString('SHA256') – inte
                                SHA-1-avtrycket på 40 tecken som Entra-portalen visar /
                                the certificate's SHA-256 thumbprint, 64 hex characters without colons,
                                e.g. from openssl x509 -in cert.pem -noout -fingerprint -sha256 (it prints
                                "sha256 Fingerprint=" and colons; remove both) or in PowerShell 7 from
                                (Get-PfxCertificate cert.cer).GetCertHashString('SHA256') – not the
                                40-character SHA-1 thumbprint the Entra portal shows
    SVARSTID_CLIENT_SECRET      eller en klienthemlighet i stället för certifikat / or a client secret instead
  Appen behöver Mail.ReadWrite och MailboxSettings.ReadWrite, och Mail.Send om någon förvaltning
  får sina meddelanden vidarebefordrade, och bara för funktionsbrevlådan. Tilldela dem som roller i
  Exchange Online (RBAC för program), i Exchange Online PowerShell, med appens program-id som
  KLIENT-ID och Entra-företagsappens objekt-id som OBJEKT-ID:
    New-ServicePrincipal -AppId KLIENT-ID -ObjectId OBJEKT-ID -DisplayName "Svarstid"
    New-ManagementScope -Name "Svarstid" -RecipientRestrictionFilter "PrimarySmtpAddress -eq 'ADRESS'"
    New-ManagementRoleAssignment -App KLIENT-ID -Role "Application Mail.ReadWrite" -CustomResourceScope "Svarstid"
    New-ManagementRoleAssignment -App KLIENT-ID -Role "Application MailboxSettings.ReadWrite" -CustomResourceScope "Svarstid"
    New-ManagementRoleAssignment -App KLIENT-ID -Role "Application Mail.Send" -CustomResourceScope "Svarstid"
    Test-ServicePrincipalAuthorization -Identity KLIENT-ID -Resource ADRESS
  (den näst sista raden bara när någon förvaltning får meddelanden vidarebefordrade). Ge dem inte
  som API-behörigheter med administratörsmedgivande i Entra ID: då når appen alla brevlådor i
  kommunen, och rollerna i Exchange tar inte bort den åtkomsten. svarstid doctor --probe-mailbox
  med en annan, verklig brevlåda visar att appen inte når den. Med --graph-url behövs ingen
  inloggning.
  The app needs Mail.ReadWrite and MailboxSettings.ReadWrite, and Mail.Send if any department has
  its messages forwarded, and only for the shared mailbox. Assign them as roles in Exchange Online
  (RBAC for Applications), in Exchange Online PowerShell, with the app's client id as KLIENT-ID and
  the Entra enterprise app's object id as OBJEKT-ID: the six lines above (the fifth only when a
  department has its messages forwarded). Do not grant them as API permissions with admin consent in
  Entra ID: the app then reaches every mailbox of the municipality, and the Exchange roles do not
  take that access away. svarstid doctor --probe-mailbox with another, real mailbox shows that the
  app cannot reach it. With --graph-url no sign-in is needed.

  Svar räknas bara när de ligger under Skickat i funktionsbrevlådan. Skickar handläggarna som
  funktionsbrevlådan från sin egen Outlook (Skicka som, Skicka för), sparar Exchange som standard
  kopian bara under deras egna Skickat, och Svarstid ser då inga svar. Slå på kopian en gång:
  Set-Mailbox ADRESS -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true
  (Exchange Online PowerShell). Det kan inte kontrolleras genom Graph.
  Answers count only when they are in the shared mailbox's Sent Items. When officers send as the
  shared mailbox from their own Outlook (Send As, Send on Behalf), Exchange by default keeps the
  copy only in their own Sent Items, and Svarstid then sees no answers. Switch the copy on once:
  Set-Mailbox ADRESS -MessageCopyForSentAsEnabled $true -MessageCopyForSendOnBehalfEnabled $true
  (Exchange Online PowerShell). It cannot be checked through Graph.

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
  --state FIL           lägesfil: sparar hur långt tjänsten har kommit, så att nästa körning bara hämtar
                        det som ändrats; filen skapas vid första körningen. Utan den läses hela brevlådan
                        vid varje start (inget märks på nytt i onödan) / state file: keeps how far the service
                        has come, so the next run fetches only what changed; created on the first run.
                        Without it the whole mailbox is read at every start (nothing is relabelled needlessly)
  --since DATUM         lämnar meddelanden som kom före kl. 00.00 den DATUM (ÅÅÅÅ-MM-DD, i konfigurationens
                        tidszon) orörda, så att den första körningen inte flaggar flera år gamla meddelanden;
                        de syns inte i kön, så gå igenom dem som ännu inte är besvarade för hand, först de som
                        kan vara orosanmälningar. DATUM är dagen för den första starten (eller
                        provkörningens dag, om dagar har gått sedan dess) och ska vara samma vid varje
                        omstart: en senare dag lämnar det som kom medan tjänsten stod still utan
                        svarstid / leaves mail received before 00:00 on DATUM (in the
                        configuration's time zone) alone, so that the first run does not flag years-old mail;
                        it is not in the queue, so go through what is still unanswered by hand, first
                        anything that may be a report of concern. DATUM is the day of the first start (or
                        the dry run's day, if days have passed since) and stays the same on every restart: a later day leaves what came while the service
                        was stopped without a deadline
  --dry-run             en genomgång som inte ändrar något i brevlådan; visar i stället vad som skulle
                        märkas (JSON-rader) / one pass that changes nothing in the mailbox and prints
                        what would be labelled (JSON lines)
  --port N, --host H    var tjänsten tar emot ändringsaviseringar från Graph (webhook) och hälsokontroller
                        (/health); standard 127.0.0.1 och en ledig port / where the service receives
                        Graph's change notifications (webhook) and health checks; default 127.0.0.1, any free port
  --public-url URL      https-adressen där Graph når tjänstens webhook utifrån (till exempel bakom en omvänd
                        proxy, VÄRD i https://VÄRD); ange då också --port (och --host om proxyn kör på en annan
                        dator), och ställ in proxyn att skicka https://VÄRD/notifications och /lifecycle
                        vidare till samma vägar på http://H:N. Utan flaggan, när tjänsten går mot
                        Microsoft Graph: inga ändringsaviseringar; tjänsten frågar efter ändringar
                        var 60:e sekund (--poll) och säger det när den startar. Utan flaggan,
                        med --graph-url: tjänsten prenumererar på sin egen adress (--host/--port), vilket
                        Graph-emulatorn tar emot bara om den startats med --allow-http-loopback; annars
                        frågar tjänsten var 60:e sekund och försöker prenumerera igen var 15:e minut
                        / the https address where Graph reaches the service's webhook from outside (e.g.
                        behind a reverse proxy, VÄRD in https://VÄRD); then give --port too (and --host
                        if the proxy runs on another machine), and set the proxy to forward
                        https://VÄRD/notifications and /lifecycle to the same paths on http://H:N.
                        Without it, when the service runs against Microsoft Graph: no change
                        notifications; the service polls every 60 seconds (--poll) and says so at start.
                        Without it, with --graph-url: the service subscribes at its own address
                        (--host/--port), which the Graph emulator accepts only when started with
                        --allow-http-loopback; otherwise the service polls every 60 seconds and tries to
                        subscribe again every 15 minutes
  --poll SEKUNDER       hämtar ändringar så här ofta även utan aviseringar (standard 60)
                        / fetches changes this often even without notifications (default 60 seconds)
  --config-poll SEKUNDER hur ofta tjänsten letar efter en sparad ändring av konfigurationen (standard 30)
                        / how often the service looks for a saved configuration change (default 30)
  --lease-wait SEKUNDER hur länge --once väntar när en annan tjänst märker samma brevlåda (standard 300);
                        är den fortfarande upptagen avslutas --once utan att ändra något, med slutkod 1.
                        Utan --once väntar tjänsten i reserv tills den andra slutar och tar sedan över
                        / how long --once waits while another service labels the same mailbox (default
                        300); if it is still taken, --once exits without changing anything, exit code 1.
                        Without --once the service waits as a standby until the other stops, then takes over
  --rate GRÄNS/SEKUNDER högst GRÄNS anrop till Graph per SEKUNDER sekunder (standard 10000/600: högst
                        10 000 anrop per 10 minuter, Exchange Onlines gräns) / at most GRÄNS requests to
                        Graph per SEKUNDER seconds (default 10000/600: 10,000 requests per 10 minutes)
  --log FIL             skriver varje sorteringsbeslut till filen, ett JSON-objekt per rad: meddelandets
                        id, reglernas id, förvaltning, åtgärd och utfall, aldrig ämne, text eller
                        avsändare / writes every routing decision to the file, one JSON object per
                        line: the message's id, the rules' ids, department, action and outcome, never
                        subject, text or sender
  --quiet               inga statusrader / no progress lines
  --learn-every TIMMAR  lär av handläggarnas rättelser så här ofta, när minst tio nya har kommit (som
                        svarstid learn); standard 6 med konfigurationen i brevlådan, annars 0 (aldrig).
                        0 stoppar inlärningen; det som redan är inlärt används ändå tills en
                        administratör stänger av det i administrationsvyn (Använd kommunens inlärda
                        ord). Administrationsvyn visar hur ofta tjänsten lär sig på nytt / learns from officers'
                        corrections this often, once at least 10 new ones have come (as svarstid
                        learn); default 6 with the configuration stored in the mailbox, else 0
                        (never). 0 stops the learning; what was learnt is still used until an admin
                        switches it off in the admin view (Use the municipality's learnt words).
                        The admin view shows how often the service learns again
  --help                den här texten / this text

Det tjänsten skriver / What the service prints:
  En statusrad på stderr när den startar och var 2:e sekund under en lång genomgång; händelser och fel
  som JSON-rader på stderr (bara id:n, koder och funktionsbrevlådans egen adress; aldrig ämnen, texter
  eller avsändares namn och adresser; fältet "detail" är en teknisk förklaring, oftast på engelska).
  A progress line on stderr at start and every 2 seconds during a long pass; events and errors as JSON
  lines on stderr (ids, codes and the shared mailbox's own address only; never subjects, bodies, or
  senders' names and addresses; their "detail" field is a technical note, mostly in English).

Slutkoder / Exit codes:
  0  klart: --once utan fel, eller tjänsten stoppades (Ctrl+C, SIGTERM) / done: --once without
     errors, or the service was stopped
  1  något gick fel som kan gå över (Graph svarade inte, några meddelanden kunde inte märkas och
     försöks igen nästa körning): starta om / something failed that may pass (Graph did not answer,
     some messages could not be labelled and are tried again next run): restart
  2  fel flagga, fel inloggningsuppgifter eller en oläslig lägesfil: rätta först, en omstart hjälper
     inte / a wrong option, wrong sign-in details or an unreadable state file: fix first, a restart
     does not help
  3  ingen konfiguration sparad i funktionsbrevlådan: spara en (svarstid config set) / no
     configuration stored in the shared mailbox: store one (svarstid config set)
`;
