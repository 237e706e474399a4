/** `svarstid demo --help`. */
export const DEMO_HELP = `svarstid demo — Svarstid på en påhittad kommuns brevlåda / Svarstid on a fictional municipality's mailbox

Användning / Usage:
  svarstid demo [--preset NAMN] [--port N] [--worker-port N] [--live SEKUNDER] [--rows N] [--once]

Startar en lokal Graph med Exempelby kommuns funktionsbrevlåda och arbetaren som märker den, och
visar kön som en gruppledare läser den. Nya meddelanden kommer med jämna mellanrum. Ctrl+C avslutar.

Starts a local Graph with Exempelby kommun's shared mailbox and the worker that labels it, and
shows the queue as a team lead reads it. New mail arrives at intervals. Ctrl+C stops.

Flaggor / Options:
  --preset NAMN         svarstider från en förinställning (förval ljungby) / deadlines of a preset (default ljungby)
  --port N              den lokala Graphs port (förval 4100; 0 = ledig port) / the local Graph's port (default 4100; 0 = any free)
  --worker-port N       arbetarens port för /health (förval 4101) / the worker's /health port (default 4101)
  --live SEKUNDER       sekunder mellan nya meddelanden (förval 15; 0 = inga) / seconds between new mail (default 15; 0 = none)
  --rows N              rader i kön (förval 15; 0 = alla) / queue rows shown (default 15; 0 = all)
  --once                visa kön och avsluta / show the queue and exit
  --help                den här texten / this text
`;
