-- SISAI trámite: the public tracking shows which plazo runs, the answer and the recurso deadline, and a list of
-- public milestones (never a text that may carry personal data: only the step, its date and its deadlines).

alter table seguimiento_folio add column plazo_en_curso varchar(64);
alter table seguimiento_folio add column vencimiento_desahogo date;
alter table seguimiento_folio add column tipo_respuesta varchar(32);
alter table seguimiento_folio add column fecha_hora_respuesta timestamp;
alter table seguimiento_folio add column respuesta_en_tiempo boolean;
alter table seguimiento_folio add column vencimiento_recurso date;

-- One row per event of the folio that a citizen may see, keyed by the event's sequence in its aggregate.
create table seguimiento_hito (
    folio       varchar(15)   not null,
    secuencia   bigint        not null,
    fecha_hora  timestamp     not null,
    hito        varchar(64)   not null,
    descripcion text          not null,
    primary key (folio, secuencia)
);

-- The tracking read model is rebuilt from the event store with its new columns and milestones: emptied here, and
-- its processor's token removed, so the processor starts again from the first event when the platform starts.
delete from seguimiento_folio;
delete from token_entry where processor_name = 'seguimiento';
delete from dead_letter_entry where processing_group = 'seguimiento';

-- The platform's timer for plazos that run out (falta de respuesta, falta de desahogo): the running plazos already
-- live here with their deadline, kept in the transaction of the events that set or move it, so a recomputed
-- deadline reschedules its timer by itself. The timer notes here the deadline it has acted on.
alter table mando_plazo_vigente add column vencimiento_avisado date;
create index mando_plazo_vigente_hasta on mando_plazo_vigente (hasta);
