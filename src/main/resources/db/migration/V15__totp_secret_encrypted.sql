-- Two-factor secrets are kept encrypted (AES-GCM, "v1:<key id>:<Base64>", about 100 characters): the column grows.
-- Secrets stored in clear before are encrypted by the application at its next start (TotpSecretsAtRest).
alter table app_user alter column totp_secret set data type varchar(200);
