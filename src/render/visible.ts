/**
 * Terminal safety for text from articles, kept apart from the report so that the CLI can name
 * files on standard error without loading the report (and chalk) for the JSON formats.
 */

/** Make control characters visible (`\x1b` -> `\x1B`), collapse line breaks to spaces. */
export function visible(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\r\n|[\n\r]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code > 0xff ? `\\u${code.toString(16).toUpperCase().padStart(4, '0')}` : `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  });
}
