import { memoized } from '../../memo.js';
/**
 * The naming core shared by all languages: Kiota's `CleanupSymbolName` and the case styles
 * built on it (Kiota `StringExtensions.cs`, see ../shared/docs/sdk-conventions.md §1).
 * Per-language modules add their casing and reserved-word escaping on top.
 */

const SYMBOLS = new Set(Array.from(" !#$%&'()*,./:;<=>?@[]\\^`’{}|~-"));
const DIGIT_WORDS = ['Zero', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine'];

/**
 * Deletes each symbol and upper-cases the letter that follows it; trims leading `_`; spells
 * out leading digits; `+` becomes `_plus_`. `@odata.type` → `OdataType`, `user-id` → `userId`.
 */
export const cleanupSymbolName: (name: string) => string = memoized(cleanupUncached);

/** Letters and digits, not starting with a digit: what `CleanupSymbolName` leaves as it is (most names). */
const CLEAN = /^[A-Za-z][A-Za-z0-9]*$/;

function cleanupUncached(name: string): string {
  if (CLEAN.test(name)) return name;
  let text = name.replace(/^_+/, '').replace(/\+/g, '_plus_');
  let out = '';
  let upperNext = false;
  for (const ch of text) {
    if (SYMBOLS.has(ch)) {
      upperNext = true;
      continue;
    }
    out += upperNext ? ch.toUpperCase() : ch;
    upperNext = false;
  }
  text = out;
  const lead = /^\d+/.exec(text);
  if (lead) {
    text = Array.from(lead[0], (d) => DIGIT_WORDS[Number(d)]).join('') + text.slice(lead[0].length);
  }
  return text;
}

/** The OData name parts, for the emitters (one definition, in metadata/names.ts). */
export { namespaceOf, shortNameOf } from '../../metadata/names.js';

export function upperFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

export function lowerFirst(s: string): string {
  return s.length === 0 ? s : s[0]!.toLowerCase() + s.slice(1);
}

/** Joins `_`-separated parts camel-style: `accessedResources_v2` → `accessedResourcesV2`. */
function joinUnderscores(s: string, first: (part: string) => string): string {
  if (!s.includes('_')) return first(s);
  const parts = s.split('_').filter((p) => p.length > 0);
  return parts.map((p, i) => (i === 0 ? first(p) : upperFirst(p))).join('');
}

/** C#-style member and class names: `@odata.type` → `OdataType`, `family_name` → `FamilyName`. */
export function pascalCase(name: string): string {
  return joinUnderscores(cleanupSymbolName(name), upperFirst);
}

/** TypeScript member names: `@odata.type` → `odataType`, `family_name` → `familyName`. */
export function camelCase(name: string): string {
  return joinUnderscores(cleanupSymbolName(name), lowerFirst);
}

/**
 * Kiota's snake_case: lower-case everything, `_` before each upper-case letter that does not
 * follow `_`, `-` → `_`. `ODataErrors` → `o_data_errors`, `OAuth2PermissionGrant` →
 * `o_auth2_permission_grant`.
 */
export function snakeCase(name: string): string {
  if (SNAKE.test(name)) return name;
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const ch = name[i]!;
    if (ch === '-') {
      out += '_';
      continue;
    }
    const isUpper = ch >= 'A' && ch <= 'Z';
    if (isUpper && i > 0 && out.length > 0 && !out.endsWith('_')) out += '_';
    out += ch.toLowerCase();
  }
  return out;
}

/** Already snake_case: lower-case ASCII letters, digits and `_` only. */
const SNAKE = /^[a-z0-9_]*$/;

/** Python member names: `@odata.type` → `odata_type`, `displayName` → `display_name`. */
export function snakeMemberName(name: string): string {
  return snakeCase(lowerFirst(cleanupSymbolName(name)));
}
