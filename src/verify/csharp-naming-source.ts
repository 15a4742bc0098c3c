import { type CsharpNaming, FALLBACK_CSHARP_NAMING } from './csharp-names.js';

/**
 * The C# naming rules the checker builds its valid names with. They must be the C# emitter's
 * own (src/emit/csharp/naming.ts) so that a rule changed there is checked here too; until that
 * module exists this is the checker's stand-in implementation of sdk-conventions.md §1/§6.
 */
export function csharpNaming(): CsharpNaming {
  return FALLBACK_CSHARP_NAMING;
}
