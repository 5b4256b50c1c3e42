-- Axon's dead-letter queue for event processors: an event a projector could not handle waits here, with its
-- cause, instead of blocking the rest of its sequence. Serialized columns are bytea (see V1).
create table dead_letter_entry (
    dead_letter_id       varchar(255)  not null primary key,
    processing_group     varchar(255)  not null,
    sequence_identifier  varchar(255)  not null,
    sequence_index       bigint        not null,
    message_type         varchar(255)  not null,
    event_identifier     varchar(255)  not null,
    time_stamp           varchar(255)  not null,
    payload_type         varchar(255)  not null,
    payload_revision     varchar(255),
    payload              bytea         not null,
    meta_data            bytea,
    type                 varchar(255),
    aggregate_identifier varchar(255),
    sequence_number      bigint,
    token_type           varchar(255),
    token                bytea,
    enqueued_at          timestamptz   not null,
    last_touched         timestamptz,
    processing_started   timestamptz,
    cause_type           varchar(1023),
    cause_message        varchar(1023),
    diagnostics          bytea,
    constraint uk_dead_letter_sequence unique (processing_group, sequence_identifier, sequence_index)
);

create index idx_dead_letter_group on dead_letter_entry (processing_group);
create index idx_dead_letter_group_sequence on dead_letter_entry (processing_group, sequence_identifier);
