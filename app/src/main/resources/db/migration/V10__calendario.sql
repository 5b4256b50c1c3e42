-- Read model: official calendars and every change to them, so a calendar can be shown as it stood on a date.
create table calendario_registrado (
    calendario_id  varchar(128) not null primary key,
    titular_id     varchar(128) not null,
    zona           varchar(64)  not null,
    apertura       time         not null,
    cierre         time         not null,
    abierto_en     timestamp(6) with time zone not null,
    fecha_apertura date         not null,
    revision       bigint       not null
);

create table calendario_cambio (
    id                varchar(160) not null primary key,
    calendario_id     varchar(128) not null,
    revision          bigint       not null,
    tipo              varchar(32)  not null,
    registrado_en     timestamp(6) with time zone not null,
    fecha_registro    date         not null,
    fecha             date,
    suspension_id     varchar(128),
    desde             date,
    hasta             date,
    motivo            varchar(255),
    acuerdo           varchar(255) not null,
    fecha_publicacion date         not null,
    apertura          time,
    cierre            time,
    vigente_desde     date,
    descripcion       varchar(1000) not null,
    constraint calendario_cambio_revision unique (calendario_id, revision)
);

create index calendario_cambio_por_fecha on calendario_cambio (calendario_id, fecha_registro, revision);
