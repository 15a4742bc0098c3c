/**
 * A metadata source is missing or not what the generator expects (an SDK package not
 * installed or of an unknown layout, a CSDL file that cannot be read). This is a problem of
 * the machine's set-up, not of a doc page: the CLI reports the message and exits with code 2
 * instead of producing snippets from an empty or partial schema.
 */
export class MetadataConfigError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MetadataConfigError';
  }
}
