package org.kakehashi.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a new password must be: 12 to 72 characters and at most 72 bytes in UTF-8 (all that bcrypt takes; it refuses
 * more), not the username, and not one of the 3,000 most common passwords (security/common-passwords.txt). Length
 * over complexity rules, and no forced rotation.
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 72;
    static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = load("/security/common-passwords.txt");

    private PasswordPolicy() {
    }

    /** @throws UserService.PasswordChangeException with the i18n key of the first rule the password breaks */
    static void check(String username, String password) {
        if (password == null || password.length() < MIN) {
            throw new UserService.PasswordChangeException("password.error.too-short");
        }
        if (password.length() > MAX) {
            throw new UserService.PasswordChangeException("password.error.too-long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            // Kana, kanji and emoji take three or four bytes each
            throw new UserService.PasswordChangeException("password.error.too-many-bytes");
        }
        if (password.equalsIgnoreCase(username)) {
            throw new UserService.PasswordChangeException("password.error.is-username");
        }
        if (isCommon(password)) {
            throw new UserService.PasswordChangeException("password.error.common");
        }
    }

    static boolean isCommon(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    static int commonPasswordCount() {
        return COMMON.size();
    }

    private static Set<String> load(String resource) {
        try (var in = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(resource), resource);
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
