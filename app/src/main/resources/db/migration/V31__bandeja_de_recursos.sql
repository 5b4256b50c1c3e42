-- Read model: the garante's board of incoming recursos (Septuagésimo séptimo) and each ponente's bandeja: the open
-- recursos with where they stand and the plazo that runs now. Its processor starts from the first event.
create table bandeja_recurso (
    folio                      varchar(32)   not null primary key,
    numero_descriptivo         varchar(128)  not null,
    garante_id                 varchar(64)   not null,
    sujeto_obligado            varchar(300)  not null,
    via                        varchar(32)   not null,
    fecha_hora_recepcion       timestamp     not null,
    zona_horaria               varchar(64)   not null,
    etapa                      varchar(32)   not null,
    litis                      varchar(64),
    ponente_id                 varchar(64),
    ponente                    varchar(300),
    plazo_en_curso             varchar(64),
    vencimiento                date,
    suspendido_desde           date,
    vencimiento_para_resolver  date,
    resolver_suspendido_desde  date,
    sin_cumplimiento           boolean       not null,
    notifica_el_garante        boolean       not null,
    por_notificar              varchar(1000) not null,
    acumulaciones_por_resolver varchar(4000) not null
);

create index bandeja_recurso_urgencia on bandeja_recurso (garante_id, vencimiento, folio);
create index bandeja_recurso_ponente on bandeja_recurso (garante_id, ponente_id, vencimiento, folio);
