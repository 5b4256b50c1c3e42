-- Read model: the tablero's items counted by every filter a board takes and by deadline, kept by its projector with
-- each item, so a board of a million items counts its colours from a few thousand rows (docs/tableros.md).
create table tablero_conteo (
    garante_id         varchar(64),
    sujeto_obligado_id varchar(64),
    ponente_id         varchar(64),
    a_cargo_de         varchar(24)  not null,
    clase              varchar(24)  not null,
    paso               varchar(64)  not null,
    calendarios        varchar(500) not null,
    vencimiento        date,
    suspendido         boolean      not null,
    n                  bigint       not null,
    constraint tablero_conteo_clave unique nulls not distinct (garante_id, sujeto_obligado_id, ponente_id,
        a_cargo_de, clase, paso, calendarios, vencimiento, suspendido)
);

create index tablero_conteo_garante on tablero_conteo (garante_id);
create index tablero_conteo_sujeto_obligado on tablero_conteo (sujeto_obligado_id);
create index tablero_conteo_ponente on tablero_conteo (ponente_id);

-- The items already on the board.
insert into tablero_conteo (garante_id, sujeto_obligado_id, ponente_id, a_cargo_de, clase, paso, calendarios,
                            vencimiento, suspendido, n)
select garante_id, sujeto_obligado_id, ponente_id, a_cargo_de, clase, paso, calendarios, vencimiento,
       suspendido_desde is not null, count(*)
from tablero_pendiente
where paso is not null
group by garante_id, sujeto_obligado_id, ponente_id, a_cargo_de, clase, paso, calendarios, vencimiento,
         suspendido_desde is not null;
