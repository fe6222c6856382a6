/** A file the API sends inside a GraphQL answer (`ExportedFile`). */
export interface DownloadableFile {
  filename: string;
  mimeType: string;
  contentBase64: string;
}

/** How long the object URL stays valid after the click; some browsers start the download asynchronously. */
export const REVOKE_AFTER_MS = 30_000;

export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64.replace(/\s+/g, ''));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Saves a file the API returned: base64 → Blob with its MIME type → object URL → a hidden `<a download>`
 * clicked once. The URL is revoked a little later, not at once, so the browser has read it.
 */
export function downloadFile(file: DownloadableFile): void {
  const blob = new Blob([base64ToBytes(file.contentBase64)], { type: file.mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
