// Runs the real CLI entry point from the TypeScript sources (no build needed): npx tsx scripts/deadline-audit/cli.ts deadline --preset X
import { main } from '../../src/cli/main';
main(process.argv.slice(2)).then((c) => { process.exitCode = c; }, (e) => { console.error(e); process.exitCode = 1; });
