-- The NLP stage (docs/listening.md). Intake queues every new touchpoint that has text in analyse_task
-- (same statement as identify_task); the stage claims rows with FOR UPDATE SKIP LOCKED, stores the
-- analysis and the topics it matched in touchpoint_analysis, deletes the task and queues the touchpoint
-- for re-indexing, all in one transaction. Failures back off and end in dead_letter (stage 'analyse').
create table analyse_task (
    touchpoint_id bigint      primary key,
    attempts      int         not null default 0,
    last_error    text,
    not_before    timestamptz not null default now(),
    enqueued_at   timestamptz not null default now()
);

-- One row per analysed touchpoint; rewritten when the touchpoint is analysed again (re-tagging).
-- analysis is model.TextAnalysis as JSON, stored whole and read back whole (json, not jsonb).
create table touchpoint_analysis (
    touchpoint_id bigint      primary key,
    analysis      json        not null,
    topics        text[]      not null default '{}',
    analysed_at   timestamptz not null default now()
);

-- Topics created through /api/listening/topics; configured topics (hub.listening.topics) are not stored.
create table tracked_topic (
    name       text        primary key,
    kind       text        not null,
    query      text        not null,
    exclude    text[]      not null default '{}',
    updated_at timestamptz not null default now()
);

-- Touchpoints stored before this migration are analysed too.
insert into analyse_task (touchpoint_id)
select id from touchpoint where btrim(coalesce(payload ->> 'text', '')) <> '';
