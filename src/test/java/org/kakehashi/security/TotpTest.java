package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The codes are those of RFC 6238, so any authenticator app makes the same ones, checked on the RFC's own vectors. */
class TotpTest {

    /** RFC 6238 Appendix B, HMAC-SHA1: the secret is the ASCII of "12345678901234567890". */
    static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest(name = "at {0} s the code is {1} (the last six of the RFC's eight digits)")
    @CsvSource({
            "59,          94287082",
            "1111111109,  07081804",
            "1111111111,  14050471",
            "1234567890,  89005924",
            "2000000000,  69279037",
            "20000000000, 65353130"})
    void the_codes_are_those_of_the_rfc_6238_test_vectors(long epochSeconds, String rfcCode) {
        var time = Instant.ofEpochSecond(epochSeconds);
        var sixDigits = rfcCode.substring(2);

        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, Totp.step(time))).isEqualTo(sixDigits);
        assertThat(Totp.matchingStep(RFC_SECRET, sixDigits, time)).hasValue(Totp.step(time));
        assertThat(Totp.matchingStep(RFC_SECRET, sixDigits, time.plusSeconds(90))).isEmpty();
    }
}
