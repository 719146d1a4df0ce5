-- Links between the pipeline and the delegations: the delegation a lead came from, and the programme items of
-- it where the lead was met. Deleting a delegation or an item unlinks its leads and keeps them.
alter table lead add constraint lead_source_delegation_fk
    foreign key (source_delegation_id) references delegation (id) on delete set null;
create index lead_source_delegation_idx on lead (source_delegation_id);

create table lead_programme_item (
    lead_id           bigint not null references lead (id) on delete cascade,
    programme_item_id bigint not null references programme_item (id) on delete cascade,
    primary key (lead_id, programme_item_id)
);
create index lead_programme_item_item_idx on lead_programme_item (programme_item_id);
