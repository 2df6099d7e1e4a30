import type { Request } from 'express';

/**
 * The raw body, or null when it exceeds `limit`. The rest is drained (so the client reads the
 * 413) up to `abortAt`, past which the connection is cut.
 */
export async function readRawBody(req: Request, limit: number, abortAt = 4 * limit): Promise<Buffer | null> {
  if (Buffer.isBuffer(req.body)) return req.body.length > limit ? null : req.body;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > abortAt) {
      req.destroy();
      return null;
    }
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks);
}
