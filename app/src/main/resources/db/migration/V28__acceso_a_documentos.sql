-- Who may download a document of the store: the parties of every expediente whose actuaciones carry it, and
-- whoever uploaded it. Written by a command-side lookup in the transaction of the events (and rebuilt from the
-- event store on the first start after this upgrade, see ReconstruccionDeLookups).

-- The parties of each solicitud: its sujeto obligado, its garante and, when presented through the Plataforma, the
-- account that presented it.
create table mando_expediente_documental (
    folio               varchar(15)  not null primary key,
    sujeto_obligado_id  varchar(64)  not null,
    garante_id          varchar(64)  not null,
    usuario_solicitante varchar(128)
);

-- Each document an actuación of an expediente carries (anexos of a respuesta, the proof of a notification).
create table mando_documento_del_expediente (
    sha256 char(64)    not null,
    folio  varchar(15) not null,
    primary key (sha256, folio)
);

-- Each account that uploaded the same bytes (the store keeps one copy of them).
create table documento_subido (
    sha256  char(64)     not null,
    usuario varchar(128) not null,
    primary key (sha256, usuario)
);
