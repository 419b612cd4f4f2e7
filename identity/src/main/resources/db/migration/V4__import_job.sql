-- File imports (CSV / JSON lines from legacy CRMs, call centres, review feeds): one row per file with
-- its progress, updated after every chunk so that a running import can be watched, and the first
-- errors of its bad rows (row number, column, rule; never the value, which is personal data).
create table import_job (
    id            bigserial   primary key,
    mapping       text        not null,
    source        text        not null,
    file_name     text        not null,
    format        text        not null,
    encoding      text        not null,
    origin        text        not null check (origin in ('upload', 'directory')),
    -- the hub instance running it: at start-up an instance fails or resumes its own unfinished jobs
    instance      text        not null,
    status        text        not null check (status in ('queued', 'running', 'completed', 'failed')),
    rows_read     bigint      not null default 0,
    rows_imported bigint      not null default 0,
    rows_rejected bigint      not null default 0,
    errors_kept   integer     not null default 0,
    failure       text,
    created_at    timestamptz not null default now(),
    started_at    timestamptz,
    finished_at   timestamptz,
    updated_at    timestamptz not null default now()
);
create index import_job_unfinished_idx on import_job (instance) where status in ('queued', 'running');

create table import_row_error (
    job_id     bigint not null references import_job (id) on delete cascade,
    row_number bigint not null,
    field      text   not null,
    reason     text   not null,
    primary key (job_id, row_number)
);
