-- A suspension "hasta nuevo aviso" has no last day, and a plazo it stops has no deadline (nor a legal reception
-- date, when it holds the reception itself) until it is lifted: those columns accept null, and the date the plazo
-- stopped is kept beside them.
alter table plazo_en_curso alter column inicio drop not null;
alter table plazo_en_curso alter column vencimiento drop not null;
alter table plazo_en_curso add column suspendido_desde date;

alter table recalculo_de_plazo alter column vencimiento_anterior drop not null;
alter table recalculo_de_plazo alter column vencimiento_nuevo drop not null;

alter table seguimiento_folio alter column fecha_recepcion_legal drop not null;
alter table seguimiento_folio alter column vencimiento_respuesta drop not null;
alter table seguimiento_folio add column plazo_suspendido_desde date;
