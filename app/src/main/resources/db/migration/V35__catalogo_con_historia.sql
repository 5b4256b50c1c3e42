-- The catalog kept current by its owners (Centésimo vigésimo octavo): a sujeto obligado may leave it.
alter table mando_sujeto_obligado add column activo boolean not null default true;

-- Read model: the catalog of sujetos obligados and organismos garantes as the SICOM's form shows it, with each
-- entry's history of names and bajas. Its processor starts from the first event.
create table catalogo_entrada (
    -- "SUJETO_OBLIGADO:so-salud", "ORGANISMO_GARANTE:federal"
    clave_entrada varchar(100) not null primary key,
    tipo        varchar(32)  not null,
    id          varchar(64)  not null,
    nombre      varchar(300) not null,
    clave       varchar(6),
    garante_id  varchar(64),
    activo      boolean      not null,
    revision    bigint       not null,
    historia    jsonb        not null
);

create index catalogo_entrada_nombre on catalogo_entrada (tipo, activo, nombre);
