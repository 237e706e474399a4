/** `svarstid run --help`. */
export const RUN_HELP = `svarstid run — arbetaren som håller en funktionsbrevlåda märkt / the worker that keeps a shared mailbox labelled

Användning / Usage:
  svarstid run --mailbox ADRESS (--preset NAMN | --config FIL) [--graph-url URL] [--once] [--state FIL]
               [--port N] [--host H] [--public-url URL] [--poll SEKUNDER] [--rate GRÄNS/SEKUNDER]
               [--log FIL] [--quiet] [--learn-every TIMMAR]

Märker varje meddelande med svarstid, förvaltning och ärendetyp, sorterar och följer upp svar.
Labels every message with deadline, department and kind, routes it and tracks answers.

Flaggor / Options:
  --mailbox ADRESS      funktionsbrevlådan / the shared mailbox
  --preset NAMN         en förinställning / a preset (ljungby, alvesta, varmdo, salem, harnosand)
  --config FIL          en egen konfiguration (JSON) / your own configuration (JSON)
  --graph-url URL       en lokal Graph, t.ex. http://127.0.0.1:4100 (med eller utan /v1.0);
                        utan den används Microsoft Graph / a local Graph; without it, Microsoft Graph
  --once                gå igenom brevlådan en gång och avsluta / one pass over the mailbox, then exit
  --state FIL           var läget sparas mellan körningar / where progress is kept between runs
  --port N, --host H    webhook och /health (förval 127.0.0.1, ledig port) / webhook and /health
  --public-url URL      adressen Graph når webhooken på / the address Graph reaches the webhook at
  --poll SEKUNDER       hur ofta ändringar hämtas som reserv (förval 60) / safety-net polling (default 60)
  --rate GRÄNS/SEKUNDER begränsar takten mot Graph (förval 10000/600) / paces requests (default 10000/600)
  --log FIL             varje sorteringsbeslut som JSON-rader / every routing decision as JSON lines
  --quiet               inga lägesrader / no progress lines
  --learn-every TIMMAR  lär av rättelserna så ofta, när minst 10 nya har kommit (som svarstid learn;
                        förval 0: aldrig) / learn from corrections this often, when at least 10 are new
                        (as svarstid learn; default 0: never)
  --help                den här texten / this text
`;
