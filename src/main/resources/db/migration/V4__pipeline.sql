-- The outreach pipeline: leads, their activities and stage history, and the users' saved list filters

create sequence lead_seq start with 1 increment by 50;
create table lead (
    id                     bigint         not null primary key,
    version                bigint         not null,
    company_name           varchar(200)   not null,
    company_name_japanese  varchar(200),
    -- company name and Japanese name in lower case without accents (kept by the entity)
    search_text            varchar(410)   not null,
    headquarters           varchar(100),
    country                varchar(2)     not null,
    sector                 varchar(100),
    interest_kind          varchar(30)    not null,
    stage                  varchar(20)    not null,
    stage_since            timestamp with time zone not null,
    owner_id               bigint         not null references app_user (id),
    source                 varchar(20),
    referring_partner_id   bigint         references organisation (id),
    -- the delegation the lead came from; its foreign key comes with the delegations module
    source_delegation_id   bigint,
    project_type           varchar(30),
    competing_locations    varchar(300),
    expected_decision_date date,
    estimated_jobs         integer,
    estimated_investment   numeric(14, 2),
    investment_currency    varchar(3)     not null,
    probability            integer        not null,
    next_action            varchar(300),
    next_action_due        date,
    confidential           boolean        not null,
    created_at             timestamp with time zone,
    created_by             varchar(100),
    modified_at            timestamp with time zone,
    modified_by            varchar(100),
    constraint lead_interest_kind_known check (interest_kind in ('ESTABLISHMENT', 'RESEARCH_PARTNERSHIP',
        'INVESTMENT', 'TRADE', 'OTHER')),
    constraint lead_stage_known check (stage in ('IDENTIFIED', 'CONTACTED', 'IN_DIALOGUE', 'VISIT', 'NEGOTIATION',
        'ESTABLISHED', 'LOST', 'ON_HOLD')),
    constraint lead_source_known check (source in ('DELEGATION', 'REFERRAL', 'AGENCY', 'INBOUND_REQUEST', 'EVENT')),
    constraint lead_project_type_known check (project_type in ('GREENFIELD', 'EXPANSION', 'ACQUISITION',
        'RESEARCH_AND_DEVELOPMENT', 'SALES_OFFICE')),
    constraint lead_probability_percent check (probability between 0 and 100),
    constraint lead_jobs_not_negative check (estimated_jobs >= 0),
    constraint lead_investment_not_negative check (estimated_investment >= 0)
);
-- the board reads each stage's first cards by next action; follow-ups read by owner and due date
create index lead_stage_due_idx on lead (stage, next_action_due);
create index lead_owner_due_idx on lead (owner_id, next_action_due);
create index lead_company_name_idx on lead (company_name);
create index lead_referring_partner_idx on lead (referring_partner_id);

create sequence activity_seq start with 1 increment by 50;
create table activity (
    id          bigint        not null primary key,
    version     bigint        not null,
    lead_id     bigint        not null references lead (id) on delete cascade,
    kind        varchar(20)   not null,
    occurred_on date          not null,
    summary     varchar(2000) not null,
    author_id   bigint        not null references app_user (id),
    created_at  timestamp with time zone,
    created_by  varchar(100),
    modified_at timestamp with time zone,
    modified_by varchar(100),
    constraint activity_kind_known check (kind in ('CALL', 'EMAIL', 'MEETING', 'VISIT', 'NOTE'))
);
create index activity_lead_idx on activity (lead_id, occurred_on);

create sequence lead_stage_change_seq start with 1 increment by 50;
create table lead_stage_change (
    id            bigint      not null primary key,
    version       bigint      not null,
    lead_id       bigint      not null references lead (id) on delete cascade,
    from_stage    varchar(20),
    to_stage      varchar(20) not null,
    changed_at    timestamp with time zone not null,
    changed_by_id bigint      not null references app_user (id),
    -- when the lead left the stage again (null while it is there), so time in stage is summed in SQL
    left_at       timestamp with time zone,
    created_at    timestamp with time zone,
    created_by    varchar(100),
    modified_at   timestamp with time zone,
    modified_by   varchar(100)
);
create index lead_stage_change_lead_idx on lead_stage_change (lead_id, changed_at);
create index lead_stage_change_to_stage_idx on lead_stage_change (to_stage);

create sequence saved_lead_filter_seq start with 1 increment by 50;
create table saved_lead_filter (
    id              bigint       not null primary key,
    version         bigint       not null,
    user_id         bigint       not null references app_user (id) on delete cascade,
    name            varchar(100) not null,
    search          varchar(200),
    stage           varchar(20),
    owner_id        bigint,
    sector          varchar(100),
    country         varchar(2),
    interest_kind   varchar(30),
    next_action_due varchar(20),
    created_at      timestamp with time zone,
    created_by      varchar(100),
    modified_at     timestamp with time zone,
    modified_by     varchar(100),
    constraint saved_lead_filter_name_unique unique (user_id, name)
);
