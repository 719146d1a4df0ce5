package org.kakehashi.security;

import java.security.SecureRandom;

/** Random one-time passwords and recovery codes, from letters and digits that are not easily mistaken. */
final class OneTimeSecrets {

    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeSecrets() {
    }

    /** Four groups of four, about 79 bits: long enough for the password policy, easy to read out. */
    static String password() {
        return groups(4, 4);
    }

    /** Two groups of five, about 49 bits, each usable once and only after the password. */
    static String recoveryCode() {
        return groups(2, 5);
    }

    static String normalise(String code) {
        return code == null ? "" : code.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private static String groups(int count, int length) {
        var out = new StringBuilder();
        for (int group = 0; group < count; group++) {
            if (group > 0) {
                out.append('-');
            }
            for (int i = 0; i < length; i++) {
                out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return out.toString();
    }
}
