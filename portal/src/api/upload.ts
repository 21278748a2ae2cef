// Sends a file to its presigned POST with XMLHttpRequest, because fetch cannot report upload progress.
import { api } from './client.ts';
import type { UploadTicket } from './types.ts';

/** Storage refused the POST (an expired link, a file over the size limit): S3 and the local gateway answer XML. */
export class StorageRefusal extends Error {
  override name = 'StorageRefusal';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const xmlField = (xml: string, name: string) =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim() ?? '';

export function postToPresignedUrl(
  ticket: Pick<UploadTicket, 'url' | 'fields'>,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<void> {
  const form = new FormData();
  for (const [name, value] of Object.entries(ticket.fields)) form.append(name, value);
  // S3 ignores every field after the file, so it must come last.
  form.append('file', file, file.name);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', ticket.url);
    request.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    });
    request.addEventListener('load', () => {
      if (request.status >= 200 && request.status < 300) {
        onProgress(1);
        resolve();
      } else {
        const xml = request.responseText;
        reject(new StorageRefusal(request.status, xmlField(xml, 'Code'), xmlField(xml, 'Message')));
      }
    });
    request.addEventListener('error', () => reject(new Error('network')));
    request.send(form);
  });
}

/** Asks `ticketPath` for a presigned POST for one attachment, sends the file there and returns its upload id. */
/** File types accepted as supporting material (query evidence, interview attachments), as the API's rules list them. */
export const SUPPORTING_FILES = '.pdf,.png,.jpg,.jpeg,.xlsx,.docx';

export async function uploadAttachment(
  ticketPath: string,
  file: File,
  onProgress: (fraction: number) => void,
): Promise<string> {
  onProgress(0);
  const ticket = await api<UploadTicket>('POST', ticketPath, {
    fileName: file.name,
    contentType: file.type,
    size: file.size,
  });
  await postToPresignedUrl(ticket, file, onProgress);
  return ticket.uploadId;
}
