-- Cluster membership. The version row of a deployment moves on every change of a member,
-- and a change only lands when the caller saw the current version.
CREATE TABLE orleansmembershipversiontable
(
    deploymentid varchar(150) NOT NULL,
    modifiedon timestamptz NOT NULL DEFAULT now(),
    version integer NOT NULL DEFAULT 0,
    CONSTRAINT pk_orleansmembershipversiontable PRIMARY KEY (deploymentid)
);

CREATE TABLE orleansmembershiptable
(
    deploymentid varchar(150) NOT NULL,
    address varchar(45) NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    siloname varchar(150) NOT NULL,
    hostname varchar(150) NOT NULL,
    status integer NOT NULL,
    proxyport integer NOT NULL DEFAULT 0,
    suspecttimes text,
    starttime timestamptz NOT NULL,
    iamalivetime timestamptz NOT NULL,
    CONSTRAINT pk_orleansmembershiptable PRIMARY KEY (deploymentid, address, port, generation),
    CONSTRAINT fk_orleansmembershiptable_version FOREIGN KEY (deploymentid)
        REFERENCES orleansmembershipversiontable (deploymentid)
);

INSERT INTO orleansquery (querykey, querytext) VALUES
('InsertMembershipVersionKey', '
WITH inserted AS (
    INSERT INTO orleansmembershipversiontable (deploymentid)
    VALUES (@DeploymentId)
    ON CONFLICT DO NOTHING
    RETURNING 1
)
SELECT count(*)::integer AS "Inserted" FROM inserted
'),
('InsertMembershipKey', '
WITH bumped AS (
    UPDATE orleansmembershipversiontable v
    SET version = v.version + 1, modifiedon = now()
    WHERE v.deploymentid = @DeploymentId
      AND v.version = @Version
      AND NOT EXISTS (
          SELECT 1 FROM orleansmembershiptable m
          WHERE m.deploymentid = @DeploymentId
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
    RETURNING v.deploymentid
),
inserted AS (
    INSERT INTO orleansmembershiptable
        (deploymentid, address, port, generation, siloname, hostname, status, proxyport,
         starttime, iamalivetime)
    SELECT b.deploymentid, @Address, @Port, @Generation, @SiloName, @HostName, @Status,
           coalesce(@ProxyPort::integer, 0), @StartTime, @IAmAliveTime
    FROM bumped b
    RETURNING 1
)
SELECT count(*)::integer AS "Inserted" FROM inserted
'),
('UpdateMembershipKey', '
WITH bumped AS (
    UPDATE orleansmembershipversiontable v
    SET version = v.version + 1, modifiedon = now()
    WHERE v.deploymentid = @DeploymentId
      AND v.version = @Version
      AND EXISTS (
          SELECT 1 FROM orleansmembershiptable m
          WHERE m.deploymentid = @DeploymentId
            AND m.address = @Address AND m.port = @Port AND m.generation = @Generation)
    RETURNING v.deploymentid
),
updated AS (
    UPDATE orleansmembershiptable m
    SET status = @Status, suspecttimes = @SuspectTimes::text, iamalivetime = @IAmAliveTime
    FROM bumped b
    WHERE m.deploymentid = b.deploymentid
      AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
    RETURNING 1
)
SELECT count(*)::integer AS "Updated" FROM updated
'),
('UpdateIAmAlivetimeKey', '
UPDATE orleansmembershiptable
SET iamalivetime = @IAmAliveTime
WHERE deploymentid = @DeploymentId
  AND address = @Address AND port = @Port AND generation = @Generation
'),
('MembershipReadRowKey', '
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port",
       m.generation AS "Generation", m.siloname AS "SiloName", m.hostname AS "HostName",
       m.status AS "Status", m.proxyport AS "ProxyPort", m.suspecttimes AS "SuspectTimes",
       m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime", v.version AS "Version"
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m
    ON m.deploymentid = v.deploymentid
   AND m.address = @Address AND m.port = @Port AND m.generation = @Generation
WHERE v.deploymentid = @DeploymentId
'),
('MembershipReadAllKey', '
SELECT v.deploymentid AS "DeploymentId", m.address AS "Address", m.port AS "Port",
       m.generation AS "Generation", m.siloname AS "SiloName", m.hostname AS "HostName",
       m.status AS "Status", m.proxyport AS "ProxyPort", m.suspecttimes AS "SuspectTimes",
       m.starttime AS "StartTime", m.iamalivetime AS "IAmAliveTime", v.version AS "Version"
FROM orleansmembershipversiontable v
LEFT JOIN orleansmembershiptable m ON m.deploymentid = v.deploymentid
WHERE v.deploymentid = @DeploymentId
'),
('GatewaysQueryKey', '
SELECT m.address AS "Address", m.proxyport AS "ProxyPort", m.generation AS "Generation"
FROM orleansmembershiptable m
WHERE m.deploymentid = @DeploymentId
  AND m.status = @Status
  AND m.proxyport > 0
'),
('DeleteMembershipTableEntriesKey', '
WITH members AS (
    DELETE FROM orleansmembershiptable WHERE deploymentid = @DeploymentId
)
DELETE FROM orleansmembershipversiontable WHERE deploymentid = @DeploymentId
'),
('CleanupDefunctSiloEntriesKey', '
DELETE FROM orleansmembershiptable
WHERE deploymentid = @DeploymentId
  AND iamalivetime < @IAmAliveTime
  AND status <> 3
');
