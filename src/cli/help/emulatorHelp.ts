/** `svarstid emulator --help`. */
export const EMULATOR_HELP = `svarstid emulator — Graph-emulatorn: en lokal simulering av Microsoft Graph för e-post, för test / the Graph emulator: a local stand-in for Microsoft Graph mail, for testing

Användning / Usage:
  svarstid emulator --port N [--mailbox ADRESS]... [--seed demo|FIL.jsonl]
                    [--throttle exchange|fast|off|GRÄNS/SEKUNDER[:SAMTIDIGA]] [--faults REGLER]
                    [--state FIL] [--live [SEKUNDER]] [--strict] [--allow-http-loopback] [--webhook-ca FIL]

Lyssnar bara på 127.0.0.1 och skriver ut sin adress, till exempel http://127.0.0.1:4100/v1.0.
Svarstid-tjänsten använder den med
  svarstid run --graph-url http://127.0.0.1:4100/v1.0 --mailbox ADRESS --preset NAMN
Listens on 127.0.0.1 only and prints its address; give that address to svarstid run --graph-url.

Flaggor / Options:
  --port N              porten (0 = en ledig port) / the port (0 = any free port)
  --mailbox ADRESS      en funktionsbrevlåda; kan anges flera gånger / a shared mailbox; may be repeated
  --seed demo|FIL.jsonl demobrevlådan, eller meddelanden från en fil med ett meddelande (JSON) per rad
                        / the demo mailbox, or messages from a file with one message (JSON) per line
  --throttle ...        hur Graph-emulatorn begränsar anropen, som Exchange Online gör:
                        exchange (standard) = Exchange Onlines gränser (10 000 anrop per 10 minuter,
                        högst 4 samtidiga); fast = samma sak 60 gånger snabbare; off = inga gränser;
                        GRÄNS/SEKUNDER[:SAMTIDIGA] = högst GRÄNS anrop per SEKUNDER sekunder och högst
                        SAMTIDIGA anrop åt gången / how the emulator limits requests as Exchange Online
                        does: exchange (default: 10,000 requests per 10 minutes, at most 4 at a time), fast (60 times
                        faster), off, or GRÄNS/SEKUNDER[:SAMTIDIGA] (limit/seconds[:concurrent])
  --faults REGLER       simulerade fel, kommaseparerade: STATUS=ANDEL ger HTTP-svaret STATUS till den andelen
                        av anropen (429=0.05: 5 % av anropen får 429 Too Many Requests; också 503 och 504),
                        reset=ANDEL bryter anslutningen, latency=MS (millisekunder) eller MIN-MAX lägger till
                        fördröjning, seed=TAL gör slumpen upprepbar / simulated faults, comma-separated: STATUS=ANDEL
                        (status=share; 429=0.05 gives 5% of requests 429 Too Many Requests), reset=ANDEL,
                        latency=MS (milliseconds) or MIN-MAX, seed=TAL (a number that makes the faults
                        repeatable)
  --state FIL           sparar brevlådan mellan körningar / keeps the mailbox between runs
  --live [SEKUNDER]     nya demomeddelanden med jämna mellanrum (standard var 5:e sekund; svarstid demo
                        använder 15) / new demo mail at intervals (default every 5 seconds; svarstid
                        demo uses 15)
  --strict              det Exchange kan göra fast Graph inte dokumenterar det: $expand på delta nekas,
                        värden i listor kortas till 255 tecken, högst 50 meddelanden per sida
                        / what Exchange may do though Graph does not document it: $expand on delta refused,
                        values in lists cut at 255 characters, at most 50 messages a page
  --allow-http-loopback skickar ändringsaviseringar också till http://127.0.0.1 (annars bara till https,
                        som Graph) / sends change notifications to http://127.0.0.1 too (otherwise
                        https only, as Graph)
  --webhook-ca FIL      litar på det här certifikatet för ändringsaviseringar över https / trusts this certificate for https notifications
  --help                den här texten / this text
`;
