/** JSON schemas shared by several routes (Fastify validates with them and documents them). */
import { ROLES } from '../auth/roles.ts';

const KODE_PATTERN = '^35\\.71\\.[0-9]{2}\\.[0-9]{4}$';
export const USERNAME_PATTERN = '^[a-z][a-z0-9_.-]{2,31}$';

export const KELURAHAN_LIST = {
  type: 'array',
  maxItems: 46,
  uniqueItems: true,
  items: { type: 'string', pattern: KODE_PATTERN },
} as const;

export const USER_SCHEMA = {
  type: 'object',
  required: ['username', 'role', 'kelurahan'],
  properties: {
    username: { type: 'string' },
    role: { type: 'string', enum: ROLES },
    kelurahan: { type: 'array', items: { type: 'string' } },
    disabled: { type: 'boolean' },
  },
} as const;

/** Long enough to resist guessing behind the lockout; a passphrase is welcome. */
export const PASSWORD = { type: 'string', minLength: 10, maxLength: 200 } as const;
