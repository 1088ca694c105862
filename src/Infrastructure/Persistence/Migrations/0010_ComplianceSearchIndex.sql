-- A search reads the members whose email matches as a range of this index alone (an index-only
-- scan): it carries the list order (sort_name, user_id) and the status, so neither a search page
-- nor its total visits the table for the email side.
DROP INDEX compliance_member_by_email;

CREATE INDEX compliance_member_by_email
    ON compliance_member (organization_id, sort_email) INCLUDE (sort_name, user_id, status);
