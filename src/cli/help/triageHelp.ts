/** `svarstid triage --help`. */
export const TRIAGE_HELP = `svarstid triage — kanal, ärendetyp, förvaltning och svarstid för meddelanden / channel, case type, department and deadline for messages

Användning / Usage:
  svarstid triage --preset NAMN | --config FIL [--lang sv|en]

Läser ett meddelande per rad från standardinmatningen (stdin), i Microsoft Graphs format för
e-post (JSON), och skriver ett beslut per rad. Ett meddelande behöver bara receivedDateTime (när
det kom, ISO 8601); id, subject, body, from, replyTo, toRecipients och hasAttachments läses om de
finns. Exempel / Example:
  {"id":"m1","receivedDateTime":"2026-11-20T14:30:00Z","subject":"Trasig gatlampa","body":{"contentType":"text","content":"Lampan på Storgatan 3 är trasig."},"from":{"emailAddress":{"address":"anna@example.se"}}}
Beslutet har fälten:
  id           meddelandets id
  channel      kanalen: "epost", "telefon", "sms", "post" eller "webb" (e-tjänst)
  kind         ärendetypen: "fraga", "felanmalan", "klagomal", "berom", "forslag", "ansokan",
               "skadeansprak", "fortroendevald", "orosanmalan", eller "ej_arende" (inget ärende)
  department   förvaltningens id i konfigurationen, t.ex. "teknik"
  anonymous    true när det inte går att svara avsändaren (e-tjänst utan svarsadress)
  due          svara senast: när svaret senast ska komma (ISO 8601); null för inget ärende och
               för en anonym kontakt – utom en orosanmälan, som alltid får en tid (för den:
               när den senast ska vara lämnad vidare)
  target       målet: en tidigare tid som kommunen siktar på, eller null
  rules        id:n på reglerna som avgjorde beslutet (sorteringsregler och svarstidsregler)
  explanation  beslutet förklarat i hela meningar (--lang väljer språk)
En rad som inte är ett användbart meddelande (ingen JSON, eller ingen giltig receivedDateTime) får
  {"id": …, "error": "…"}
med radnumret och felet; övriga rader besvaras ändå.

Reads one message per line from standard input, in Microsoft Graph's mail format (JSON), and
writes one decision per line with the fields above. A message needs only receivedDateTime (ISO
8601); id, subject, body, from, replyTo, toRecipients and hasAttachments are read when present.
channel is the channel ("webb": a web form); kind is the case type ("ej_arende": not a case);
department is the department's id in the configuration; anonymous is true when the sender cannot be
answered (a web form with no reply address); due is the answer-by time (null for a message that is
not a case and for an anonymous contact, except a report of concern, whose due is when it must be
handed on), target an earlier time aimed
for; rules lists the ids of the rules that decided; explanation is the decision in full sentences
(--lang chooses the language). A line that is not a usable message gets
{"id": …, "error": "…"} with its line number; the other lines are still answered.

Flaggor / Options:
  --preset NAMN   en förinställning: ljungby, alvesta, varmdo, salem, harnosand / a preset
  --config FIL    en egen konfiguration (JSON) / your own configuration (JSON)
  --lang sv|en    språket i förklaringen (standard sv) / language of the explanation (default sv)
  --help          den här texten / this text
`;
