-- Notifications in a medium other than the Plataforma (Lineamientos, Cuadragésimo noveno): the bandeja shows the
-- acts each Unidad de Transparencia still has to notify. Whether the Unidad notifies comes from the presentation,
-- so the bandeja is rebuilt from the event store: emptied here, and its processor's token removed, so the processor
-- starts again from the first event when the platform starts.
alter table bandeja_solicitud add column notifica_la_unidad boolean not null default false;
-- The acts waiting to be notified, in the order they were recorded, separated by commas; empty when none.
alter table bandeja_solicitud add column por_notificar varchar(200) not null default '';

delete from bandeja_solicitud;
delete from token_entry where processor_name = 'bandeja';
delete from dead_letter_entry where processing_group = 'bandeja';
