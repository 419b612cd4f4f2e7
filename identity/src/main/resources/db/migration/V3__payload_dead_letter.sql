-- Payloads a channel delivered that could not become touchpoints (malformed JSON, a missing field):
-- kept verbatim with the format of the mapper that read them, so that an operator can replay them
-- through that mapper once it is fixed. stage = 'intake', kind = 'payload'.
alter table dead_letter
    add column channel text,
    add column source  text,
    add column format  text,
    add column payload text;
alter table dead_letter add constraint dead_letter_payload_ck check (
    stage <> 'intake' or (channel is not null and source is not null and format is not null and payload is not null));
