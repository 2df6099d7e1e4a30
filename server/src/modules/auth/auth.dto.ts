import { z } from 'zod';
import { safeText } from '../../common/safe-text.js';

export const LoginBody = z
  .object({
    // Trimmed after the bounds: what the document says is what the client may send.
    email: safeText({ min: 3, max: 320 }).transform((email) => email.trim()),
    password: safeText({ min: 1, max: 1024 }),
  })
  .strict();
export type LoginBody = z.infer<typeof LoginBody>;

export interface LoginResponse {
  accessToken: string;
  user: { email: string; role: string };
}
