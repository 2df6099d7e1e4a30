import { z } from 'zod';

export const LoginBody = z
  .object({
    email: z.string().trim().min(3).max(320),
    password: z.string().min(1).max(1024),
  })
  .strict();
export type LoginBody = z.infer<typeof LoginBody>;

export interface LoginResponse {
  accessToken: string;
  user: { email: string; role: string };
}
