-- The read models share one pooled processor (ProcesadorDeLectura): one lot, one transaction and one token update for
-- all of them instead of one per read model.
--
-- The read models that a processor's tokens account for. A read model added later is not among them: its tables are
-- empty while the processor's tokens stand far past the events it needs, so the platform rebuilds the processor for it.
create table grupo_de_procesador (
    procesador varchar(255) not null,
    grupo      varchar(255) not null,
    primary key (procesador, grupo)
);

-- Where each read model stood when its own processor's tokens were merged into the shared one: the shared processor
-- starts from the lowest of them, and a read model does not apply again an event its own token had passed. A row goes
-- once the shared processor's tokens have passed it.
create table frontera_de_grupo (
    grupo      varchar(255) not null,
    segmento   integer      not null,
    token      bytea,
    token_type varchar(255),
    primary key (grupo, segmento)
);
