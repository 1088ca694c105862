-- Which credential made each change: user_token, two_step_token or provisioning_key; null for a
-- change a member's own account reported (an enrollment) and for entries written before this column.
ALTER TABLE organization_audit ADD COLUMN credential text;
