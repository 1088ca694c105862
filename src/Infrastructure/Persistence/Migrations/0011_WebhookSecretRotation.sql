-- After a rotation, deliveries are signed with the new and the previous secret for a day, so a
-- receiver that has not switched to the new secret yet keeps accepting them.
ALTER TABLE webhook_endpoints
    ADD COLUMN previous_sealed_secret bytea,
    ADD COLUMN previous_secret_until timestamptz;
