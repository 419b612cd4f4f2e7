-- B2B accounts: the companies profiles belong to (identity.account, docs/accounts.md).

-- One company. name is the best display name seen so far; name_rank says how good it is
-- (3 a Segment group's name, 2 a company trait, 1 only a domain), so a better one replaces it.
create table account (
    id         uuid        primary key,
    name       text        not null,
    name_rank  smallint    not null,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now()
);

-- How an account is found: kind 'group' (a Segment groupId), 'domain' (a registrable e-mail or web
-- domain), 'name' (a normalised company name) and 'name_country' ('<name>@<iso country>', the address
-- tie-breaker). A key belongs to one account: the primary key is what makes concurrent identity
-- batches agree on one account per key (the loser of an insert race reads the winner's row). label is
-- the key as first seen (the domain, the company name as written) for display. The C collation lets
-- "every name_country key of a name" be a range scan of the primary key.
create table account_key (
    kind       text        not null check (kind in ('group', 'domain', 'name', 'name_country')),
    value      text        collate "C" not null,
    account_id uuid        not null references account (id),
    label      text        not null,
    created_at timestamptz not null default now(),
    primary key (kind, value)
);
create index account_key_account_idx on account_key (account_id);

-- Which account a live profile belongs to (one at most). rank is the evidence (3 group call, 2 e-mail
-- domain, 1 company name): stronger evidence moves a profile, weaker never does. Rows follow merges
-- (the identity stage moves a merged profile's row to its survivor in the same transaction), so
-- profile_id is always a live profile. No foreign key to profile, like the identity graph (V5).
create table account_profile (
    profile_id uuid        primary key,
    account_id uuid        not null references account (id),
    rank       smallint    not null,
    linked_at  timestamptz not null default now()
);
create index account_profile_account_idx on account_profile (account_id);
