-- Read model: the bandeja of each Unidad de Transparencia, its open solicitudes with the running plazo. Its
-- processor starts from the first event, so existing solicitudes appear on the first start after the upgrade.
create table bandeja_solicitud (
    folio                   varchar(15)  not null primary key,
    sujeto_obligado_id      varchar(64)  not null,
    tipo                    varchar(32)  not null,
    medio_de_entrada        varchar(64),
    fecha_hora_recepcion    timestamp    not null,
    zona_horaria            varchar(64)  not null,
    estado                  varchar(32)  not null,
    plazo_en_curso          varchar(64)  not null,
    vencimiento             date,
    suspendido_desde        date,
    turnada                 boolean      not null,
    ampliada                boolean      not null,
    requerimiento_formulado boolean      not null
);

create index bandeja_solicitud_urgencia on bandeja_solicitud (sujeto_obligado_id, vencimiento, folio);
