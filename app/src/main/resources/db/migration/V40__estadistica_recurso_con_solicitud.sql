-- The solicitud a recurso challenges, kept with the recurso so that the solicitud's tipo reaches it whichever of
-- the two events the statistics projector handles first: they belong to different aggregates, so to different
-- segments, which a rebuild replays each at its own pace. Rows from before this column get it at the next rebuild.
alter table estadistica_recurso add column solicitud varchar(32);

create index estadistica_recurso_solicitud on estadistica_recurso (solicitud);
