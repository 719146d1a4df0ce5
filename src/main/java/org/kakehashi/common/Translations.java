package org.kakehashi.common;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-visible text comes from the bundles under {@code i18n/}: {@code messages} for what is common, and one
 * per feature, each in English (the base bundle and the fallback), Swedish, German and Japanese. A key lives in
 * exactly one bundle; a missing key shows as {@code !key!} so it is noticed, never as a blank.
 */
@Component
public class Translations implements I18NProvider {

    public static final List<String> BUNDLES = List.of(
            "i18n/messages", "i18n/members", "i18n/reminders", "i18n/exchange", "i18n/delegations", "i18n/pipeline",
            "i18n/dashboard", "i18n/reliability", "i18n/audit", "i18n/privacy", "i18n/accounts");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale SWEDISH = Locale.of("sv");
    public static final Locale GERMAN = Locale.GERMAN;
    public static final Locale JAPANESE = Locale.JAPANESE;
    public static final List<Locale> LOCALES = List.of(ENGLISH, SWEDISH, GERMAN, JAPANESE);

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    // Without this control a Swedish browser on an English JVM would fall back to the JVM's locale first
    private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        var supported = supported(locale);
        for (var bundleName : BUNDLES) {
            var bundle = bundle(bundleName, supported);
            if (bundle != null && bundle.containsKey(key)) {
                var pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
            }
        }
        log.warn("Missing translation for key '{}' in locale {}", key, locale);
        return "!" + key + "!";
    }

    /** The supported locale closest to the given one: its language if we have it, else English. */
    public static Locale supported(Locale locale) {
        if (locale == null) {
            return ENGLISH;
        }
        return LOCALES.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage()))
                .findFirst()
                .orElse(ENGLISH);
    }

    /**
     * The locale whose formats of dates, times and numbers the user's language reads. Our users are in Europe and
     * Japan: English is written the British way (24-hour clock, "7 Dec 2026"), and each language as in its home
     * country, whose week starts on Monday (a language alone, "sv" or "de", would start it on Sunday).
     */
    public static Locale formats(Locale language) {
        return switch (supported(language).getLanguage()) {
            case "sv" -> Locale.of("sv", "SE");
            case "de" -> Locale.GERMANY;
            case "ja" -> Locale.JAPAN;
            default -> Locale.UK;
        };
    }

    /** All bundles as one, in a supported locale: what Bean Validation reads its messages from. */
    public static ResourceBundle resourceBundle(Locale locale) {
        var supported = supported(locale);
        var bundles = BUNDLES.stream().map(name -> bundle(name, supported)).filter(Objects::nonNull).toList();
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return bundles.stream().filter(bundle -> bundle.containsKey(key)).findFirst()
                        .map(bundle -> bundle.getObject(key)).orElse(null);
            }

            @Override
            public Enumeration<String> getKeys() {
                var keys = new LinkedHashSet<String>();
                bundles.forEach(bundle -> keys.addAll(bundle.keySet()));
                return Collections.enumeration(keys);
            }
        };
    }

    /** The bundle, or null for a feature that has no texts yet. */
    private static ResourceBundle bundle(String bundleName, Locale locale) {
        try {
            return ResourceBundle.getBundle(bundleName, locale, NO_DEFAULT_LOCALE_FALLBACK);
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
