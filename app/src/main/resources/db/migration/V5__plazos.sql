-- Read model: the running plazos of each procedure with the proof of their deadlines, and their recalculations.
create table plazo_en_curso (
    expediente          varchar(64)    not null,
    paso                varchar(64)    not null,
    disparo             date           not null,
    inicio              date           not null,
    vencimiento         date           not null,
    dias                integer        not null,
    conjunto_de_reglas  varchar(64)    not null,
    fundamento          varchar(128)   not null,
    calendario_id       varchar(128)   not null,
    revision_calendario bigint         not null,
    explicacion         varchar(20000) not null,
    primary key (expediente, paso)
);

create table plazo_dia_computado (
    expediente varchar(64)   not null,
    paso       varchar(64)   not null,
    orden      integer       not null,
    fecha      date          not null,
    contado    boolean       not null,
    k          integer,
    n          integer,
    motivo     varchar(32),
    razon      varchar(1000),
    primary key (expediente, paso, orden),
    foreign key (expediente, paso) references plazo_en_curso (expediente, paso) on delete cascade
);

create table recalculo_de_plazo (
    evento_id            varchar(255)  not null primary key,
    expediente           varchar(64)   not null,
    paso                 varchar(64)   not null,
    vencimiento_anterior date          not null,
    vencimiento_nuevo    date          not null,
    revision_calendario  bigint        not null,
    causa                varchar(2000) not null,
    registrado_en        timestamptz   not null
);

create index idx_recalculo_expediente on recalculo_de_plazo (expediente);
