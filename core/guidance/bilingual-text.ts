// A text in both of the portal's languages, each written (or confirmed) in its own language, never one pasted in.
import * as z from 'zod';

export const bilingualTextSchema = z.object({ en: z.string(), zh: z.string() });
export type BilingualText = z.infer<typeof bilingualTextSchema>;
