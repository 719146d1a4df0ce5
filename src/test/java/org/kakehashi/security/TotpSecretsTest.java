package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two-factor secrets at rest: AES-GCM under a configured key, a key file made once, and a key's rotation. */
class TotpSecretsTest {

    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void a_secret_is_stored_encrypted_differently_each_time_and_reads_back() {
        var secrets = new TotpSecrets(TotpSecrets.newKey(), "", "");

        var once = secrets.encrypt(SECRET);
        var twice = secrets.encrypt(SECRET);

        assertThat(once).startsWith("v1:").doesNotContain(SECRET).hasSizeLessThanOrEqualTo(200);
        assertThat(twice).isNotEqualTo(once);
        assertThat(secrets.decrypt(once)).isEqualTo(SECRET);
        assertThat(secrets.decrypt(twice)).isEqualTo(SECRET);
        assertThat(secrets.isCurrent(once)).isTrue();
    }

    @Test
    void a_secret_altered_in_the_database_or_read_with_another_key_is_refused() {
        var secrets = new TotpSecrets(TotpSecrets.newKey(), "", "");
        var stored = secrets.encrypt(SECRET);
        var body = stored.substring(stored.lastIndexOf(':') + 1);
        var altered = stored.substring(0, stored.lastIndexOf(':') + 1) + body.substring(0, 5)
                + (body.charAt(5) == 'A' ? 'B' : 'A') + body.substring(6);

        assertThatThrownBy(() -> secrets.decrypt(altered)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new TotpSecrets(TotpSecrets.newKey(), "", "").decrypt(stored))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("neither kakehashi.security.totp-key nor one of its previous keys");
    }

    @Test
    void after_a_rotation_a_secret_under_the_previous_key_is_read_and_is_not_current() {
        var oldKey = TotpSecrets.newKey();
        var stored = new TotpSecrets(oldKey, "", "").encrypt(SECRET);

        var rotated = new TotpSecrets(TotpSecrets.newKey(), oldKey, "");

        assertThat(rotated.decrypt(stored)).isEqualTo(SECRET);
        assertThat(rotated.isCurrent(stored)).isFalse();
        assertThat(rotated.isCurrent(rotated.encrypt(SECRET))).isTrue();
    }

    @Test
    void the_embedded_default_makes_its_key_file_once_and_keeps_using_it(@TempDir Path data) throws Exception {
        var file = data.resolve("data/totp.key");
        var stored = new TotpSecrets("", "", file.toString()).encrypt(SECRET);
        var key = Files.readString(file);

        assertThat(Files.getPosixFilePermissions(file)).hasSize(2);
        assertThat(new TotpSecrets("", "", file.toString()).decrypt(stored)).isEqualTo(SECRET);
        assertThat(Files.readString(file)).isEqualTo(key);
    }

    @Test
    void without_a_key_no_secret_is_stored_but_one_stored_in_clear_before_is_still_read() {
        var secrets = new TotpSecrets("", "", "");

        assertThat(secrets.available()).isFalse();
        assertThatThrownBy(() -> secrets.encrypt(SECRET)).isInstanceOf(TwoFactorService.TwoFactorException.class)
                .hasMessage("two-factor.error.no-key");
        assertThat(secrets.decrypt(SECRET)).isEqualTo(SECRET);
    }

    @Test
    void a_key_of_the_wrong_size_is_refused_at_start_with_how_to_make_one() {
        assertThatThrownBy(() -> new TotpSecrets("c2hvcnQ=", "", ""))
                .hasMessageContaining("must be 32 bytes").hasMessageContaining("openssl rand -base64 32");
    }
}
