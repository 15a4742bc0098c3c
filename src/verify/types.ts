import type { HttpRequest } from '../http/types.js';

/** One generated snippet handed to a checker, with what it must be checked against. */
export interface VerifySnippet {
  /** Unique within a run: `<language>:<version>/<outputName>`. */
  readonly id: string;
  /** What the report calls the example: its docs name (made unique when a name repeats). */
  readonly example: string;
  readonly language: string;
  /** API version of the request (`v1.0`, `beta`). */
  readonly version: string;
  readonly code: string;
  /** The docs request the snippet must reproduce (Python check); `null` if it did not parse. */
  readonly request: HttpRequest | null;
  /** Markdown page and line of the example, for messages. */
  readonly file: string;
  readonly line: number;
}

export interface VerifyFailure {
  readonly example: string;
  readonly language: string;
  /** Groupable reason: `TS2339`, `missing-import`, `path`, `exception:TypeError`, `syntax`, ... */
  readonly cause: string;
  /** Short, human-readable: the first diagnostic or a small diff. */
  readonly detail: string;
}

/** What one checker returns. `extra` lands in the JSON summary next to total/passed. */
export interface CheckResult {
  readonly language: string;
  readonly total: number;
  readonly passed: number;
  readonly failures: readonly VerifyFailure[];
  /** Wall-clock milliseconds and other figures, for the Markdown summary. */
  readonly stats: Readonly<Record<string, number | string>>;
  /** Per-snippet notes that are not failures (e.g. TypeScript `chainChecked: false`). */
  readonly notes: readonly VerifyNote[];
}

export interface VerifyNote {
  readonly example: string;
  readonly language: string;
  readonly note: string;
}
