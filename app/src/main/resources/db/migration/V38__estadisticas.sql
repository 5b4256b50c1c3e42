-- Read model: the facts the statistics count, one row per procedure, each fact with its date, so that any period,
-- grouping and cut-off date is a query (open data: no personal data here). Its processor starts from the first event.
create table estadistica_solicitud (
    folio                        varchar(32)  not null primary key,
    garante_id                   varchar(64)  not null,
    sujeto_obligado_id           varchar(64)  not null,
    tipo                         varchar(40)  not null,
    -- The legal reception date (Cuadragésimo noveno).
    recibida                     date         not null,
    -- The días hábiles the response plazo counts, in order, comma-separated (from its recorded computo).
    dias_contados                text         not null default '',
    requerida                    date,
    dias_antes_del_requerimiento integer,
    ampliada                     date,
    respondida                   date,
    tipo_de_respuesta            varchar(40),
    en_tiempo                    boolean,
    dias_para_responder          integer,
    incompetencia                boolean      not null default false
);

create index estadistica_solicitud_garante on estadistica_solicitud (garante_id, recibida);

create table estadistica_recurso (
    folio              varchar(32) not null primary key,
    garante_id         varchar(64) not null,
    sujeto_obligado_id varchar(64) not null,
    -- The tipo of the solicitud it challenges; null when it names none on the platform.
    tipo               varchar(40),
    interpuesto        date        not null,
    litis              varchar(40),
    litis_fijada       date,
    sentido            varchar(16),
    resuelto           date,
    calificado         date,
    cumplio            boolean
);

create index estadistica_recurso_garante on estadistica_recurso (garante_id, interpuesto);

create table estadistica_comunicado (
    folio              varchar(32) not null primary key,
    garante_id         varchar(64),
    sujeto_obligado_id varchar(64),
    -- The local date of the envío in the remitente's zone, and both instants.
    enviado            date        not null,
    enviado_en         timestamptz not null,
    leido_en           timestamptz,
    leido              date
);
