/**
 * Structured problems found while turning an example into snippets. They are collected, never
 * thrown: one bad example must not stop the run, and every problem must name where it is.
 */

/** Stable, documented codes (see README "Error and warning codes"). */
export type DiagnosticCode =
  // Extraction
  | 'E_ANNOTATION_JSON'
  | 'E_NO_FENCE'
  | 'E_UNTERMINATED_FENCE'
  // HTTP parsing
  | 'E_REQUEST_LINE'
  | 'E_METHOD'
  | 'E_URL'
  | 'E_PERCENT_ENCODING'
  | 'E_BODY_JSON'
  | 'E_BODY_TOO_DEEP'
  | 'E_BODY_TOO_LARGE'
  // Resolution
  | 'E_PATH_UNRESOLVED'
  | 'E_NO_METADATA'
  | 'E_BODY_TYPE_UNKNOWN'
  // Emission
  | 'E_EMIT'
  // Warnings: the example is generated with a visible fallback.
  | 'W_PATH_SEGMENT_UNKNOWN'
  | 'W_PATH_INFERRED'
  | 'W_PROPERTY_UNKNOWN'
  | 'W_PROPERTY_READ_ONLY'
  | 'W_TYPE_UNKNOWN'
  | 'W_VALUE_TYPE_MISMATCH'
  | 'W_INVALID_DATE_TIME'
  | 'W_INVALID_DURATION'
  | 'W_INVALID_GUID'
  | 'W_INVALID_BINARY'
  | 'W_ENUM_MEMBER_UNKNOWN'
  | 'W_DUPLICATE_KEY'
  | 'W_ANNOTATION_JSON'
  | 'W_NAME_CHANGED'
  | 'W_VERSION_ALIAS'
  | 'W_QUERY_OPTION'
  | 'W_BODY_IGNORED'
  // A JSON body sent to a function: its values became the function's URL arguments, and the call a GET.
  | 'W_FUNCTION_BODY_AS_ARGUMENTS'
  // A line among the request headers that is not `Name: value` (skipped).
  | 'W_HEADER_INVALID';

export interface SourceLocation {
  /** Path as given on the command line (relative paths stay relative: output is deterministic). */
  readonly file: string;
  /** 1-based line in the Markdown file. */
  readonly line: number;
  /** 1-based column in the Markdown file. */
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly code: DiagnosticCode;
  readonly message: string;
  readonly location: SourceLocation;
}

export function formatDiagnostic(d: Diagnostic): string {
  const { file, line, column } = d.location;
  return `${file}:${line}:${column}: ${d.severity} ${d.code}: ${d.message}`;
}

// C0 and C1 controls except tab, DEL, and the bidirectional overrides that can reorder a line.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export function hasControlCharacters(text: string): boolean {
  CONTROL.lastIndex = 0;
  return CONTROL.test(text);
}

/** The diagnostic with control characters in its message written as `\u001b`-style escapes. */
export function printableDiagnostic(d: Diagnostic): Diagnostic {
  if (!hasControlCharacters(d.message)) return d;
  const message = d.message.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return { ...d, message };
}
