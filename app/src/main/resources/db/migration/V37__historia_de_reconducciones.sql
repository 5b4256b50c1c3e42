-- Read model: every reconducción of a recurso (Septuagésimo noveno, Octogésimo primero) with who, when, from which
-- vía and número to which, why, and the ficha it generated; listed per recurso and per garante and period. Its
-- processor starts from the first event.
create table reconduccion_recurso (
    folio      varchar(32) not null primary key,
    garante_id varchar(64) not null
);

create table reconduccion (
    folio                 varchar(32)   not null,
    ordinal               integer       not null,
    garante_id            varchar(64)   not null,
    usuario               varchar(128)  not null,
    rol                   varchar(32)   not null,
    -- The legal instant as observed: local date and time in the garante's zone, with that zone and its offset.
    reconducido_en        timestamp     not null,
    zona_horaria          varchar(64)   not null,
    desfase               varchar(8)    not null,
    fecha                 date          not null,
    via_anterior          varchar(32)   not null,
    via                   varchar(32)   not null,
    numero_anterior       varchar(64)   not null,
    numero_descriptivo    varchar(64)   not null,
    motivo                text          not null,
    ficha_version         integer       not null,
    ponente_id            varchar(64),
    primary key (folio, ordinal)
);

create index reconduccion_por_garante on reconduccion (garante_id, fecha, folio, ordinal);
