import { sessionStore } from '../auth/session.store';

/** What a files endpoint answers on failure: the API's error code, a localised message and the request id. */
export class FileRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly requestId?: string,
  ) {
    super(message);
  }
}

/** The headers the Apollo auth link would add: plain fetches to the files endpoints need the same token. */
export function authHeaders(language: string): Record<string, string> {
  const token = sessionStore.get()?.accessToken;
  return { 'accept-language': language, ...(token ? { authorization: `Bearer ${token}` } : {}) };
}

/** The API's error shape on every route, GraphQL or not: `{ errors: [{ message, extensions: { code } }] }`. */
interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; requestId?: string } }[];
}

async function failure(response: Response): Promise<FileRequestError> {
  const body = (await response.json().catch(() => null)) as ErrorBody | null;
  const error = body?.errors?.[0];
  return new FileRequestError(
    error?.message ?? response.statusText,
    error?.extensions?.code ?? String(response.status),
    error?.extensions?.requestId,
  );
}

/**
 * Files go over plain HTTP (the GraphQL request body is limited to 100 KB): multipart/form-data with one part
 * named `file`; the browser sets the boundary and the UTF-8 file name. Resolves with the endpoint's JSON.
 */
export async function uploadFile(url: string, file: File, language: string): Promise<unknown> {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await fetch(url, { method: 'POST', headers: authHeaders(language), body: form });
  if (!response.ok) throw await failure(response);
  return response.json();
}

/** Downloads with the session's token (a plain link would not carry it) and saves under the file's name. */
export async function downloadAuthorizedFile(url: string, filename: string, language: string): Promise<void> {
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
