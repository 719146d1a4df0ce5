package org.kakehashi.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kakehashi.security.Roles;

class TranslationsTest {

    private static final Pattern TRANSLATION_KEY_IN_CODE =
            Pattern.compile("\"((?:[a-z0-9-]+\\.)+[a-z0-9-]+)\"");

    private final Translations translations = new Translations();

    @Test
    void every_language_has_every_key_of_the_english_bundle_and_no_other() throws IOException {
        for (var bundle : existingBundles()) {
            var english = keys(bundle, "");
            for (var suffix : new String[] {"_sv", "_de", "_ja"}) {
                assertThat(keys(bundle, suffix)).as("keys of %s%s.properties", bundle, suffix)
                        .containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void a_key_lives_in_one_bundle_only() throws IOException {
        var seen = new java.util.HashMap<String, String>();
        for (var bundle : existingBundles()) {
            for (var key : keys(bundle, "")) {
                assertThat(seen.put(key, bundle)).as("key %s is in %s and %s", key, seen.get(key), bundle).isNull();
            }
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var english = new TreeSet<String>();
        for (var bundle : existingBundles()) {
            english.addAll(keys(bundle, ""));
        }
        // A literal counts as a key when it starts like the keys of the bundles ("members.title", "nav.users" …)
        var keyPrefixes = english.stream().map(key -> key.substring(0, key.indexOf('.'))).collect(Collectors.toSet());
        Set<String> used;
        try (var sources = Files.walk(Path.of("src/main/java"))) {
            used = sources.filter(path -> path.toString().endsWith(".java"))
                    .flatMap(path -> TRANSLATION_KEY_IN_CODE.matcher(read(path)).results())
                    .map(match -> match.group(1))
                    .filter(key -> keyPrefixes.contains(key.substring(0, key.indexOf('.'))))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(used).isNotEmpty();
        assertThat(english).containsAll(used);
        for (var role : Roles.ALL) {
            assertThat(english).contains("role." + role);
        }
        for (var locale : Translations.LOCALES) {
            assertThat(english).contains("language." + locale.getLanguage());
        }
    }

    @Test
    void texts_come_in_the_users_language_with_english_for_any_other() {
        assertThat(translations.getTranslation("nav.members", Locale.ENGLISH)).isEqualTo("Members");
        assertThat(translations.getTranslation("nav.members", Translations.SWEDISH)).isEqualTo("Medlemmar");
        assertThat(translations.getTranslation("nav.members", Locale.GERMANY)).isEqualTo("Mitglieder");
        assertThat(translations.getTranslation("nav.members", Locale.JAPAN)).isEqualTo("会員");
        assertThat(translations.getTranslation("nav.members", Locale.FRENCH)).isEqualTo("Members");
        assertThat(translations.getTranslation("password.error.too-short", Locale.GERMAN, 12))
                .isEqualTo("Das Passwort muss mindestens 12 Zeichen haben.");
    }

    @Test
    void a_missing_key_is_visible_instead_of_blank() {
        assertThat(translations.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key!");
    }

    private static java.util.List<String> existingBundles() {
        var bundles = Translations.BUNDLES.stream()
                .filter(bundle -> TranslationsTest.class.getResource("/" + bundle + ".properties") != null)
                .toList();
        assertThat(bundles).contains("i18n/messages");
        return bundles;
    }

    private static Set<String> keys(String bundle, String suffix) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/" + bundle + suffix + ".properties")) {
            assertThat(in).as("bundle %s%s.properties", bundle, suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
