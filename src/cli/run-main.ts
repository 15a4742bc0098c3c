/**
 * Runs a command's `main` on the process arguments and ends the process with the exit code it
 * returns. An error that escapes `main` is a bug: its stack goes to stderr after `errorPrefix`,
 * and the exit code is 2.
 */
export function runMain(main: (argv: string[]) => Promise<number>, errorPrefix = 'internal error'): void {
  main(process.argv.slice(2)).then(exitWhenFlushed, (error: unknown) => {
    process.stderr.write(`${errorPrefix}: ${(error as Error).stack ?? String(error)}\n`);
    exitWhenFlushed(2);
  });
}

/**
 * Ends the process with `code` once everything written to stdout and stderr has been handed
 * to the system. When `main` has returned, the command's work is done (its files written, its
 * caches saved); what Node does on a natural exit after that (waiting for gen's I/O thread to
 * stop, then freeing both threads' heaps) only delays the end: gen's last line on stderr to
 * its exit took 15 → 12 ms (medians of 15). A write's callback runs once that write is done, in
 * order, also where pipes are asynchronous (macOS): no output is cut off. The exit code is set
 * first, for the natural exit that follows should a stream never call back (a closed pipe).
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
}
