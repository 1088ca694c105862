-- The audit log of organizations: append-only, one row per change, numbered per organization
-- by the organization grain (the sequence makes a retried append a no-op).
CREATE TABLE organization_audit (
    organization_id text        NOT NULL,
    sequence        bigint      NOT NULL,
    occurred_at     timestamptz NOT NULL,
    actor_id        text        NOT NULL,
    action          text        NOT NULL,
    subject_id      text,
    detail          text,
    PRIMARY KEY (organization_id, sequence)
);

CREATE FUNCTION organization_audit_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'organization_audit is append-only';
END
$$;

CREATE TRIGGER organization_audit_no_update_or_delete
    BEFORE UPDATE OR DELETE ON organization_audit
    FOR EACH ROW EXECUTE FUNCTION organization_audit_refuse_change();

CREATE TRIGGER organization_audit_no_truncate
    BEFORE TRUNCATE ON organization_audit
    FOR EACH STATEMENT EXECUTE FUNCTION organization_audit_refuse_change();
