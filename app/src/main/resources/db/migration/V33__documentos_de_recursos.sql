-- The documents of a recurso are its parties' too (AccesoADocumentos): its folio de identificación
-- (RR-FEDERAL-2026-000001) is longer than a solicitud's fifteen digits.
alter table mando_expediente_documental alter column folio type varchar(32);
alter table mando_documento_del_expediente alter column folio type varchar(32);
