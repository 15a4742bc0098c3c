import { className, enumMemberName, modelNamespace, modelPropertyName, propertyName } from '../emit/csharp/naming.js';
import type { CsharpNaming } from './csharp-names.js';

/**
 * The C# naming rules the checker builds its valid names with: the C# emitter's own, so that a
 * rule is written once and a snippet is checked against the names the SDK really has under it.
 * What the checker adds is *where* each name is valid (property on that class, member on that
 * enum, builder on that path), which the emitter's choices can get wrong.
 */
export function csharpNaming(): CsharpNaming {
  return { className, modelNamespace, modelPropertyName, propertyName: (wire) => propertyName(wire), enumMemberName };
}
