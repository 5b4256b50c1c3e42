-- Events a streaming processor gave up waiting for (an abandoned gap in its token) and that were committed later:
-- its read model never applied them. Written by VigiaDeHuecos; a rebuild of the read model clears its rows.
create table evento_omitido (
    procesador           varchar(255) not null,
    segmento             integer      not null,
    global_index         bigint       not null,
    aggregate_identifier varchar(255) not null,
    payload_type         varchar(255) not null,
    detectado_en         timestamptz  not null,
    primary key (procesador, segmento, global_index)
);
