-- Large grain states (an organization of 100,000 members is a JSON document of about 25 MB) are
-- compressed on every write; lz4 does that several times faster than PostgreSQL's default pglz,
-- for a slightly larger row. A server built without lz4 keeps pglz: the change is an optimization,
-- never a reason for a migration to fail. Rows written before keep their compression until rewritten.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE orleansstorage ALTER COLUMN payloadbinary SET COMPRESSION lz4';
EXCEPTION
    WHEN feature_not_supported OR syntax_error OR invalid_parameter_value THEN
        RAISE NOTICE 'lz4 is not available on this server; grain states stay compressed with pglz';
END
$$;
