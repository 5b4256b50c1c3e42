-- Consecutive part of the SISAI folios (Lineamientos, Cuadragésimo noveno: one unique folio per solicitud).
create sequence folio_solicitud_seq start with 1 increment by 1 maxvalue 9999999 no cycle;
