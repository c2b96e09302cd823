export const ROLES = ['admin', 'planner', 'facilitator', 'health'] as const;
export type Role = (typeof ROLES)[number];

/** The signed-in user a request acts as, read from the database on every request. */
export interface Actor {
  username: string;
  role: Role;
  /** Assigned kelurahan codes (`35.71.01.1006`); what facilitator and health may touch. */
  kelurahan: string[];
}
