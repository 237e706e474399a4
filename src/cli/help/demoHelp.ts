/** `svarstid demo --help`. */
export const DEMO_HELP = `svarstid demo — visar Svarstid på en påhittad kommuns brevlåda / shows Svarstid on a fictional municipality's mailbox

Användning / Usage:
  svarstid demo [--preset NAMN] [--port N] [--worker-port N] [--pages-port N] [--live SEKUNDER] [--rows N] [--once] [--lang sv|en]

Startar Graph-emulatorn med Exempelby kommuns funktionsbrevlåda och Svarstid-tjänsten som märker
den, och visar kön så som en gruppledare ser den. Alla sidor finns på http://localhost:3000, eller
porten i --pages-port (Outlook-tillägget i en Outlook-attrapp på /dev/outlook.html, Teams-fliken på
/teams/). Nya meddelanden kommer med jämna mellanrum och visas när de märkts. Ctrl+C avslutar.

Starts the Graph emulator with Exempelby kommun's shared mailbox and the Svarstid service that
labels it, and shows the queue as a team lead sees it. Every page is on http://localhost:3000, or
the --pages-port port (the Outlook add-in in an Outlook stand-in at /dev/outlook.html, the Teams tab
at /teams/). New mail arrives at intervals and is shown once labelled. Ctrl+C stops.

Flaggor / Options:
  --preset NAMN         svarstider från en förinställning (standard ljungby) / deadlines of a preset (default ljungby)
  --port N              Graph-emulatorns port (standard 4100; 0 = en ledig port) / the emulator's port (default 4100; 0 = any free)
  --worker-port N       Svarstid-tjänstens port för hälsokontroll, /health (standard 4101; 0 = en ledig port)
                        / the service's health-check port (default 4101; 0 = any free)
  --pages-port N        sidornas port (standard 3000; 0 = en ledig port) / the pages' port (default 3000; 0 = any free)
  --live SEKUNDER       sekunder mellan nya meddelanden (standard 15; 0 = inga) / seconds between new mail (default 15; 0 = none)
  --rows N              rader i kön (standard 15; 0 = alla) / queue rows shown (default 15; 0 = all)
  --once                visa kön och avsluta (utan sidor) / show the queue and exit (no pages)
  --lang sv|en          språket på skärmen (standard sv) / language of the screen (default sv)
  --help                den här texten / this text
`;
