/** `svarstid doctor --help`. */
export const DOCTOR_HELP = `svarstid doctor — kontrollerar Svarstid-tjänstens inställningar mot Microsoft 365 / checks the Svarstid service's setup against Microsoft 365

Användning / Usage:
  svarstid doctor --mailbox ADRESS [--graph-url URL] [--public-url URL] [--probe-mailbox ADRESS] [--port N] [--lang sv|en]

Körs en gång med tjänstens inloggningsuppgifter. Kontrollerar inloggningen, läsning och skrivning,
att en annan brevlåda nekas (RBAC), kategorilistan, dolda mappar, sändning när någon förvaltning
får meddelanden vidarebefordrade och en prenumeration till den publika adressen; prövar på ett testobjekt det Graph
inte dokumenterar (långa värden i listor, delta med $expand, flaggans klockslag, konfigurationens
storlek) och städar efter sig. Varje kontroll får en rad: ok, FEL (ska rättas), AVV (Graph
avviker från sin dokumentation; tjänsten hanterar det själv) eller OBS (gick igenom men bevisar
mindre än kontrollen är till för eller visar att något saknas: rbac-scope när bara en påhittad
adress prövades, send och configuration när ingen konfiguration är sparad, configuration när den
sparade saknar jourens nummer ("concernOnCall") eller administratörer ("admins")); med --lang en heter de ok, FIX, DIFF och WARN. Sist en JSON-rad
{"checks":[{"name","ok","detail"}]}, där både FEL och AVV har "ok": false och OBS har "ok": true.
Slutkod 0 bara när allt gick igenom (en OBS räknas som godkänd); 1 när något ska rättas eller
när det bara finns avvikelser (AVV kan bara gälla record-list, record-delta och flag, så ett
skript som vill godta dem kan bortse från de tre i JSON-raden); 2 vid felaktiga argument.
Run once with the service's credentials: checks the setup, tries out on a scratch item what Graph
does not document, and cleans up. Each check gets a line: ok, FEL (to fix), AVV (a deviation from what
Graph documents, handled by the service) or OBS (passed but proves less than the check is for, or
shows that something is missing: rbac-scope when only an invented address was tried, send and
configuration when no configuration is stored, configuration when the stored one has no on-call
number ("concernOnCall") or no admins ("admins")); with --lang en the lines are in English and
marked ok, FIX, DIFF or WARN. The last line is a JSON report, where FEL and AVV both have
"ok": false and OBS has "ok": true. Exit 0 only when every check passes (OBS counts as passed);
1 when something must be fixed or when there are deviations only (AVV can only be record-list, record-delta and flag, so a script that
accepts them can ignore those three in the JSON line); 2 for bad arguments.

Flaggor / Options:
  --mailbox ADRESS        funktionsbrevlådan / the shared mailbox
  --graph-url URL         Graph-emulatorns adress som den skriver ut, t.ex. http://127.0.0.1:4100/v1.0 / the Graph emulator's address
  --public-url URL        https-adressen dit Graph skickar ändringsaviseringar / the https address Graph sends change notifications to
  --probe-mailbox ADRESS  en annan, befintlig brevlåda som tjänsten inte ska nå; utan flaggan prövas en påhittad
                          adress, och rbac-scope blir OBS (inte bevisat) / another existing mailbox the service
                          must not reach; without it an invented address is tried, and rbac-scope is
                          OBS (not proven)
  --port N                med --public-url: porten den omvända proxyn skickar vidare till; doctor tar själv
                          emot Graphs kontrollanrop där under testet, så stoppa tjänsten först eller låt
                          proxyn peka på en annan port under tiden / with --public-url: the port the reverse
                          proxy forwards to; doctor itself receives Graph's validation call there during
                          the test, so stop the service first or point the proxy at another port meanwhile
  --lang sv|en            språket i kontrollraderna och i JSON-radens "detail" (standard sv); slutsatsen står
                          alltid på båda språken / the language of the check lines and of "detail" in the
                          JSON line (default sv); the verdict is always in both languages
  --help                  den här texten / this text
`;
