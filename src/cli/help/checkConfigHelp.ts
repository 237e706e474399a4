/** `svarstid check-config --help`. */
export const CHECK_CONFIG_HELP = `svarstid check-config — kontrollerar en konfiguration / checks a configuration

Användning / Usage:
  svarstid check-config FIL

Visar varje fel med rad, kolumn och fält, på svenska och engelska (slutkod 1). En giltig
konfiguration visas som den gäller: svarstidsregler, förvaltningar och alla sorteringsregler,
både egna och inbyggda, och hur en inbyggd regel stängs av (slutkod 0).

Shows every problem with its line, column and field, in Swedish and English (exit code 1). A
valid configuration is shown as it applies: deadline rules, departments and every routing rule,
own and built-in, and how to switch a built-in rule off (exit code 0).

Flaggor / Options:
  --help          den här texten / this text
`;
