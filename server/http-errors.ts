import type { FastifyReply } from 'fastify';

/** The contract's error codes (api-contract-12.md): `{ "error": code, "message": text }`. */
export type ErrorCode =
  | 'invalid'
  | 'unauthenticated'
  | 'credentials'
  | 'forbidden'
  | 'csrf'
  | 'not_found'
  | 'conflict'
  | 'too_large'
  | 'rate_limit'
  | 'locked'
  | 'internal';

export function sendError(
  reply: FastifyReply,
  status: number,
  error: ErrorCode,
  message: string,
): FastifyReply {
  return reply.code(status).send({ error, message });
}

/** The JSON schema of an error answer, for the OpenAPI document. */
export const ERROR_SCHEMA = {
  type: 'object',
  required: ['error', 'message'],
  properties: { error: { type: 'string' }, message: { type: 'string' } },
} as const;
