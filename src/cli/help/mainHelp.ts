import { PRESET_IDS } from '../../core/config/presets';

/** `svarstid --help`: every command in one screen. */
export const MAIN_HELP = `svarstid — svarstider för kommunens funktionsbrevlåda / deadlines for a municipality's shared mailbox

Användning / Usage:
  svarstid deadline --preset NAMN | --config FIL       svarstid för ärenden (JSON-rader) / deadlines for cases (JSON lines)
  svarstid triage --preset NAMN | --config FIL [--lang sv|en]
                                                       kanal, ärendetyp, förvaltning och svarstid för meddelanden (JSON-rader)
                                                       / channel, case type, department and deadline for messages (JSON lines)
  svarstid presets [NAMN] [--out FIL] [--lang sv|en]   förinställningarna att utgå från / the presets to start from
  svarstid check-config FIL [--lang sv|en]             kontrollerar en konfiguration / checks a configuration
  svarstid run --mailbox ADRESS [--preset NAMN | --config FIL] [...]
                                                       Svarstid-tjänsten: märker och sorterar funktionsbrevlådan löpande
                                                       / the Svarstid service: labels and routes the shared mailbox continuously
  svarstid config get|set|history|restore --mailbox ADRESS [...]
                                                       konfigurationen som är sparad i funktionsbrevlådan
                                                       / the configuration stored in the shared mailbox
  svarstid doctor --mailbox ADRESS [--public-url URL] [...]
                                                       kontrollerar tjänstens inställningar mot Microsoft 365
                                                       / checks the service's setup against Microsoft 365
  svarstid emulator --port N [...]                     Graph-emulatorn: en lokal simulering av Microsoft Graph för test
                                                       / the Graph emulator: a local stand-in for Microsoft Graph, for testing
  svarstid learn --mailbox ADRESS [...]                lär sig kommunens egna ord av handläggarnas rättelser, så att
                                                       sorteringen blir träffsäkrare / learns the municipality's own
                                                       words from officers' corrections, so that routing gets better
  svarstid demo [--preset NAMN] [--once] [...]         visar Svarstid på en påhittad kommuns brevlåda
                                                       / shows Svarstid on a fictional municipality's mailbox
  svarstid KOMMANDO --help eller svarstid help KOMMANDO
                                                       hjälp för ett kommando / help for one command

Platshållare / Placeholders (desamma på båda språken / the same in both languages):
  NAMN = namn / name, FIL = fil / file, ADRESS = e-postadress / e-mail address, N = ett tal / a number,
  DATUM = ÅÅÅÅ-MM-DD / YYYY-MM-DD, SEKUNDER, TIMMAR = sekunder, timmar / seconds, hours,
  GRÄNS = högsta antal / limit, URL = en webbadress / a web address;
  övriga förklaras i svarstid KOMMANDO --help / others are explained in svarstid KOMMANDO --help
Förinställningar / Presets: ${PRESET_IDS.join(', ')}
`;
