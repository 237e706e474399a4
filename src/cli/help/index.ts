/**
 * Help texts, one module per command, Swedish first and English second. `svarstid COMMAND
 * --help` and `svarstid help COMMAND` print them.
 */
import { CHECK_CONFIG_HELP } from './checkConfigHelp';
import { CONFIG_HELP } from './configHelp';
import { DOCTOR_HELP } from './doctorHelp';
import { DEADLINE_HELP } from './deadlineHelp';
import { DEMO_HELP } from './demoHelp';
import { EMULATOR_HELP } from './emulatorHelp';
import { LEARN_HELP } from './learnHelp';
import { PRESETS_HELP } from './presetsHelp';
import { RUN_HELP } from './runHelp';
import { TRIAGE_HELP } from './triageHelp';

export { MAIN_HELP } from './mainHelp';

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  deadline: DEADLINE_HELP,
  triage: TRIAGE_HELP,
  presets: PRESETS_HELP,
  'check-config': CHECK_CONFIG_HELP,
  emulator: EMULATOR_HELP,
  run: RUN_HELP,
  demo: DEMO_HELP,
  config: CONFIG_HELP,
  doctor: DOCTOR_HELP,
  learn: LEARN_HELP,
};
