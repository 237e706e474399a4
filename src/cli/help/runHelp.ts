/** `svarstid run --help`. */
export const RUN_HELP = `svarstid run — arbetaren som håller en funktionsbrevlåda märkt / the worker that keeps a shared mailbox labelled

Användning / Usage:
  svarstid run --mailbox ADRESS [--preset NAMN | --config FIL] [--graph-url URL] [--once] [--state FIL]
               [--since DATUM] [--dry-run] [--port N] [--host H] [--public-url https://…] [--poll SEKUNDER]
               [--config-poll SEKUNDER] [--lease-wait SEKUNDER] [--rate GRÄNS/SEKUNDER] [--log FIL] [--quiet]

Märker varje meddelande med svarstid, förvaltning och ärendetyp, sorterar och följer upp svar.
Labels every message with deadline, department and kind, routes it and tracks answers.

Flaggor / Options:
  --mailbox ADRESS      funktionsbrevlådan / the shared mailbox
  --preset NAMN         en förinställning / a preset (ljungby, alvesta, varmdo, salem, harnosand)
  --config FIL          en egen konfiguration (JSON) / your own configuration (JSON)
                        utan dem: konfigurationen som är sparad i brevlådan, och ändringar i den följs
                        without them: the configuration stored in the mailbox, and changes to it are followed
  --graph-url URL       en lokal Graph, t.ex. http://127.0.0.1:4100 (med eller utan /v1.0);
                        utan den används Microsoft Graph / a local Graph; without it, Microsoft Graph
  --once                gå igenom brevlådan en gång och avsluta / one pass over the mailbox, then exit
  --state FIL           var läget sparas mellan körningar / where progress is kept between runs
  --since DATUM         lämna post som kom före DATUM orörd / leave mail received before DATE alone
  --dry-run             en genomgång som inte skriver något, bara visar vad som skulle märkas /
                        one pass that writes nothing and prints what would be labelled
  --port N, --host H    webhook och /health (förval 127.0.0.1, ledig port) / webhook and /health
  --public-url URL      https-adressen Graph når webhooken på; utan den frågar arbetaren bara (polling) /
                        the https address Graph reaches the webhook at; without it the worker polls only
  --poll SEKUNDER       hur ofta ändringar hämtas som reserv (förval 60) / safety-net polling (default 60)
  --config-poll SEKUNDER hur ofta en sparad konfigurationsändring hämtas (förval 30) / how often a saved change is looked for (default 30)
  --lease-wait SEKUNDER hur länge --once väntar på en annan arbetares lås (förval 300) / how long --once waits for another worker's lease
  --rate GRÄNS/SEKUNDER begränsar takten mot Graph (förval 10000/600) / paces requests (default 10000/600)
  --log FIL             varje sorteringsbeslut som JSON-rader / every routing decision as JSON lines
  --quiet               inga lägesrader / no progress lines
  --help                den här texten / this text
`;
