-- The proof of a plazo is written whole on every fixing and recomputation and read whole, never searched inside:
-- as jsonb PostgreSQL parsed and rebuilt each document on every write, the largest share of its CPU in a
-- recomputation or a rebuild (docs/performance.md). As json it is checked for syntax and kept as written.
alter table plazo_en_curso alter column computo type json using computo::json;
