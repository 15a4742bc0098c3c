import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * Command-line plumbing shared by gen, snippet, verify and bench (no pipeline imports: the
 * verify and bench argument parsers are loaded alone by tests).
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Strict flags, no positionals; an unknown or malformed flag is a {@link UsageError}. */
export function parseFlags<const O extends NonNullable<ParseArgsConfig['options']>>(
  argv: readonly string[],
  options: O,
) {
  try {
    return parseArgs({ args: [...argv], options, allowPositionals: false, strict: true }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * A command's parsed arguments, or the exit code when there is nothing more to do: 2 after a
 * usage error (`<errorPrefix>: <message>`, then the help, on stderr), 0 after `--help`.
 */
export function commandArguments<A extends { readonly help: boolean }>(
  parse: () => A,
  help: string,
  errorPrefix: string,
): A | number {
  let args: A;
  try {
    args = parse();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${errorPrefix}: ${error.message}\n\n${help}`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(help);
    return 0;
  }
  return args;
}
