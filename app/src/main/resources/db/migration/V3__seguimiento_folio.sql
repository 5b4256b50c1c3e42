-- Read model: public tracking of a folio. No personal data of the solicitante, ever.
create table seguimiento_folio (
    folio                 varchar(15)  not null primary key,
    sujeto_obligado_id    varchar(64)  not null,
    sujeto_obligado       varchar(255) not null,
    garante_id            varchar(64)  not null,
    medio                 varchar(32)  not null,
    estado                varchar(32)  not null,
    fecha_hora_recepcion  timestamp    not null,
    zona_horaria          varchar(64)  not null,
    fecha_recepcion_legal date         not null,
    vencimiento_respuesta date         not null,
    fundamento_plazo      varchar(128) not null
);
