-- Failed logins per remote address, shared by every instance so that a refused address is refused on all of them.
-- One row per address: its current window's start and failures; a new window replaces a stale row.
create table login_failure_by_address (
    address      varchar(64)              not null primary key,
    window_start timestamp with time zone not null,
    failures     integer                  not null
);
create index login_failure_by_address_window_idx on login_failure_by_address (window_start);
