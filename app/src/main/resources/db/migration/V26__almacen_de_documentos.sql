-- The document store's index: the file itself lives outside the database, named by its SHA-256. Type and size
-- follow from the bytes, so a row never changes once written.
create table documento (
    sha256            char(64)     not null primary key,
    tipo_de_contenido varchar(255) not null,
    tamano            bigint       not null,
    registrado_en     timestamptz  not null
);
