-- Lockout after repeated failed logins, and two-factor login with a time-based one-time code (TOTP)
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamp with time zone;
-- The shared secret (Base32) is needed in clear to compute the expected code; it is set only once confirmed
alter table app_user add column totp_secret varchar(64);
-- The last time step whose code was accepted, so a code cannot be used twice
alter table app_user add column totp_last_step bigint;

-- Recovery codes replace the authenticator once each; only their hashes are kept
create table app_user_recovery_code (
    user_id   bigint       not null references app_user (id) on delete cascade,
    code_hash varchar(200) not null,
    primary key (user_id, code_hash)
);
