/** Entry for tests that run the worker as a separate process: `node -r tsx/cjs runWorker.ts run …`. */
import { runCommand } from '../../../src/cli/runCommand';

const [command, ...rest] = process.argv.slice(2);
if (command !== 'run') {
  process.stderr.write('usage: runWorker.ts run …\n');
  process.exit(2);
}
runCommand(rest).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`worker: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
