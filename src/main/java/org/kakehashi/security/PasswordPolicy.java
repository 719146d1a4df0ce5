package org.kakehashi.security;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.matching.match.DateMatch;
import me.gosimple.nbvcxz.matching.match.DictionaryMatch;
import me.gosimple.nbvcxz.matching.match.Match;
import me.gosimple.nbvcxz.matching.match.RepeatMatch;
import me.gosimple.nbvcxz.matching.match.SequenceMatch;
import me.gosimple.nbvcxz.matching.match.SpacialMatch;
import me.gosimple.nbvcxz.matching.match.YearMatch;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.DictionaryBuilder;

/**
 * What a new password must be: 12 to 72 characters and at most 72 bytes in UTF-8 (all that bcrypt takes; it refuses
 * more), not the username, and hard enough to guess. The guessing is nbvcxz's (the Java port of zxcvbn): common
 * passwords with digits or a year added, repeated characters, alphabet and keyboard sequences, dates, and words of
 * its dictionaries each count as few guesses; the username and the person's name count as none. Length over
 * complexity rules, and no forced rotation.
 */
final class PasswordPolicy {

    static final int MIN = 12;
    static final int MAX = 72;
    static final int MAX_BYTES = 72;
    /** About a trillion guesses: a long passphrase of ordinary words has more, a dressed-up common password less. */
    static final double MIN_ENTROPY_BITS = 40;

    private static final String PERSONAL = "personal";

    private PasswordPolicy() {
    }

    /** @throws UserService.PasswordChangeException with the i18n key of the first rule the password breaks */
    static void check(String username, String displayName, String password) {
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
        var result = estimator(username, displayName).estimate(password);
        if (!result.isMinimumEntropyMet()) {
            throw new UserService.PasswordChangeException(reason(result.getMatches()));
        }
    }

    /** The message of what makes the password guessable: the person's own name first, else its longest pattern. */
    private static String reason(List<Match> matches) {
        if (matches.stream().anyMatch(match -> match instanceof DictionaryMatch word
                && word.getDictionaryName().equals(PERSONAL))) {
            return "password.error.contains-name";
        }
        return matches.stream()
                .filter(match -> key(match) != null)
                .max(Comparator.comparingInt(match -> match.getToken().length()))
                .map(PasswordPolicy::key)
                .orElse("password.error.guessable");
    }

    private static String key(Match match) {
        return switch (match) {
            case DictionaryMatch word when word.getDictionaryName().equals("passwords") -> "password.error.common";
            case DictionaryMatch word -> "password.error.common-words";
            case RepeatMatch repeat -> "password.error.repeated";
            case SequenceMatch sequence -> "password.error.sequence";
            case SpacialMatch keyboard -> "password.error.keyboard";
            case YearMatch year -> "password.error.date";
            case DateMatch date -> "password.error.date";
            default -> null;
        };
    }

    /** nbvcxz's dictionaries and one of this person's names, which a guesser tries first. */
    private static Nbvcxz estimator(String username, String displayName) {
        var personal = new DictionaryBuilder().setDictionaryName(PERSONAL).setExclusion(true);
        personalWords(username, displayName).forEach(word -> personal.addWord(word, 0));
        var dictionaries = new ArrayList<Dictionary>(Defaults.DICTIONARIES);
        dictionaries.add(personal.createDictionary());
        return new Nbvcxz(new ConfigurationBuilder()
                .setDictionaries(dictionaries)
                .setMinimumEntropy(MIN_ENTROPY_BITS)
                .setLocale(Locale.ENGLISH)
                .createConfiguration());
    }

    /** The username and name whole and in their parts ("sofia.lindgren": sofia, lindgren), of three letters or more. */
    static List<String> personalWords(String username, String displayName) {
        return Stream.of(username, displayName)
                .filter(Objects::nonNull)
                .map(text -> text.strip().toLowerCase(Locale.ROOT))
                .flatMap(text -> Stream.concat(Stream.of(text, text.replaceAll("[\\s._@-]+", "")),
                        Arrays.stream(text.split("[\\s._@-]+"))))
                .filter(word -> word.length() >= 3)
                .distinct()
                .toList();
    }

    /** Loaded at the first password check rather than at start: the dictionaries hold about 170,000 words. */
    private static final class Defaults {
        static final List<Dictionary> DICTIONARIES = ConfigurationBuilder.getDefaultDictionaries();
    }
}
