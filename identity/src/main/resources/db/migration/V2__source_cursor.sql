-- Where each polled channel source stopped: a social timeline's newest id, a feed's ETag and
-- Last-Modified, an import's last row. Written after the touchpoints it covers are in the log, so a
-- restart resumes from it; anything fetched twice is skipped by the log's idempotency on its key.
create table source_cursor (
    channel    text        not null,
    source     text        not null,
    stream     text        not null,
    position   text        not null,
    updated_at timestamptz not null default now(),
    primary key (channel, source, stream)
);
