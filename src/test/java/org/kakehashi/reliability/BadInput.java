package org.kakehashi.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;

/**
 * The text that users paste into forms, on purpose or not. Each either gets a message at its field (nothing at
 * all where something is required, too much) or is stored and shown back exactly as typed.
 */
public enum BadInput {
    EMPTY(""),
    WHITESPACE_ONLY(" \t \u3000 \u00a0 "),
    TEN_THOUSAND_CHARACTERS("長".repeat(5_000) + "x".repeat(5_000)),
    SCRIPT_TAG("<script>alert(1)</script>"),
    IMG_ONERROR("<img src=x onerror=alert(1)>"),
    SQL_META_CHARACTERS("'; drop table organisation; --"),
    EMOJI("👩‍👩‍👧‍👦 🇸🇪 🧬 𠮷野家 👍🏽"),
    KANJI_AND_KANA("神戸医療産業都市 こうべ カタカナ ｶﾀｶﾅ"),
    RIGHT_TO_LEFT("مرحبا بالوفد שלום עולם"),
    MIXED_QUOTES_AND_AMPERSANDS("Malmö \"Öresund\" & Co's <b>bold</b> \\n %s {0} ${x}");

    public final String text;

    BadInput(String text) {
        this.text = text;
    }

    /** Nothing a person could mean as a value: a required field says so, an optional one stays empty. */
    public boolean isNothing() {
        return text.isBlank() || text.strip().replace("\u00a0", "").isBlank();
    }

    public boolean isTooLong() {
        return this == TEN_THOUSAND_CHARACTERS;
    }

    /** Whether a required free-text field must refuse it at the field. */
    public boolean refusedWhenRequired() {
        return isNothing() || isTooLong();
    }

    /** Whether an optional free-text field must refuse it at the field (an empty one is stored as nothing). */
    public boolean refusedWhenOptional() {
        return isTooLong();
    }

    /** The field shows a message in the user's language, not a message key or an exception text. */
    public static void assertRefusedAtField(HasValidation field) {
        assertThat(field.isInvalid()).as("the field is marked invalid").isTrue();
        assertThat(field.getErrorMessage()).as("the field says why").isNotBlank()
                .doesNotContain("{", "Exception", "!");
    }

    /** No "unexpected error" (with its reference to the log) was shown: the input was handled, not crashed on. */
    public static void assertNoUnexpectedError() {
        assertThat(NotificationsKt.getNotifications())
                .extracting(com.github.mvysny.kaributools.NotificationsKt::getText)
                .noneMatch(text -> text.contains("reference to your administrator"));
    }
}
