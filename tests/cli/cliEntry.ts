/** The `svarstid` command run from the TypeScript sources, for tests that need a separate process: `node -r tsx/cjs cliEntry.ts …`. */
import { main } from '../../src/cli/main';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`svarstid: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
