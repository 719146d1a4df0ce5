-- Renewal and overdue-dues reminders, each recorded on its membership as it was sent (or left in the outbox)

create sequence member_reminder_seq start with 1 increment by 50;
create table member_reminder (
    id              bigint        not null primary key,
    version         bigint        not null,
    membership_id   bigint        not null references membership (id),
    kind            varchar(20)   not null,
    -- the renewal date or the due date the reminder is about: one reminder of a kind per date
    period_date     date          not null,
    -- who it went to and what it said, as it was then: a later change of the contact leaves the record as sent
    recipient_name  varchar(201)  not null,
    recipient_email varchar(254)  not null,
    language        varchar(10)   not null,
    subject         varchar(300)  not null,
    body            varchar(4000) not null,
    delivery        varchar(10)   not null,
    sent_at         timestamp with time zone not null,
    created_at      timestamp with time zone,
    created_by      varchar(100),
    modified_at     timestamp with time zone,
    modified_by     varchar(100),
    -- never twice: two instances running the job at once cannot both record (and so send) the same reminder
    constraint member_reminder_once unique (membership_id, kind, period_date),
    constraint member_reminder_kind_known check (kind in ('RENEWAL', 'OVERDUE')),
    constraint member_reminder_delivery_known check (delivery in ('SENT', 'OUTBOX'))
);
create index member_reminder_sent_at_idx on member_reminder (sent_at);
