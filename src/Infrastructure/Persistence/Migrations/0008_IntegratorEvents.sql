-- Events for integrators, written by the audit append in the same transaction as the change they
-- report (an outbox). position orders all events; an organization's events follow its audit order.
CREATE TABLE integrator_events (
    position        bigserial   PRIMARY KEY,
    id              uuid        NOT NULL UNIQUE,
    organization_id text        NOT NULL,
    audit_sequence  bigint      NOT NULL,
    type            text        NOT NULL,
    member_id       text,
    occurred_at     timestamptz NOT NULL,
    data            jsonb       NOT NULL,
    UNIQUE (organization_id, audit_sequence, type)
);

CREATE INDEX integrator_events_by_organization ON integrator_events (organization_id, position);

-- Webhook endpoints of an organization. The signing secret is sealed (AES-GCM under a key derived
-- from TwoStep:CodeHashKey, bound to the endpoint id); it is shown once and never stored in clear.
CREATE TABLE webhook_endpoints (
    id               uuid        PRIMARY KEY,
    organization_id  text        NOT NULL,
    url              text        NOT NULL,
    event_types      text[]      NOT NULL,
    sealed_secret    bytea       NOT NULL,
    created_at       timestamptz NOT NULL DEFAULT now(),
    disabled_at      timestamptz,
    disabled_reason  text
);

CREATE INDEX webhook_endpoints_by_organization ON webhook_endpoints (organization_id, created_at);

-- One row per (event, endpoint), created with the event. A process leases a row before it sends;
-- a lease that runs out (the process died) frees the row for another.
CREATE TABLE webhook_deliveries (
    id              uuid        PRIMARY KEY,
    endpoint_id     uuid        NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
    event_position  bigint      NOT NULL REFERENCES integrator_events (position),
    ordering_key    text        NOT NULL,
    state           text        NOT NULL DEFAULT 'pending',
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    leased_until    timestamptz,
    last_attempt_at timestamptz,
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    UNIQUE (endpoint_id, event_position)
);

CREATE INDEX webhook_deliveries_pending
    ON webhook_deliveries (next_attempt_at) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_by_key
    ON webhook_deliveries (endpoint_id, ordering_key, event_position) WHERE state = 'pending';
CREATE INDEX webhook_deliveries_by_endpoint ON webhook_deliveries (endpoint_id, event_position DESC);
