-- ShedLock's table: one row per scheduled job, held by the instance running it until lock_until, so that a job
-- runs once per schedule however many instances share the database. Times are the database's own (UTC).
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);
