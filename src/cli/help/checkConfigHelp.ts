/** `svarstid check-config --help`. */
export const CHECK_CONFIG_HELP = `svarstid check-config — kontrollerar en konfiguration / checks a configuration

Användning / Usage:
  svarstid check-config FIL [--lang sv|en]

Visar varje fel med rad, kolumn och fält, på svenska och engelska (slutkod 1). En giltig
konfiguration visas som den gäller (slutkod 0): svarstidsregler, öppettider, lokala val att
kontrollera, förvaltningar och alla sorteringsregler, både egna och inbyggda, och hur en inbyggd
regel stängs av.

Shows every problem with its line, column and field, in Swedish and English (exit code 1). A
valid configuration is shown as it applies (exit code 0): deadline rules, opening hours, local
choices to check, departments and every routing rule, custom and built-in, and how to switch a
built-in rule off.

Flaggor / Options:
  --lang sv|en    språket i sammanställningen (standard sv) / language of the summary (default sv)
  --help          den här texten / this text
`;
