-- Who recorded each calendar change, and its event: a catch-up recomputation (a plazo found behind its calendar)
-- names them as its cause, as the recomputation the change itself queued does. Rows from before stay null until the
-- command-side lookups are rebuilt; a catch-up over them names the platform.
alter table mando_calendario_cambio
    add column evento_id    varchar(255),
    add column usuario      varchar(255),
    add column registrado_en timestamptz;
