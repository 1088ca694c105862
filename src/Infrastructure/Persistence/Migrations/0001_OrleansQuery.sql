-- The Orleans ADO.NET providers read their SQL from this table at start-up
-- (ORLEANS-ADONET.md). Their query is unquoted, so the name is lower case.
CREATE TABLE orleansquery
(
    querykey varchar(64) NOT NULL,
    querytext text NOT NULL,
    CONSTRAINT pk_orleansquery PRIMARY KEY (querykey)
);
