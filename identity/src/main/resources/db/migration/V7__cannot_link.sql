-- Pairs of profiles that must never be merged again: a reviewer rejected the pair, or an operator split
-- a merged profile. Stored on the profile ids of the moment; as profiles merge later, the constraint
-- follows each side to its live profile (profile.merged_into is flattened, so one hop reaches it).
-- profile_a < profile_b, so that a pair is stored once whatever the order it was given in.
create table cannot_link (
    profile_a  uuid        not null,
    profile_b  uuid        not null,
    reason     text        not null check (reason in ('review_rejected', 'unmerge', 'manual')),
    note       text,
    created_at timestamptz not null default now(),
    primary key (profile_a, profile_b),
    constraint cannot_link_order_ck check (profile_a < profile_b)
);
create index cannot_link_b_idx on cannot_link (profile_b);
