-- A running plazo's proof in words is worded when it is read (PlazoEnCurso.explicacion), from the days kept in
-- "computo": the column repeated them and was written with every plazo fixed or recomputed.
alter table plazo_en_curso drop column explicacion;
