-- Accounts of the platform; passwords only as slow hashes (BCrypt).
create table usuario (
    usuario            varchar(64)  not null primary key,
    hash_contrasena    varchar(100) not null,
    rol                varchar(32)  not null,
    garante_id         varchar(64),
    sujeto_obligado_id varchar(64),
    nombre             varchar(255) not null,
    activo             boolean      not null default true
);
