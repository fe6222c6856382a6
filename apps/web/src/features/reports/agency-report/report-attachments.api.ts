import { downloadAuthorizedFile, FileRequestError, uploadFile } from '../../../app/ui/authorized-file';

export interface UploadedAttachment {
  id: string;
  filename: string;
  size: number;
}

/** What the files endpoint answers on failure (shared with the other file endpoints). */
export { FileRequestError as AttachmentError };

/** Files go over plain HTTP: the GraphQL request body is limited to 100 KB. */
export async function uploadAttachment(
  reportId: string,
  file: File,
  language: string,
): Promise<UploadedAttachment> {
  return (await uploadFile(`/files/report-attachments/${reportId}`, file, language)) as UploadedAttachment;
}

/** Downloads with the session's token (a plain link would not carry it) and saves under the file's name. */
export function downloadAttachment(url: string, filename: string, language: string): Promise<void> {
  return downloadAuthorizedFile(url, filename, language);
}
