import type { SchemaIndex } from '../metadata/schema-index.js';
import type { PathSegment, SnippetAst } from './types.js';

/**
 * The stream properties whose upload in today's SDKs takes the body's content type as an
 * argument (Kiota adds one where a request body accepts a range of media types): the images and
 * the style sheet of an organization's branding, on the branding and on its localizations, by
 * the type that declares them. C# `PutAsync(requestBody, "image/jpeg")`, TypeScript
 * `put(requestBody, "image/jpeg")`, Python `put(request_body, "image/jpeg")`: without it the call
 * does not compile (C#, TypeScript) or raises a TypeError (Python), and the example's
 * `Content-Type` would be lost. Checked against the installed Python SDKs by a test (every
 * request builder whose upload takes a `content_type`).
 */
export const CONTENT_TYPE_UPLOADS: Readonly<Record<string, readonly string[]>> = {
  'microsoft.graph.organizationalBrandingProperties': [
    'backgroundImage',
    'bannerLogo',
    'customCSS',
    'favicon',
    'headerLogo',
    'squareLogo',
    'squareLogoDark',
  ],
};

/** What an upload without a `Content-Type` header is called with. */
export const DEFAULT_UPLOAD_CONTENT_TYPE = 'application/octet-stream';

/**
 * The content type the SDKs' upload method for the path's last segment takes as an argument:
 * the example's (`contentType`, from its header), or {@link DEFAULT_UPLOAD_CONTENT_TYPE}; `null`
 * when the method takes none (the SDK sets the content type itself).
 */
export function contentTypeArgument(
  segments: readonly PathSegment[],
  schema: SchemaIndex,
  contentType: string | null,
): string | null {
  const last = segments[segments.length - 1];
  const owner = segments[segments.length - 2]?.target?.name;
  // The typings show these properties as binary values (`ArrayBuffer`), the CSDL as streams: the
  // table says which they are.
  if (last?.kind !== 'property' || owner === undefined) return null;
  const declared = schema
    .ancestry(owner)
    .some((t) => CONTENT_TYPE_UPLOADS[t.fullName]?.some((name) => name.toLowerCase() === last.name.toLowerCase()));
  return declared ? (contentType ?? DEFAULT_UPLOAD_CONTENT_TYPE) : null;
}

/** The content type the AST's upload passes to the SDKs' method (the emitters' extra argument); `null` for none. */
export function uploadContentTypeArgument(ast: SnippetAst): string | null {
  return ast.body?.kind === 'stream' ? ast.body.contentTypeArgument : null;
}
