-- Keys that sign two-step tokens, shared by every TwoStep process. The private key is
-- PKCS#8, sealed with AES-GCM under a key derived from TwoStep:CodeHashKey, so a copy of the
-- database alone cannot forge tokens. A key signs from activates_at until a newer key
-- activates, and stays published in the JWKS while tokens it signed may still be valid.
CREATE TABLE twostep_signing_keys
(
    kid text PRIMARY KEY,
    algorithm text NOT NULL,
    sealed_private_key bytea NOT NULL,
    created_at timestamptz NOT NULL,
    activates_at timestamptz NOT NULL
);

CREATE INDEX ix_twostep_signing_keys_activates_at
    ON twostep_signing_keys (activates_at);
