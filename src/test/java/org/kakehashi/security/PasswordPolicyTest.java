package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void a_password_needs_twelve_characters_and_may_have_up_to_128() {
        assertRefused("eleven-char", "password.error.too-short");
        assertThatCode(() -> PasswordPolicy.check("sofia", "twelve-chars")).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("sofia", "x".repeat(64))).doesNotThrowAnyException();
        assertThatCode(() -> PasswordPolicy.check("sofia", "y".repeat(72))).doesNotThrowAnyException();
        assertRefused("z".repeat(73), "password.error.too-long");
        assertThatCode(() -> PasswordPolicy.check("sofia", "神".repeat(24))).doesNotThrowAnyException();
        assertRefused("神".repeat(25), "password.error.too-many-bytes");
    }

    @Test
    void the_username_is_no_password() {
        assertThatThrownBy(() -> PasswordPolicy.check("Sofia.Lindgren", "sofia.lindgren"))
                .hasMessage("password.error.is-username");
    }

    @Test
    void the_three_thousand_most_common_passwords_are_refused_whatever_their_case() {
        assertThat(PasswordPolicy.commonPasswordCount()).isEqualTo(3000);
        assertRefused("qwerty123456", "password.error.common");
        assertRefused("1qaz2wsx3edc", "password.error.common");
        assertRefused("123QWEASDZXC", "password.error.common");
        assertThatCode(() -> PasswordPolicy.check("sofia", "a long and private phrase")).doesNotThrowAnyException();
    }

    @Test
    void passwords_are_hashed_with_bcrypt_and_hashes_of_older_schemes_still_match() {
        var encoder = new SecurityConfig().passwordEncoder();
        assertThat(encoder.encode("a long and private phrase")).startsWith("{bcrypt}$2a$");

        var pbkdf2 = "{pbkdf2@SpringSecurity_v5_8}" + org.springframework.security.crypto.password.Pbkdf2PasswordEncoder
                .defaultsForSpringSecurity_v5_8().encode("an older stored phrase");
        assertThat(encoder.matches("an older stored phrase", pbkdf2)).isTrue();
        assertThat(encoder.upgradeEncoding(pbkdf2)).isTrue();
    }

    private static void assertRefused(String password, String messageKey) {
        assertThatThrownBy(() -> PasswordPolicy.check("sofia", password))
                .isInstanceOf(UserService.PasswordChangeException.class)
                .hasMessage(messageKey);
    }
}
