/**
 * Thrown when a file cannot be read as the format it was sent as. The message says what the file is and
 * what to do, in words a coordinator can act on, so callers may show it as is.
 */
export class UnreadableDocumentError extends Error {
  constructor(
    message: string,
    /** What the file looked like: 'PDF', 'XLSX', 'UNKNOWN' … (see DocumentFormat). */
    readonly found: string,
  ) {
    super(message);
    this.name = 'UnreadableDocumentError';
  }
}
