/** `svarstid doctor --help`. */
export const DOCTOR_HELP = `svarstid doctor — kontrollera Svarstid-tjänstens inställningar mot Microsoft 365 / check the Svarstid service's setup against Microsoft 365

Användning / Usage:
  svarstid doctor --mailbox ADRESS [--graph-url URL] [--public-url URL] [--probe-mailbox ADRESS] [--port N]

Körs en gång med tjänstens inloggningsuppgifter. Kontrollerar inloggningen, läsning och skrivning,
att en annan brevlåda nekas (RBAC), kategorilistan, dolda mappar, sändning när någon förvaltning
får meddelanden vidarebefordrade och en prenumeration till den publika adressen; prövar på ett testobjekt det Graph
inte dokumenterar (långa värden i listor, delta med $expand, flaggans klockslag, konfigurationens
storlek) och städar efter sig. Sist en JSON-rad {"checks":[{"name","ok","detail"}]}; slutkod 0 bara
när allt gick igenom.
Run once with the worker's credentials: checks the setup, settles what Graph does not document on
a scratch item, cleans up; the last line is a JSON report; exit 0 only when every check passes.

Flaggor / Options:
  --mailbox ADRESS        funktionsbrevlådan / the shared mailbox
  --graph-url URL         Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0 / the Graph emulator's address
  --public-url URL        https-adressen Graph ska nå webhooken på / the https address for the webhook
  --probe-mailbox ADRESS  en annan brevlåda som tjänsten inte ska nå / another mailbox the service must not reach
  --port N                porten den omvända proxyn skickar vidare till / the port the reverse proxy forwards to
  --help                  den här texten / this text
`;
