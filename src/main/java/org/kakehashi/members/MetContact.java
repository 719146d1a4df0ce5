package org.kakehashi.members;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person met in the field, as written down from their business card (meishi), to be added to the register: the
 * name in Japanese script, its reading and the title in both languages, at an organisation of the register or none.
 * Its constraints are the contact's.
 */
public record MetContact(
        @NotBlank(message = "{validation.required}")
        @Size(max = ContactPerson.NAME_MAX, message = "{validation.too-long}")
        String familyName,
        @NotBlank(message = "{validation.required}")
        @Size(max = ContactPerson.NAME_MAX, message = "{validation.too-long}")
        String givenName,
        @Size(max = ContactPerson.NAME_MAX, message = "{validation.too-long}")
        String nameJapanese,
        @Size(max = ContactPerson.NAME_MAX, message = "{validation.too-long}")
        @Pattern(regexp = ContactPerson.KANA_PATTERN, message = "{contact.kana.invalid}")
        String nameKana,
        @Size(max = ContactPerson.TITLE_MAX, message = "{validation.too-long}")
        String title,
        @Size(max = ContactPerson.TITLE_MAX, message = "{validation.too-long}")
        String titleJapanese,
        OrganisationRef organisation) {

    public static final MetContact NONE = new MetContact(null, null, null, null, null, null, null);

    /** Japanese when the card gives the name in Japanese script, else English. */
    String preferredLanguage() {
        return nameJapanese == null || nameJapanese.isBlank() ? "en" : "ja";
    }
}
