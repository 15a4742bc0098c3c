/**
 * Runs a command's `main` on the process arguments and sets the exit code it returns. An error
 * that escapes `main` is a bug: its stack goes to stderr after `errorPrefix`, and the exit code is 2.
 */
export function runMain(main: (argv: string[]) => Promise<number>, errorPrefix = 'internal error'): void {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`${errorPrefix}: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
