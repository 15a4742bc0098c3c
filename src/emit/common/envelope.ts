/**
 * The docs' include-file envelope, exactly as the published snippets have it: front matter,
 * a blank line, the opening fence, a blank line, the code, two blank lines, the closing fence
 * (and no newline after it).
 */
export function wrapInEnvelope(fenceLanguage: string, code: string): string {
  return `---\ndescription: "Automatically generated file. DO NOT MODIFY"\n---\n\n\`\`\`${fenceLanguage}\n\n${code}\n\n\n\`\`\``;
}

/** The code inside an envelope, or null when the text is not one. */
export function unwrapEnvelope(text: string): { fenceLanguage: string; code: string } | null {
  const m =
    /^---\ndescription: "Automatically generated file\. DO NOT MODIFY"\n---\n\n```([^\n]*)\n\n([\s\S]*)\n\n\n```$/.exec(
      text,
    );
  return m ? { fenceLanguage: m[1]!, code: m[2]! } : null;
}
