import { z } from 'zod';
import { ERROR_STATUS, type ErrorCode } from './errors.js';

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    instance: z.string(),
    requestId: z.string(),
    errors: z.array(z.object({ field: z.string(), code: z.string(), message: z.string() })).optional(),
    remainingAttempts: z.number().int().optional(),
    retryAfterSeconds: z.number().int().optional(),
  })
  .describe('RFC 9457 problem details');

/** Documents the error answers a route gives (for OpenAPI); problems are sent pre-serialised. */
export function problemSchemas<const S extends number>(...statuses: S[]): Record<S, typeof problemSchema> {
  return Object.fromEntries(statuses.map((s) => [s, problemSchema])) as Record<S, typeof problemSchema>;
}
