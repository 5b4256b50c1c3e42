-- SIGEMI (recursos de revisión): the command-side lookups the Recurso aggregate reads.

-- The pleno of each organismo garante, in the order of its turno (Octogésimo), and the revision of its integration.
create table mando_pleno (
    garante_id    varchar(64) primary key,
    revision      bigint      not null,
    presidente_id varchar(64) not null
);

create table mando_comisionado (
    garante_id     varchar(64)  not null,
    posicion       integer      not null,
    comisionado_id varchar(64)  not null,
    nombre         varchar(300) not null,
    primary key (garante_id, posicion)
);

-- How each garante writes the número descriptivo (Septuagésimo cuarto); none: the platform's default.
create table mando_numeracion_recursos (
    garante_id               varchar(64) primary key,
    patron                   varchar(64) not null,
    prefijo_acceso           varchar(10) not null,
    prefijo_datos_personales varchar(10) not null
);

-- Consecutives of recursos per garante and year: unique and gapless, as the solicitudes' folios.
create table mando_folio_recurso (
    garante_id varchar(64) not null,
    anio       integer     not null,
    ultimo     bigint      not null,
    primary key (garante_id, anio)
);

-- What a recurso needs of the solicitud it challenges: whose it is, its materia, and the act that opened the
-- fifteen días to recur (a respuesta notified, or the response deadline run out), with the rule and the trigger
-- to compute them again on the calendar of the day the recurso comes.
create table mando_solicitud_recurrible (
    folio               varchar(32)  primary key,
    sujeto_obligado_id  varchar(64)  not null,
    garante_id          varchar(64)  not null,
    materia             varchar(32)  not null,
    usuario_solicitante varchar(64),
    revision            bigint       not null,
    acto                varchar(32),
    fecha_del_acto      date,
    disparo             date,
    dias                integer,
    ley                 varchar(255),
    articulo            varchar(255),
    conjunto            varchar(64),
    version             bigint
);
