-- The folios of each particular (the account that presented a solicitud or filed a recurso), so a solicitante can
-- follow their own without typing each folio. Only accounts of people: a capture on paper has no particular.
create table folio_del_particular (
    folio              varchar(64)  not null primary key,
    clase              varchar(16)  not null,
    particular         varchar(64)  not null,
    sujeto_obligado_id varchar(64)  not null,
    recibido_local     timestamp(6) not null,
    zona               varchar(64)  not null
);
create index folio_del_particular_por_cuenta on folio_del_particular (particular, recibido_local desc, folio);
