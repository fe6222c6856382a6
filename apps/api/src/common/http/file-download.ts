import type { Response } from 'express';

/**
 * Sends a stored file as a download under its own (cleaned) name, RFC 6266 encoded so Vietnamese names
 * survive; never cached, as it is only for callers allowed to read it.
 */
export function sendFileDownload(
  res: Response,
  file: { mimeType: string; filename: string; content: Buffer },
): void {
  res.setHeader('Content-Type', file.mimeType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
  res.setHeader('Cache-Control', 'private, no-store');
  res.send(file.content);
}
