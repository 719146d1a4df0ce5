-- The delegation calendar: delegations, their programme, participants, partners, business cards, calendar feeds

create sequence delegation_seq start with 1 increment by 50;
create table delegation (
    id                     bigint        not null primary key,
    version                bigint        not null,
    title                  varchar(200)  not null,
    direction              varchar(10)   not null,
    home_city              varchar(100)  not null,
    -- the home city's time zone (Europe/Berlin …): the programme is shown in it beside each item's own zone
    home_zone              varchar(50)   not null,
    visited_cities         varchar(300),
    start_date             date          not null,
    end_date               date          not null,
    status                 varchar(20)   not null,
    responsible_officer_id bigint        references app_user (id),
    host_organisation_id   bigint        references organisation (id),
    objectives             varchar(4000),
    sectors                varchar(300),
    notes                  varchar(4000),
    created_at             timestamp with time zone,
    created_by             varchar(100),
    modified_at            timestamp with time zone,
    modified_by            varchar(100),
    constraint delegation_dates_in_order check (end_date >= start_date),
    constraint delegation_direction_known check (direction in ('INBOUND', 'OUTBOUND')),
    constraint delegation_status_known check (status in ('IDEA', 'PLANNED', 'CONFIRMED', 'COMPLETED', 'CANCELLED'))
);
create index delegation_start_date_idx on delegation (start_date);
create index delegation_end_date_idx on delegation (end_date);
create index delegation_status_idx on delegation (status);

create sequence programme_item_seq start with 1 increment by 50;
create table programme_item (
    id                          bigint        not null primary key,
    version                     bigint        not null,
    delegation_id               bigint        not null references delegation (id),
    title                       varchar(200)  not null,
    kind                        varchar(20)   not null,
    -- wall-clock time where the item happens plus its zone: the instant is derived, so neither the server's
    -- zone nor a change of daylight-saving rules can move a meeting away from 10:00 in Kobe
    start_local                 timestamp     not null,
    end_local                   timestamp     not null,
    zone_id                     varchar(50)   not null,
    city                        varchar(100),
    venue                       varchar(200),
    counterpart_organisation_id bigint        references organisation (id),
    notes                       varchar(4000),
    created_at                  timestamp with time zone,
    created_by                  varchar(100),
    modified_at                 timestamp with time zone,
    modified_by                 varchar(100),
    constraint programme_item_times_in_order check (end_local > start_local),
    constraint programme_item_kind_known check (kind in ('MEETING', 'SITE_VISIT', 'RECEPTION', 'SEMINAR', 'TRAVEL',
        'OTHER'))
);
create index programme_item_delegation_idx on programme_item (delegation_id);
create index programme_item_start_idx on programme_item (start_local);

create sequence delegation_participant_seq start with 1 increment by 50;
create table delegation_participant (
    id            bigint       not null primary key,
    version       bigint       not null,
    delegation_id bigint       not null references delegation (id),
    contact_id    bigint       references contact_person (id),
    guest_name    varchar(200),
    role          varchar(20)  not null,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    modified_at   timestamp with time zone,
    modified_by   varchar(100),
    constraint delegation_participant_someone check (contact_id is not null or guest_name is not null),
    constraint delegation_participant_role_known check (role in ('HEAD', 'MEMBER', 'INTERPRETER', 'PRESS', 'HOST'))
);
create index delegation_participant_delegation_idx on delegation_participant (delegation_id);
create index delegation_participant_contact_idx on delegation_participant (contact_id);

create sequence delegation_partner_seq start with 1 increment by 50;
create table delegation_partner (
    id              bigint        not null primary key,
    version         bigint        not null,
    delegation_id   bigint        not null references delegation (id),
    organisation_id bigint        not null references organisation (id),
    contribution    varchar(1000),
    created_at      timestamp with time zone,
    created_by      varchar(100),
    modified_at     timestamp with time zone,
    modified_by     varchar(100),
    constraint delegation_partner_once unique (delegation_id, organisation_id)
);

create sequence business_card_seq start with 1 increment by 50;
create table business_card (
    id                bigint        not null primary key,
    version           bigint        not null,
    programme_item_id bigint        not null references programme_item (id),
    contact_id        bigint        not null references contact_person (id),
    notes             varchar(1000),
    created_at        timestamp with time zone,
    created_by        varchar(100),
    modified_at       timestamp with time zone,
    modified_by       varchar(100),
    constraint business_card_once unique (programme_item_id, contact_id)
);
create index business_card_contact_idx on business_card (contact_id);

-- A secret per user in the address of their calendar feed; renewing it replaces the row's token
create sequence calendar_feed_token_seq start with 1 increment by 50;
create table calendar_feed_token (
    id          bigint       not null primary key,
    version     bigint       not null,
    user_id     bigint       not null references app_user (id),
    token       varchar(64)  not null,
    created_at  timestamp with time zone,
    created_by  varchar(100),
    modified_at timestamp with time zone,
    modified_by varchar(100),
    constraint calendar_feed_token_user_unique unique (user_id),
    constraint calendar_feed_token_token_unique unique (token)
);
