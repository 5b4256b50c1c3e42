-- A recurso's tipo is its solicitud's: kept as the solicitud's folio and joined when queried, never copied at
-- projection time. The copy read estadistica_solicitud while handling RecursoInterpuesto; the two events belong to
-- different aggregates, hence to different segments, and a rebuild replays those concurrently, so the copy came out
-- with or without the tipo from one rebuild to the next. Rows from before this column get it at the next rebuild.
alter table estadistica_recurso add column solicitud varchar(32);
alter table estadistica_recurso drop column tipo;

create index estadistica_recurso_solicitud on estadistica_recurso (solicitud);
