/** `svarstid emulator --help`. */
export const EMULATOR_HELP = `svarstid emulator — en lokal Microsoft Graph för e-post / a local Microsoft Graph for mail

Användning / Usage:
  svarstid emulator --port N [--mailbox ADRESS]... [--seed demo|FIL.jsonl]
                    [--throttle exchange|fast|off|GRÄNS/SEKUNDER[:SAMTIDIGA]] [--faults SPEK]
                    [--state FIL] [--live [SEKUNDER]] [--strict] [--allow-http-loopback] [--webhook-ca FIL]

Lyssnar bara på 127.0.0.1 och skriver ut sin adress. Låt arbetaren använda den med
  svarstid run --graph-url http://127.0.0.1:N ...
Listens on 127.0.0.1 only and prints its address; point the worker at it with --graph-url.

Flaggor / Options:
  --port N              porten (0 = en ledig port) / the port (0 = any free port)
  --mailbox ADRESS      funktionsbrevlådan; flera går bra / the shared mailbox; several are fine
  --seed demo|FIL       demobrevlådan eller meddelanden från en JSON-radfil / demo mailbox or a JSON lines file
  --throttle ...        Exchanges begränsningar (förval), snabbare eller inga / Exchange's limits (default), faster or none
  --faults SPEK         inlagda fel, t.ex. seed=7,429=0.05 / injected faults, e.g. seed=7,429=0.05
  --state FIL           sparar brevlådan mellan körningar / keeps the mailbox between runs
  --live [SEKUNDER]     nya demomeddelanden med jämna mellanrum / new demo mail at intervals
  --strict              det Exchange kan göra men Graph inte dokumenterar: $expand på delta nekas,
                        värden i listor kortas till 255 tecken, högst 50 per sida /
                        what Exchange may do that Graph does not document
  --allow-http-loopback tillåt webhookar på http://127.0.0.1 (annars bara https, som Graph) /
                        allow webhooks on http://127.0.0.1 (otherwise https only, as Graph)
  --webhook-ca FIL      lita på detta certifikat för https-webhookar / trust this certificate for https webhooks
  --help                den här texten / this text
`;
