-- GDPR erasure by anonymisation: an erased contact keeps its row (so counts of participants, business cards and
-- members stay right) with its personal fields replaced, and is marked so it is never exported or reviewed again

alter table contact_person add column erased_at timestamp with time zone;
-- the privacy review looks for contacts without consent, unchanged for years
create index contact_person_review_idx on contact_person (consent, modified_at);
