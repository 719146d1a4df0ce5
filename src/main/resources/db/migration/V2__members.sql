-- The association register: organisations, contact persons, membership types, memberships and dues

create sequence organisation_seq start with 1 increment by 50;
create table organisation (
    id                  bigint        not null primary key,
    version             bigint        not null,
    name                varchar(200)  not null,
    name_japanese       varchar(200),
    -- name and Japanese name in lower case without accents, so "malmo" finds "Malmö" (kept by the entity)
    search_text         varchar(410)  not null,
    kind                varchar(30)   not null,
    organisation_number varchar(30),
    city                varchar(100),
    country             varchar(2)    not null,
    website             varchar(300),
    email               varchar(254),
    phone               varchar(50),
    sectors             varchar(300),
    notes               varchar(4000),
    archived            boolean       not null,
    created_at          timestamp with time zone,
    created_by          varchar(100),
    modified_at         timestamp with time zone,
    modified_by         varchar(100),
    constraint organisation_kind_known check (kind in ('MUNICIPALITY', 'UNIVERSITY', 'RESEARCH_INSTITUTE',
        'COMPANY', 'ASSOCIATION', 'AGENCY', 'INDIVIDUAL'))
);
create index organisation_name_idx on organisation (name);
create index organisation_city_idx on organisation (city);
create index organisation_number_idx on organisation (organisation_number);

create sequence contact_person_seq start with 1 increment by 50;
create table contact_person (
    id                 bigint       not null primary key,
    version            bigint       not null,
    organisation_id    bigint       references organisation (id),
    family_name        varchar(100) not null,
    given_name         varchar(100) not null,
    name_japanese      varchar(100),
    name_kana          varchar(100),
    search_text        varchar(420) not null,
    title              varchar(150),
    title_japanese     varchar(150),
    email              varchar(254),
    phone              varchar(50),
    mobile             varchar(50),
    preferred_language varchar(10)  not null,
    primary_contact    boolean      not null,
    consent            boolean      not null,
    consent_date       date,
    consent_source     varchar(200),
    created_at         timestamp with time zone,
    created_by         varchar(100),
    modified_at        timestamp with time zone,
    modified_by        varchar(100)
);
create index contact_person_organisation_idx on contact_person (organisation_id);
create index contact_person_family_name_idx on contact_person (family_name);

create sequence membership_type_seq start with 1 increment by 50;
create table membership_type (
    id          bigint         not null primary key,
    version     bigint         not null,
    name        varchar(100)   not null,
    annual_fee  numeric(12, 2) not null,
    currency    varchar(3)     not null,
    description varchar(1000),
    created_at  timestamp with time zone,
    created_by  varchar(100),
    modified_at timestamp with time zone,
    modified_by varchar(100),
    constraint membership_type_name_unique unique (name),
    constraint membership_type_fee_not_negative check (annual_fee >= 0)
);

create sequence membership_seq start with 1 increment by 50;
create table membership (
    id                 bigint      not null primary key,
    version            bigint      not null,
    organisation_id    bigint      not null references organisation (id),
    membership_type_id bigint      not null references membership_type (id),
    start_date         date        not null,
    end_date           date        not null,
    resigned_on        date,
    -- derived by MembershipRules from the dates and payments; stored so lists can filter and sort by them
    status             varchar(20) not null,
    dues_status        varchar(20) not null,
    created_at         timestamp with time zone,
    created_by         varchar(100),
    modified_at        timestamp with time zone,
    modified_by        varchar(100),
    -- one membership per organisation, renewed by moving its end date; its payments keep the history
    constraint membership_organisation_unique unique (organisation_id),
    constraint membership_dates_in_order check (end_date >= start_date),
    constraint membership_status_known check (status in ('APPLICANT', 'ACTIVE', 'LAPSED', 'RESIGNED')),
    constraint membership_dues_status_known check (dues_status in ('PAID', 'DUE', 'OVERDUE', 'NONE'))
);
create index membership_status_idx on membership (status);
create index membership_end_date_idx on membership (end_date);

create sequence dues_payment_seq start with 1 increment by 50;
create table dues_payment (
    id            bigint         not null primary key,
    version       bigint         not null,
    membership_id bigint         not null references membership (id),
    period_year   integer        not null,
    amount        numeric(12, 2) not null,
    currency      varchar(3)     not null,
    due_date      date,
    paid_date     date           not null,
    reference     varchar(100),
    created_at    timestamp with time zone,
    created_by    varchar(100),
    modified_at   timestamp with time zone,
    modified_by   varchar(100),
    constraint dues_payment_amount_positive check (amount > 0)
);
create index dues_payment_membership_idx on dues_payment (membership_id);
