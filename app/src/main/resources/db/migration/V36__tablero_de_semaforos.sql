-- Read model: the tablero de semáforos (Septuagésimo séptimo, Nonagésimo quinto, Centésimo trigésimo séptimo,
-- Vigésimo tercero VII). One row per open item of a procedure: a solicitud, a recurso, its cumplimiento, a SICOM
-- requerimiento or an unread comunicado, with its owners and the plazo that runs now. The colour is not stored: it
-- depends on the date asked and is computed at query time with the calendars and the garante's ranges. Its
-- processor starts from the first event.
create table tablero_pendiente (
    pendiente                 varchar(64)  not null primary key,
    clase                     varchar(24)  not null,
    expediente                varchar(32)  not null,
    detalle                   varchar(300) not null,
    -- Null while no plazo runs (awaiting a notification, a qualification, a vote's notification): not on the board.
    paso                      varchar(64),
    a_cargo_de                varchar(24),
    garante_id                varchar(64),
    sujeto_obligado_id        varchar(64),
    sujeto_obligado_nombre    varchar(300),
    unidades_administrativas  text         not null default '',
    ponente_id                varchar(64),
    -- Null with a running plazo: stopped by a suspension "hasta nuevo aviso" (suspendido_desde says since when),
    -- or an item with no deadline (an unread comunicado).
    vencimiento               date,
    suspendido_desde          date,
    fundamento                varchar(300),
    -- The calendars the plazo combines, in order, comma-separated: the governing one first.
    calendarios               varchar(500) not null,
    -- A recurso's resolution clock, which runs behind the other steps (Nonagésimo primero).
    resolver_paso             varchar(64),
    resolver_vencimiento      date,
    resolver_suspendido_desde date,
    resolver_fundamento       varchar(300),
    resolver_calendarios      varchar(500),
    sin_cumplimiento          boolean      not null default false
);

create index tablero_pendiente_garante on tablero_pendiente (garante_id, vencimiento, pendiente)
    where paso is not null;
create index tablero_pendiente_sujeto_obligado on tablero_pendiente (sujeto_obligado_id, vencimiento, pendiente)
    where paso is not null;
create index tablero_pendiente_ponente on tablero_pendiente (ponente_id, vencimiento, pendiente)
    where paso is not null;

-- Each garante's colour ranges with their history (Vigésimo tercero VII): a board asked about a date uses the
-- ranges in force on it.
create table tablero_rangos (
    garante_id     varchar(64) not null,
    vigente_desde  date        not null,
    verde_mas_de   integer     not null,
    amarillo_desde integer     not null,
    revision       bigint      not null,
    primary key (garante_id, vigente_desde)
);
