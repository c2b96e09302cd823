/**
 * The first schema: accounts, sessions, the audit log, programme definitions, the records with
 * their point geometry, the change feed that sync pulls from, and published figures.
 */
export const SCHEMA_001 = `
-- In public (a no-op where the DBA installed it already): the tables may live in another schema.
CREATE EXTENSION IF NOT EXISTS postgis SCHEMA public;

CREATE TABLE users (
  username text PRIMARY KEY,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('admin', 'planner', 'facilitator', 'health')),
  -- Assigned kelurahan codes (35.71.01.1006 form), a JSON array of text.
  kelurahan jsonb NOT NULL DEFAULT '[]',
  disabled boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Server-side sessions: the cookie holds a random token, the table only its SHA-256, so a copy of
-- the database signs nobody in.
CREATE TABLE sessions (
  token_hash text PRIMARY KEY,
  username text NOT NULL REFERENCES users(username) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  ip text
);
CREATE INDEX sessions_username ON sessions (username);

CREATE TABLE audit_log (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT now(),
  -- Who: the signed-in user, or the name a sign-in attempt gave.
  username text,
  action text NOT NULL,
  target text,
  record_id text,
  detail jsonb,
  ip text
);
-- The lockout counts recent failed sign-ins of one username.
CREATE INDEX audit_log_signin ON audit_log (username, action, at);

CREATE TABLE programs (
  id text PRIMARY KEY,
  definition jsonb NOT NULL,
  rev integer NOT NULL,
  deleted boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL
);

CREATE TABLE records (
  target text NOT NULL,
  record_id text NOT NULL,
  rev integer NOT NULL CHECK (rev >= 1),
  kode text,
  deleted boolean NOT NULL DEFAULT false,
  -- The record as the app stores it; null for a tombstone.
  data jsonb,
  geom geometry(Point, 4326),
  batch_id text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by text NOT NULL,
  PRIMARY KEY (target, record_id)
);
CREATE INDEX records_geom ON records USING gist (geom);
CREATE INDEX records_kode ON records (target, kode);

-- The change feed: one row per applied change, in commit order (pushes take a lock before they
-- draw a seq, so a reader that has seen seq n has seen every change below it).
CREATE TABLE changes (
  seq bigserial PRIMARY KEY,
  change_id text NOT NULL UNIQUE,
  target text NOT NULL,
  record_id text NOT NULL,
  rev integer NOT NULL,
  op text NOT NULL CHECK (op IN ('upsert', 'delete')),
  data jsonb,
  -- The record's kelurahan after and before the change: pull filters personal data on both.
  kode text,
  old_kode text,
  at timestamptz NOT NULL,
  by text NOT NULL,
  client_id text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX changes_target ON changes (target, seq);

CREATE TABLE published (
  id bigserial PRIMARY KEY,
  figures jsonb NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  by text NOT NULL
);

CREATE TABLE meta (
  key text PRIMARY KEY,
  value jsonb NOT NULL
);

-- Casts for the QGIS views that give null instead of failing the whole layer on one odd value.
CREATE FUNCTION jangkau_num(v text) RETURNS double precision LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN v::double precision;
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;
CREATE FUNCTION jangkau_date(v text) RETURNS date LANGUAGE plpgsql IMMUTABLE AS $$
BEGIN
  RETURN v::date;
EXCEPTION WHEN others THEN
  RETURN NULL;
END $$;
`;
