-- Lineage and undo of merges (unmerge, manual merge).

-- The profile each touchpoint was first resolved to: merges move touchpoints, never their origin, so
-- that a merged profile can be split back into what it was made of. Null for touchpoints resolved
-- before this migration (their origin is unknown: an unmerge leaves them with the profile being split).
alter table touchpoint_profile add column origin_profile_id uuid;

-- profile_merge becomes the history of operations on profiles, not only of the resolver's merges:
--   operation 'merge'   merged_id was merged into survivor_id (by the resolver, or by an operator: rule 'manual')
--   operation 'unmerge' merged_id was split off survivor_id by an operator and is live again
-- Operator operations carry no touchpoint or identifier as evidence, but may carry a note.
alter table profile_merge
    add column operation text not null default 'merge',
    add column note      text;
alter table profile_merge add constraint profile_merge_operation_ck check (operation in ('merge', 'unmerge'));
alter table profile_merge alter column touchpoint_id drop not null;
alter table profile_merge alter column id_type drop not null;
alter table profile_merge alter column id_value drop not null;
