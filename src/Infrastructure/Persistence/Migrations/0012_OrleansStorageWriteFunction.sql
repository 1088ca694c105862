-- Grain state writes through a PL/pgSQL function. The provider sends its query text unprepared,
-- so the statement of 0002 (two data-modifying CTEs joined by UNION ALL) was parsed and planned
-- again on every write; a function keeps the plans of its statements for the life of the pooled
-- connection, and only the one-line call is parsed. The contract is unchanged: one row with the
-- new version, or a null version when the stored version moved (or a first write finds a row),
-- which makes Orleans throw InconsistentStateException. A scalar function, not a set-returning
-- one: it skips the function scan and its tuple store on every write.
CREATE FUNCTION orleans_write_grain_state(
    p_service_id varchar,
    p_grain_type varchar,
    p_grain_type_hash integer,
    p_grain_id_hash integer,
    p_grain_id_n0 bigint,
    p_grain_id_n1 bigint,
    p_grain_id_extension varchar,
    p_payload bytea,
    p_version integer)
RETURNS integer
LANGUAGE plpgsql
AS $$
DECLARE
    new_version integer;
BEGIN
    IF p_version IS NULL THEN
        INSERT INTO orleansstorage
            (serviceid, graintypestring, graintypehash, grainidhash, grainidn0, grainidn1,
             grainidextensionstring, payloadbinary, version)
        VALUES (p_service_id, p_grain_type, p_grain_type_hash, p_grain_id_hash, p_grain_id_n0,
                p_grain_id_n1, p_grain_id_extension, p_payload, 1)
        ON CONFLICT DO NOTHING
        RETURNING orleansstorage.version INTO new_version;
    ELSE
        UPDATE orleansstorage s
        SET payloadbinary = p_payload, version = s.version + 1, modifiedon = now()
        WHERE s.version = p_version
          AND s.grainidhash = p_grain_id_hash
          AND s.graintypehash = p_grain_type_hash
          AND s.serviceid = p_service_id
          AND s.graintypestring = p_grain_type
          AND s.grainidn0 = p_grain_id_n0
          AND s.grainidn1 = p_grain_id_n1
          AND s.grainidextensionstring IS NOT DISTINCT FROM p_grain_id_extension
        RETURNING s.version INTO new_version;
    END IF;

    RETURN new_version;
END
$$;

UPDATE orleansquery SET querytext = '
SELECT orleans_write_grain_state(
    @ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdHash, @GrainIdN0, @GrainIdN1,
    @GrainIdExtensionString::varchar, @PayloadBinary, @GrainStateVersion::integer) AS "NewGrainStateVersion"
'
WHERE querykey = 'WriteToStorageKey';
