-- The touchpoints one identity batch resolved are queued for the index stage as arrays (kind
-- 'touchpoints', 200 a row) instead of a row each: those rows were inserted, claimed and deleted
-- once per touchpoint. Rows of a single item stay for moved touchpoints, profiles and retries.
alter table index_task add column touchpoint_ids bigint[];
alter table index_task drop constraint index_task_kind_ck;
alter table index_task add constraint index_task_kind_ck check (
    (kind = 'touchpoint' and touchpoint_id is not null)
    or (kind = 'touchpoints' and touchpoint_ids is not null and touchpoint_id is null and profile_id is null)
    or (kind in ('profile', 'remove_profile') and profile_id is not null));
