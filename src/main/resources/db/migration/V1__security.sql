-- User accounts and their roles (ADMIN, SECRETARY, OFFICER, BOARD)
create sequence app_user_seq start with 1 increment by 50;

create table app_user (
    id                   bigint       not null primary key,
    version              bigint       not null,
    username             varchar(100) not null,
    display_name         varchar(200) not null,
    password_hash        varchar(500) not null,
    enabled              boolean      not null,
    must_change_password boolean      not null,
    locale               varchar(10)  not null,
    created_at           timestamp with time zone,
    created_by           varchar(100),
    modified_at          timestamp with time zone,
    modified_by          varchar(100),
    constraint app_user_username_unique unique (username)
);

create table app_user_role (
    user_id bigint      not null references app_user (id) on delete cascade,
    role    varchar(20) not null,
    primary key (user_id, role),
    constraint app_user_role_known check (role in ('ADMIN', 'SECRETARY', 'OFFICER', 'BOARD'))
);
