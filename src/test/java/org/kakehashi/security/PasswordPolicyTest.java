package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private static final String USERNAME = "sofia.lindgren";
    private static final String NAME = "Sofia Lindgren";

    @Test
    void a_password_needs_twelve_characters_and_may_have_up_to_72_characters_and_72_bytes() {
        assertRefused("eleven-char", "password.error.too-short");
        assertAccepted("fjord kettle mango lantern " + "quietly".repeat(6));
        assertRefused("fjord kettle mango lantern " + "z".repeat(46), "password.error.too-long");
        assertAccepted("旅行は大阪と神戸の研究所へ行く予定です。会議室");
        assertRefused("神戸".repeat(13), "password.error.too-many-bytes");
    }

    @Test
    void the_username_is_no_password() {
        assertThatThrownBy(() -> PasswordPolicy.check("Sofia.Lindgren", NAME, "sofia.lindgren"))
                .hasMessage("password.error.is-username");
    }

    /**
     * Guessable passwords are refused whatever they are dressed in (digits, a year, capitals, a symbol), each with
     * the reason at the field; long passphrases and random strings pass. An empty reason means accepted.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "accepted", textBlock = """
            password1234                     | password.error.common
            Password2024!                    | password.error.common
            P@ssw0rd2024                     | password.error.common-words
            sunshine1990                     | password.error.common
            dragon123456                     | password.error.common
            iloveyou1234                     | password.error.common
            welcome12345                     | password.error.common
            football2000                     | password.error.common
            trustno1trustno1                 | password.error.common
            qwertyuiop12                     | password.error.common
            1qaz2wsx3edc4rfv                 | password.error.common
            summer2025!!                     | password.error.common
            aaaaaaaaaaaa                     | password.error.repeated
            ZZZZZZZZZZZZZZ                   | password.error.repeated
            abcabcabcabc                     | password.error.repeated
            abcdefghijkl                     | password.error.sequence
            zyxwvutsrqpo                     | password.error.sequence
            zxcvfrtgbnhy                     | password.error.keyboard
            january1985!!                    | password.error.common-words
            14.03.1985!!!                    | password.error.date
            1985-03-14 1986                  | password.error.date
            secretary2026!                   | password.error.common-words
            crash-test-administrator         | password.error.common-words
            sofia.lindgren1985               | password.error.contains-name
            Lindgren!Lindgren                | password.error.contains-name
            mysofia12345                     | password.error.contains-name
            19850314sofia                    | password.error.contains-name
            a long and private phrase        | accepted
            purple elephants dance slowly    | accepted
            tangerine rowboat quietly sings  | accepted
            Kobe biomedical cluster visit    | accepted
            my cat eats 3 lemons daily       | accepted
            umbrella-velvet-orbit-42         | accepted
            sjutton gröna äpplen i korgen    | accepted
            Wir besuchen Osaka im Juni       | accepted
            旅行は大阪と神戸の研究所へ              | accepted
            ghp7-kx2m-w9qz-4hdr              | accepted
            three blind mice in Lund         | accepted
            crash test: lanterns over the harbour | accepted
            bench: a quiet start beside the harbour | accepted
            """)
    void a_guessable_password_is_refused_with_its_reason_and_a_long_passphrase_is_accepted(String password,
            String reason) {
        if (reason == null) {
            assertAccepted(password);
        } else {
            assertRefused(password, reason);
        }
    }

    @Test
    void a_one_time_password_of_the_administrator_meets_the_policy() {
        for (int i = 0; i < 20; i++) {
            assertAccepted(OneTimeSecrets.password());
        }
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

    private static void assertAccepted(String password) {
        assertThatCode(() -> PasswordPolicy.check(USERNAME, NAME, password)).doesNotThrowAnyException();
    }

    private static void assertRefused(String password, String messageKey) {
        assertThatThrownBy(() -> PasswordPolicy.check(USERNAME, NAME, password))
                .isInstanceOf(UserService.PasswordChangeException.class)
                .hasMessage(messageKey);
    }
}
