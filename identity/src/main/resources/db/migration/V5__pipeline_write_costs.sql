-- Cheaper writes on the pipeline's hot path, measured with bench/ingest.sh and pg_stat_statements.

-- Foreign keys whose check runs once per row of every intake or identity batch (some 1.8 checks per
-- touchpoint, ~10% of PostgreSQL's time), and which never catch anything: each row is written by the
-- statement or transaction that inserted, or locked, the row it points to (an identify task with its
-- touchpoint; an assignment and a link with the profile the same batch upserted under its lock), and
-- neither touchpoints nor profiles are ever deleted. Each check also took a KEY SHARE lock, which
-- rewrote the header of the touchpoint row it checked: WAL and dirty pages for nothing. The rarely
-- written references (merged_into, the merge audit) keep theirs.
alter table identify_task drop constraint identify_task_touchpoint_id_fkey;
alter table touchpoint_profile drop constraint touchpoint_profile_touchpoint_id_fkey;
alter table touchpoint_profile drop constraint touchpoint_profile_profile_id_fkey;
alter table profile_identifier drop constraint profile_identifier_profile_id_fkey;

-- JSON the hub stores whole and reads back whole, never querying inside it in SQL: json keeps the text
-- as written, so an insert only validates it and a read only copies it, where jsonb parsed it into its
-- binary form on every insert and printed it again on every read (the touchpoint payload is written
-- once and read twice, by the identify and the index stage; a profile summary is rewritten by every
-- batch that touches the profile). Operators can still query it with the json operators.
alter table touchpoint alter column payload type json using payload::json;
alter table profile alter column summary type json using summary::json;
alter table profile alter column summary set default '{}';

-- How many touchpoints the log holds, kept by the append that inserts them, in the same statement:
-- counting the log for the admin stats scanned the whole table on every call (a parallel sequential
-- scan of every payload, ~60 ms of CPU at 70,000 touchpoints, once a second while a dashboard or the
-- benchmark polls). Appends add to the row of their connection's shard, so concurrent appends rarely
-- wait for each other's row lock; the count is the sum of the shards.
create table touchpoint_count (
    shard int    primary key,
    n     bigint not null
);
insert into touchpoint_count (shard, n) select 0, count(*) from touchpoint;

-- The touchpoints one identity batch resolved are queued for the index stage as arrays (kind
-- 'touchpoints', 200 a row) instead of a row each: those rows were inserted, claimed and deleted
-- once per touchpoint. Rows of a single item stay for moved touchpoints, profiles and retries.
alter table index_task add column touchpoint_ids bigint[];
alter table index_task drop constraint index_task_kind_ck;
alter table index_task add constraint index_task_kind_ck check (
    (kind = 'touchpoint' and touchpoint_id is not null)
    or (kind = 'touchpoints' and touchpoint_ids is not null and touchpoint_id is null and profile_id is null)
    or (kind in ('profile', 'remove_profile') and profile_id is not null));
