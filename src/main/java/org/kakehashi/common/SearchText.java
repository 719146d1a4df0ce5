package org.kakehashi.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The form in which names are stored for searching and in which a search is written: lower case, accents
 * removed ("Malmö" becomes "malmo", "Zürich" "zurich"), full-width Latin letters and half-width katakana made
 * ordinary (as NFKC does), and katakana written as hiragana, so that "トヨタ", "ﾄﾖﾀ" and "とよた" find each other;
 * kanji are kept as they are. The database then matches with a plain, index-friendly LIKE. A change here needs a
 * migration that recomputes the stored texts (as V17 did).
 */
public final class SearchText {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    public static String of(String... parts) {
        return Arrays.stream(parts)
                .filter(Objects::nonNull)
                .map(SearchText::normalise)
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(" "));
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // NFKD splits "ö" into "o" and a mark, and turns full-width "Ｍ" into "M"; the marks are then dropped.
        // Kana would lose their voicing marks this way, so they are put back together with NFC afterwards.
        var decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFKD);
        var latinWithoutMarks = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            boolean mark = Character.getType(c) == Character.NON_SPACING_MARK;
            boolean previousIsKana = i > 0 && isKana(decomposed.charAt(i - 1));
            if (!mark || previousIsKana) {
                latinWithoutMarks.append(c);
            }
        }
        var result = hiragana(Normalizer.normalize(latinWithoutMarks, Normalizer.Form.NFC))
                .replace("ß", "ss")
                .replace('ø', 'o').replace('Ø', 'o')
                .replace('æ', 'a').replace('Æ', 'a')
                .replace('ł', 'l').replace('Ł', 'l')
                .toLowerCase(Locale.ROOT);
        return SPACES.matcher(result).replaceAll(" ");
    }

    /** Trimmed text, or null for nothing but blanks. */
    public static String blankToNull(String text) {
        return text == null || isBlank(text) ? null : text.strip();
    }

    /** Nothing but spaces of any kind: ASCII, ideographic (U+3000), no-break (U+00A0) … */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
    }

    /** The LIKE pattern for "contains", with LIKE's own wildcards in the search taken literally. */
    public static String containsPattern(String search) {
        return JpqlWhere.containsPattern(normalise(search));
    }

    /** Katakana as hiragana: the two blocks lie 0x60 apart, from ァ/ぁ to ヶ/ゖ, and the iteration marks ヽヾ/ゝゞ. */
    private static String hiragana(String text) {
        var folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean foldable = (c >= '\u30a1' && c <= '\u30f6') || c == '\u30fd' || c == '\u30fe';
            folded.append(foldable ? (char) (c - 0x60) : c);
        }
        return folded.toString();
    }

    private static boolean isKana(char c) {
        var block = Character.UnicodeBlock.of(c);
        return block == Character.UnicodeBlock.HIRAGANA || block == Character.UnicodeBlock.KATAKANA;
    }
}
