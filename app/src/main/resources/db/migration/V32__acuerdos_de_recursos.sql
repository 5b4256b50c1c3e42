-- Read model: the acuerdos of each recurso as documents (Octogésimo cuarto; Nonagésimo cuarto), one row per acuerdo
-- adopted, with its versions and signatures; and whose each recurso is, to decide who reads them. Its processor
-- starts from the first event.
create table acuerdo_de_recurso (
    id                varchar(200) not null primary key,
    folio             varchar(32)  not null,
    acuerdo           varchar(64)  not null,
    acordado_en       timestamp    not null,
    zona_horaria      varchar(64)  not null,
    -- The instant as recorded: with the version and its SHA-256, what a signature covers (the cadena original).
    acordado_instante timestamptz  not null,
    version           integer      not null,
    estado            varchar(16)  not null,
    plantilla         varchar(128),
    texto             text,
    documento         jsonb,
    sha256            varchar(64)  not null,
    emitido_en        timestamp,
    suscrito_en       timestamp,
    versiones         jsonb        not null,
    firmas            jsonb        not null
);

create index acuerdo_de_recurso_folio on acuerdo_de_recurso (folio, acordado_en, acuerdo);

create table recurso_con_acuerdos (
    folio               varchar(32)  not null primary key,
    numero_descriptivo  varchar(128) not null,
    garante_id          varchar(64)  not null,
    sujeto_obligado_id  varchar(64)  not null,
    sujeto_obligado     varchar(300) not null,
    usuario_recurrente  varchar(255)
);
