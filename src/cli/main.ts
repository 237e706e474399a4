/** Entry point of the `svarstid` command; each command lives in its own module. */
export async function main(argv: string[]): Promise<number> {
  process.stderr.write(`svarstid: unknown command '${argv[0] ?? ''}'\n`);
  return 2;
}
