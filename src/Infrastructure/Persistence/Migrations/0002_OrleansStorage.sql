-- Grain state. One row per grain; "version" is the ETag that guards against two
-- activations of one grain writing over each other.
CREATE TABLE orleansstorage
(
    serviceid varchar(150) NOT NULL,
    graintypestring varchar(512) NOT NULL,
    graintypehash integer NOT NULL,
    grainidhash integer NOT NULL,
    grainidn0 bigint NOT NULL,
    grainidn1 bigint NOT NULL,
    grainidextensionstring varchar(512),
    payloadbinary bytea,
    version integer NOT NULL,
    modifiedon timestamptz NOT NULL DEFAULT now()
);

-- NULLS NOT DISTINCT: grains with integer or Guid keys have no extension string, and
-- two such rows for one grain must still collide.
CREATE UNIQUE INDEX ux_orleansstorage_grain
    ON orleansstorage (serviceid, graintypestring, grainidn0, grainidn1, grainidextensionstring)
    NULLS NOT DISTINCT;

CREATE INDEX ix_orleansstorage_hashes
    ON orleansstorage (grainidhash, graintypehash);

INSERT INTO orleansquery (querykey, querytext) VALUES
('ReadFromStorageKey', '
SELECT s.payloadbinary AS "PayloadBinary", s.version AS "Version"
FROM orleansstorage s
WHERE s.grainidhash = @GrainIdHash
  AND s.graintypehash = @GrainTypeHash
  AND s.serviceid = @ServiceId
  AND s.graintypestring = @GrainTypeString
  AND s.grainidn0 = @GrainIdN0
  AND s.grainidn1 = @GrainIdN1
  AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
'),
('WriteToStorageKey', '
WITH updated AS (
    UPDATE orleansstorage s
    SET payloadbinary = @PayloadBinary, version = s.version + 1, modifiedon = now()
    WHERE @GrainStateVersion::integer IS NOT NULL
      AND s.version = @GrainStateVersion::integer
      AND s.grainidhash = @GrainIdHash
      AND s.graintypehash = @GrainTypeHash
      AND s.serviceid = @ServiceId
      AND s.graintypestring = @GrainTypeString
      AND s.grainidn0 = @GrainIdN0
      AND s.grainidn1 = @GrainIdN1
      AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
    RETURNING s.version
),
inserted AS (
    INSERT INTO orleansstorage
        (serviceid, graintypestring, graintypehash, grainidhash, grainidn0, grainidn1,
         grainidextensionstring, payloadbinary, version)
    SELECT @ServiceId, @GrainTypeString, @GrainTypeHash, @GrainIdHash, @GrainIdN0, @GrainIdN1,
           @GrainIdExtensionString::varchar, @PayloadBinary, 1
    WHERE @GrainStateVersion::integer IS NULL
    ON CONFLICT DO NOTHING
    RETURNING version
)
SELECT version AS "NewGrainStateVersion" FROM updated
UNION ALL
SELECT version FROM inserted
'),
('ClearStorageKey', '
UPDATE orleansstorage s
SET payloadbinary = NULL, version = s.version + 1, modifiedon = now()
WHERE @GrainStateVersion::integer IS NOT NULL
  AND s.version = @GrainStateVersion::integer
  AND s.grainidhash = @GrainIdHash
  AND s.graintypehash = @GrainTypeHash
  AND s.serviceid = @ServiceId
  AND s.graintypestring = @GrainTypeString
  AND s.grainidn0 = @GrainIdN0
  AND s.grainidn1 = @GrainIdN1
  AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
RETURNING s.version AS "NewGrainStateVersion"
'),
('DeleteStorageKey', '
DELETE FROM orleansstorage s
WHERE @GrainStateVersion::integer IS NOT NULL
  AND s.version = @GrainStateVersion::integer
  AND s.grainidhash = @GrainIdHash
  AND s.graintypehash = @GrainTypeHash
  AND s.serviceid = @ServiceId
  AND s.graintypestring = @GrainTypeString
  AND s.grainidn0 = @GrainIdN0
  AND s.grainidn1 = @GrainIdN1
  AND s.grainidextensionstring IS NOT DISTINCT FROM @GrainIdExtensionString::varchar
RETURNING s.version + 1 AS "NewGrainStateVersion"
');
