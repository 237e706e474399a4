import { PRESET_IDS } from '../../core/config/presets';

/** `svarstid --help`: every command in one screen. */
export const MAIN_HELP = `svarstid — svarstider för kommunens funktionsbrevlåda / response times for a municipality's shared mailbox

Användning / Usage:
  svarstid deadline --preset NAMN | --config FIL       svarstid för ärenden (JSON-rader) / deadlines for cases
  svarstid triage --preset NAMN | --config FIL [--lang sv|en]
                                                       beslut för Graph-meddelanden (JSON-rader) / decisions for messages
  svarstid presets [NAMN]                              förinställningarna / the presets
  svarstid check-config FIL                            kontrollera en konfiguration / check a configuration
  svarstid emulator --port N [...]                     en lokal Microsoft Graph / a local Microsoft Graph
  svarstid run --mailbox ADRESS [--preset NAMN | --config FIL] [...]
                                                       arbetaren / the worker
  svarstid config get|set|history|restore --mailbox ADRESS [...]
                                                       konfigurationen i brevlådan / the configuration in the mailbox
  svarstid doctor --mailbox ADRESS [--public-url URL] [...]
                                                       kontrollera inställningarna / check the setup
  svarstid demo [--preset NAMN] [--once] [...]         demon / the demo
  svarstid KOMMANDO --help                             hjälp för ett kommando / help for one command

Förinställningar / Presets: ${PRESET_IDS.join(', ')}
`;
