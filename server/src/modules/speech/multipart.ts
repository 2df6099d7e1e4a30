export interface UploadedPart {
  name: string;
  filename?: string;
  contentType?: string;
  data: Buffer;
}

/** Parses a buffered multipart/form-data body (bounded by the caller's size limit). */
export function parseMultipart(body: Buffer, contentType: string): UploadedPart[] | null {
  const match = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  if (!match) return null;
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
  const parts: UploadedPart[] = [];
  let start = body.indexOf(delimiter);
  while (start !== -1) {
    const next = body.indexOf(delimiter, start + delimiter.length);
    if (next === -1) break;
    const part = body.subarray(
      start + delimiter.length + 2,
      Math.max(start + delimiter.length + 2, next - 2),
    );
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd !== -1) {
      const headers = part.subarray(0, headerEnd).toString('utf8');
      const disposition = /content-disposition:[^\r\n]*/i.exec(headers)?.[0] ?? '';
      parts.push({
        name: /\bname="([^"]*)"/i.exec(disposition)?.[1] ?? '',
        filename: /\bfilename="([^"]*)"/i.exec(disposition)?.[1],
        contentType: /content-type:\s*([^\r\n]+)/i.exec(headers)?.[1]?.trim(),
        data: part.subarray(headerEnd + 4),
      });
    }
    start = next;
  }
  return parts;
}
