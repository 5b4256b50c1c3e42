-- SIGEMI: the recursos as a request of acumulación reads them (Octogésimo octavo): garante, parties, reception,
-- ponente, whether still open, and the sequence of the last event that changed the row.
create table mando_recurso (
    folio              varchar(32)  primary key,
    garante_id         varchar(64)  not null,
    sujeto_obligado_id varchar(64)  not null,
    usuario_recurrente varchar(64),
    recibido           timestamptz  not null,
    consecutivo        bigint       not null,
    ponente_id         varchar(64),
    abierto            boolean      not null,
    revision           bigint       not null
);
