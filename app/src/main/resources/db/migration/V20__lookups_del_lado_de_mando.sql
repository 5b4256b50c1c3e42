-- Command-side lookups: the facts a command needs from elsewhere (catalog, calendars, rule sets, running plazos,
-- folio consecutives), written by subscribing event handlers in the same transaction as the events that change
-- them. Commands read them without locking any aggregate; the constraints below enforce the set-based rules.

-- Every identifier of the catalog, whatever its kind: an organismo garante and a sujeto obligado (or a reserved
-- name such as the platform's calendar) can never share one.
create table mando_identificador (
    identificador varchar(64) not null primary key,
    tipo          varchar(32) not null
);

create table mando_organismo_garante (
    garante_id varchar(64)  not null primary key references mando_identificador (identificador),
    nombre     varchar(300) not null
);

create table mando_sujeto_obligado (
    sujeto_obligado_id varchar(64)  not null primary key references mando_identificador (identificador),
    clave              char(6)      not null,
    nombre             varchar(300) not null,
    garante_id         varchar(64)  not null references mando_organismo_garante (garante_id),
    constraint mando_sujeto_obligado_clave unique (clave)
);

-- Each calendar's current revision, and every change with its revision: a calendar can be rebuilt at any revision.
create table mando_calendario (
    calendario_id varchar(128) not null primary key,
    revision      bigint       not null
);

create table mando_calendario_cambio (
    calendario_id     varchar(128) not null references mando_calendario (calendario_id),
    revision          bigint       not null,
    tipo              varchar(40)  not null,
    titular_id        varchar(64),
    zona              varchar(64),
    fecha             date,
    suspension_id     varchar(128),
    desde             date,
    hasta             date,
    a_partir_de       date,
    motivo            varchar(500),
    acuerdo           varchar(255),
    fecha_publicacion date,
    apertura          time,
    cierre            time,
    vigente_desde     date,
    primary key (calendario_id, revision)
);

-- Each Ley Local a garante adopted, under the revision of its plazos configuration that recorded it.
create table mando_ley_local (
    garante_id    varchar(64)  not null,
    version       bigint       not null,
    clave         varchar(64)  not null,
    ley           varchar(300) not null,
    vigente_desde date         not null,
    primary key (garante_id, version)
);

create index mando_ley_local_vigencia on mando_ley_local (garante_id, vigente_desde);

create table mando_ley_local_regla (
    garante_id varchar(64)  not null,
    version    bigint       not null,
    paso       varchar(64)  not null,
    dias       integer      not null,
    articulo   varchar(255) not null,
    primary key (garante_id, version, paso),
    foreign key (garante_id, version) references mando_ley_local (garante_id, version)
);

-- Folio consecutives per sujeto obligado and year: the row is locked only by presentations to that sujeto obligado
-- in that year, until their transaction ends, so consecutives are gapless and unique, and other sujetos obligados
-- never wait.
create table mando_folio (
    clave  char(6) not null,
    anio   integer not null,
    ultimo bigint  not null,
    primary key (clave, anio)
);

-- Running plazos, one row per calendar that may govern them, so a calendar change finds the plazos it crosses by
-- an indexed date-range lookup, whatever the procedure.
create table mando_plazo_vigente (
    expediente    varchar(64)  not null,
    procedimiento varchar(32)  not null,
    paso          varchar(64)  not null,
    calendario_id varchar(128) not null,
    recepcion     date         not null,
    desde         date         not null,
    hasta         date         not null,
    primary key (calendario_id, expediente, paso)
);

create index mando_plazo_vigente_rango on mando_plazo_vigente (calendario_id, hasta, desde);
create index mando_plazo_vigente_recepcion on mando_plazo_vigente (calendario_id, recepcion);
create index mando_plazo_vigente_expediente on mando_plazo_vigente (expediente);

-- Recomputations the policy owes: written in the same transaction that handles the calendar change (so none is
-- lost in a crash), taken by workers, deleted once done; after repeated failures kept as dead letters for an admin.
create table mando_recalculo_pendiente (
    id                bigserial     not null primary key,
    expediente        varchar(64)   not null,
    procedimiento     varchar(32)   not null,
    causa             varchar(2000) not null,
    evento_causante   varchar(255)  not null,
    usuario_causante  varchar(64),
    registrado_en     timestamptz   not null,
    disponible_desde  timestamptz   not null,
    intentos          integer       not null default 0,
    ultimo_error      varchar(2000),
    fallido           boolean       not null default false
);

create index mando_recalculo_pendiente_turno on mando_recalculo_pendiente (fallido, disponible_desde, id);

-- Folios may now grow past 15 characters (no lifetime cap: a consecutive past 9,999,999 widens).
alter table seguimiento_folio alter column folio type varchar(32);

-- The platform's calendar id is reserved: no garante or sujeto obligado may take it.
insert into mando_identificador (identificador, tipo) values ('plataforma', 'RESERVADO');
