package org.kakehashi.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor.CipherAlgorithm;
import org.springframework.stereotype.Component;

/**
 * Keeps the two-factor secrets encrypted at rest: AES-256-GCM (Spring Security's {@link AesBytesEncryptor}, a random
 * IV each time) under a key from configuration, {@code kakehashi.security.totp-key} (KAKEHASHI_TOTP_KEY, 32 bytes in
 * Base64). Without one, the embedded default makes a key once in {@code kakehashi.security.totp-key-file}
 * (./data/totp.key) and keeps using it. A stored secret reads {@code v1:<key id>:<Base64>}, the key id being the
 * first 8 hex digits of the key's SHA-256, so a secret under an earlier key
 * ({@code kakehashi.security.totp-previous-keys}) is still read, and re-encrypted at start ({@link TotpSecretsAtRest}).
 */
@Component
class TotpSecrets {

    static final int KEY_BYTES = 32;
    private static final String FORMAT = "v1";
    private static final Logger log = LoggerFactory.getLogger(TotpSecrets.class);

    private final Key current;
    private final Map<String, Key> keys = new LinkedHashMap<>();

    TotpSecrets(@Value("${kakehashi.security.totp-key:}") String key,
            @Value("${kakehashi.security.totp-previous-keys:}") String previousKeys,
            @Value("${kakehashi.security.totp-key-file:}") String keyFile) {
        if (!key.isBlank()) {
            current = Key.of(key.strip());
        } else if (!keyFile.isBlank()) {
            current = Key.of(readOrCreate(Path.of(keyFile)));
        } else {
            current = null;
        }
        if (current != null) {
            keys.put(current.id(), current);
        }
        Arrays.stream(previousKeys.split(",")).map(String::strip).filter(text -> !text.isEmpty()).map(Key::of)
                .forEach(previous -> keys.putIfAbsent(previous.id(), previous));
    }

    /** Whether a key is configured: without one no secret can be stored, so two-factor login cannot be turned on. */
    boolean available() {
        return current != null;
    }

    String encrypt(String secret) {
        if (current == null) {
            throw new TwoFactorService.TwoFactorException("two-factor.error.no-key");
        }
        var sealed = current.encryptor().encrypt(secret.getBytes(StandardCharsets.US_ASCII));
        return FORMAT + ":" + current.id() + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /**
     * The secret in clear; one stored before secrets were encrypted (plain Base32) is returned as it is.
     *
     * @throws IllegalStateException when it was encrypted under a key that is not configured
     */
    String decrypt(String stored) {
        if (!stored.startsWith(FORMAT + ":")) {
            return stored;
        }
        var parts = stored.split(":", 3);
        var key = keys.get(parts[1]);
        if (key == null) {
            throw new IllegalStateException("A two-factor secret is encrypted under key " + parts[1]
                    + ", which is neither kakehashi.security.totp-key nor one of its previous keys");
        }
        return new String(key.encryptor().decrypt(Base64.getDecoder().decode(parts[2])), StandardCharsets.US_ASCII);
    }

    /** Whether a stored secret is encrypted under the current key, so need not be encrypted again. */
    boolean isCurrent(String stored) {
        return current != null && stored.startsWith(FORMAT + ":" + current.id() + ":");
    }

    /** A new random key in Base64, as the README's rotation asks for one. */
    static String newKey() {
        var bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static String readOrCreate(Path file) {
        try {
            if (Files.notExists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                try {
                    Files.writeString(Files.createFile(file), newKey() + "\n", StandardCharsets.US_ASCII);
                    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                    }
                    log.info("Made the key of the two-factor secrets in {}: back it up with the database", file);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    // Another start made it first: use that one
                }
            }
            return Files.readString(file, StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or make the two-factor key file " + file, e);
        }
    }

    private record Key(String id, AesBytesEncryptor encryptor) {

        static Key of(String base64) {
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The two-factor key is not Base64", e);
            }
            if (bytes.length != KEY_BYTES) {
                throw new IllegalStateException("The two-factor key must be " + KEY_BYTES + " bytes in Base64 ("
                        + bytes.length + " given): make one with `openssl rand -base64 32`");
            }
            var encryptor = new AesBytesEncryptor(new SecretKeySpec(bytes, "AES"),
                    CipherAlgorithm.GCM.defaultIvGenerator(), CipherAlgorithm.GCM);
            return new Key(HexFormat.of().formatHex(sha256(bytes), 0, 4), encryptor);
        }

        private static byte[] sha256(byte[] bytes) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(bytes);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JDK", e);
            }
        }
    }
}
