import { sessionStore } from '../../app/auth/session.store';

export interface UploadedAttachment {
  id: string;
  filename: string;
  size: number;
}

/** What the files endpoint answers on failure: the API's error code and a localised message. */
export class AttachmentError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

function authHeaders(language: string): Record<string, string> {
  const token = sessionStore.get()?.accessToken;
  return { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

async function failure(response: Response): Promise<AttachmentError> {
  const body = (await response.json().catch(() => null)) as { message?: string; code?: string } | null;
  return new AttachmentError(body?.message ?? response.statusText, body?.code ?? String(response.status));
}

/** Files go over plain HTTP: the GraphQL request body is limited to 100 KB. */
export async function uploadAttachment(
  reportId: string,
  file: File,
  language: string,
): Promise<UploadedAttachment> {
  const response = await fetch(`/files/report-attachments/${reportId}`, {
    method: 'POST',
    headers: {
      ...authHeaders(language),
      'content-type': file.type || 'application/octet-stream',
      'x-filename': encodeURIComponent(file.name),
    },
    body: file,
  });
  if (!response.ok) throw await failure(response);
  return (await response.json()) as UploadedAttachment;
}

/** Downloads with the session's token (a plain link would not carry it) and saves under the file's name. */
export async function downloadAttachment(url: string, filename: string, language: string): Promise<void> {
  const response = await fetch(url, { headers: authHeaders(language) });
  if (!response.ok) throw await failure(response);
  const href = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = href;
  link.download = filename;
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 30_000);
}
