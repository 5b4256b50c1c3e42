-- Plazos record every calendar combined with its revision, not a sum of revisions; and no read-model column is
-- shorter than what the command side accepts (docs/limites.md).
alter table plazo_en_curso drop column revision_calendario;
alter table plazo_en_curso add column calendarios varchar(1000) not null default '';
alter table plazo_en_curso alter column calendarios drop default;
alter table plazo_en_curso alter column explicacion type text;

alter table recalculo_de_plazo drop column revision_calendario;
alter table recalculo_de_plazo add column calendarios varchar(1000) not null default '';
alter table recalculo_de_plazo alter column calendarios drop default;

-- The reason of a día inhábil or suspension is accepted up to 500 characters.
alter table calendario_cambio alter column motivo type varchar(500);
alter table calendario_cambio add column a_partir_de date;
