-- SICOM (Lineamientos, Título Quinto): comunicados and actuaciones between garantes and sujetos obligados.

-- The folio consecutivo of each year (Centésimo vigésimo séptimo, fracción II), incremented in the envío's own
-- transaction: unique and gapless.
create table mando_folio_comunicado (
    anio   integer not null primary key,
    ultimo bigint  not null
);

-- The actuaciones another envío reads (command side): the requerimientos an answer attends, and the notifications
-- the SIGEMI sent, at most one per acuerdo of a recurso.
create table mando_actuacion_sicom (
    folio              varchar(32)  not null primary key,
    tipo               varchar(64)  not null,
    garante_id         varchar(64),
    sujeto_obligado_id varchar(64),
    recurso            varchar(32),
    acuerdo_notificado varchar(64),
    fecha_limite       date
);

create unique index mando_actuacion_sicom_notificacion on mando_actuacion_sicom (recurso, acuerdo_notificado)
    where acuerdo_notificado is not null;

-- Read model: every comunicado and actuación with its reading, acuse and answers; the four bandejas (Centésimo
-- vigésimo quinto) are views of it by party and clase. Its processor starts from the first event.
create table sicom_comunicado (
    folio               varchar(32)   not null primary key,
    numero_transaccion  varchar(64)   not null,
    consecutivo         bigint        not null,
    clase               varchar(16)   not null,
    tipo                varchar(64),
    remitente_tipo      varchar(32)   not null,
    remitente_id        varchar(64),
    remitente_nombre    varchar(300)  not null,
    remitente_otros     boolean       not null,
    destinatario_tipo   varchar(32)   not null,
    destinatario_id     varchar(64),
    destinatario_nombre varchar(300)  not null,
    destinatario_otros  boolean       not null,
    asunto              text          not null,
    adjuntos            jsonb         not null,
    recurso             varchar(32),
    acuerdo_notificado  varchar(64),
    fecha_limite        date,
    en_atencion_de      varchar(32),
    enviado_en          timestamp     not null,
    enviado_zona        varchar(64)   not null,
    enviado_desfase     varchar(16)   not null,
    enviado_instante    timestamptz   not null,
    leido_en            timestamp,
    leido_zona          varchar(64),
    leido_desfase       varchar(16),
    lector              varchar(128),
    leyenda             text,
    respuestas          jsonb         not null
);

create index sicom_comunicado_recepcion on sicom_comunicado (destinatario_tipo, destinatario_id, clase,
    enviado_instante desc, folio desc);
create index sicom_comunicado_envio on sicom_comunicado (remitente_tipo, remitente_id, clase, enviado_instante desc,
    folio desc);
create index sicom_comunicado_recurso on sicom_comunicado (recurso, enviado_instante);
