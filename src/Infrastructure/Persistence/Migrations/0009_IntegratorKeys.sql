-- Organization-scoped API keys for integrators. The secret is shown once; only its SHA-256 is kept
-- (the secret is 256 random bits, so a fast hash is enough). A revoked key stays for the record.
CREATE TABLE integrator_keys (
    id              uuid        PRIMARY KEY,
    organization_id text        NOT NULL,
    name            text        NOT NULL,
    secret_hash     bytea       NOT NULL,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    revoked_at      timestamptz
);

CREATE INDEX integrator_keys_by_organization ON integrator_keys (organization_id, created_at);
