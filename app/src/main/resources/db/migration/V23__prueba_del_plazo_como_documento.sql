-- The proof of a plazo, day by day, becomes one JSON document on its row (written and read whole, never queried by
-- day) instead of a row per day: the plazos read model wrote about 30 rows per plazo (docs/performance.md).
alter table plazo_en_curso add column computo jsonb;
update plazo_en_curso p set computo = coalesce((
        select jsonb_agg(jsonb_build_object('fecha', d.fecha, 'contado', d.contado, 'k', d.k, 'n', d.n,
                                            'motivo', d.motivo, 'razon', d.razon) order by d.orden)
        from plazo_dia_computado d where d.expediente = p.expediente and d.paso = p.paso), '[]'::jsonb);
alter table plazo_en_curso alter column computo set not null;
drop table plazo_dia_computado;
