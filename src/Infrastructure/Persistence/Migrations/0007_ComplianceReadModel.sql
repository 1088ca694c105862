-- The compliance read model: one row per organization and member, kept in step with the
-- organization grains by ComplianceProjection in the transaction that appends each audit entry.
-- Sort and search keys are lower-cased copies in the "C" collation, so one btree serves the
-- keyset order (sort_name, user_id) and a LIKE 'prefix%' search alike.
CREATE TABLE compliance_member (
    organization_id text        NOT NULL,
    user_id         text        COLLATE "C" NOT NULL,
    name            text,
    email           text,
    roles           smallint    NOT NULL,
    status          smallint    NOT NULL,
    enrolled_at     timestamptz,
    joined_at       timestamptz NOT NULL,
    masked_phone    text,
    sort_name       text        COLLATE "C" GENERATED ALWAYS AS (lower(coalesce(name, ''))) STORED,
    sort_email      text        COLLATE "C" GENERATED ALWAYS AS (lower(coalesce(email, ''))) STORED,
    PRIMARY KEY (organization_id, user_id)
);

CREATE INDEX compliance_member_by_name
    ON compliance_member (organization_id, sort_name, user_id);

CREATE INDEX compliance_member_by_status_and_name
    ON compliance_member (organization_id, status, sort_name, user_id);

CREATE INDEX compliance_member_by_email
    ON compliance_member (organization_id, sort_email, user_id);

-- Counts per organization, changed in the same statements' transaction as the rows, so reading
-- them costs one row whatever the organization's size.
CREATE TABLE compliance_counts (
    organization_id text    PRIMARY KEY,
    member_count    integer NOT NULL DEFAULT 0,
    enrolled        integer NOT NULL DEFAULT 0,
    not_enrolled    integer NOT NULL DEFAULT 0,
    sso_managed     integer NOT NULL DEFAULT 0
);
