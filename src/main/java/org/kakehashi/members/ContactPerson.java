package org.kakehashi.members;

import static org.kakehashi.common.SearchText.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.Audited;
import org.kakehashi.common.SearchText;

/** A person the association deals with: at a member organisation, or standing alone. */
@Entity
@Audited(parent = "organisation")
public class ContactPerson extends AbstractEntity {

    /** What an erased person is called from then on. */
    public static final String ERASED_GIVEN_NAME = "Erased";
    public static final String ERASED_FAMILY_NAME = "person";
    /** The fields that hold personal data, whose values the audit history loses on erasure. */
    static final List<String> PERSONAL_FIELDS = List.of("givenName", "familyName",
            "nameJapanese", "nameKana", "title", "titleJapanese", "email", "phone", "mobile", "consentSource");

    public static final int NAME_MAX = 100;
    public static final int TITLE_MAX = 150;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 50;
    public static final int CONSENT_SOURCE_MAX = 200;
    /** Hiragana, katakana, the long vowel mark, the middle dot and spaces. */
    public static final String KANA_PATTERN = "^[\\p{IsHiragana}\\p{IsKatakana}ー・\\s]*$";

    /** Null for a contact who stands alone. */
    @ManyToOne(fetch = FetchType.LAZY)
    private Organisation organisation;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String familyName;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String givenName;

    /** The name in Japanese script, family name first: 山田 花子. */
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String nameJapanese;

    /** The reading of the Japanese name in kana: やまだ はなこ. */
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    @Pattern(regexp = KANA_PATTERN, message = "{contact.kana.invalid}")
    private String nameKana;

    @Column(nullable = false)
    private String searchText;

    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    private String title;

    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    private String titleJapanese;

    @Size(max = EMAIL_MAX, message = "{validation.too-long}")
    @Email(message = "{validation.email}")
    private String email;

    @Size(max = PHONE_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,}$", message = "{validation.phone}")
    private String phone;

    @Size(max = PHONE_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,}$", message = "{validation.phone}")
    private String mobile;

    /** en, sv, de or ja: the language of the mails the contact receives. */
    @NotBlank(message = "{validation.required}")
    private String preferredLanguage = "en";

    private boolean primaryContact;

    private boolean consent;

    @JdbcTypeCode(SqlTypes.LOCAL_DATE)
    private LocalDate consentDate;

    @Size(max = CONSENT_SOURCE_MAX, message = "{validation.too-long}")
    private String consentSource;

    /** When the person's data was erased (GDPR): the row stays for the counts, with nothing personal in it. */
    private Instant erasedAt;

    /** Stores what the form leaves empty as nothing, and keeps the search text in step with the names. */
    @PrePersist
    @PreUpdate
    void normalise() {
        familyName = blankToNull(familyName);
        givenName = blankToNull(givenName);
        nameJapanese = blankToNull(nameJapanese);
        nameKana = blankToNull(nameKana);
        title = blankToNull(title);
        titleJapanese = blankToNull(titleJapanese);
        email = blankToNull(email);
        phone = blankToNull(phone);
        mobile = blankToNull(mobile);
        consentSource = blankToNull(consentSource);
        searchText = SearchText.of(familyName, givenName, nameJapanese, nameKana);
    }

    /** Consent is only worth something with its date and where it was given. */
    @AssertTrue(message = "{contact.consent.incomplete}")
    boolean isConsentComplete() {
        return !consent || (consentDate != null && consentSource != null && !consentSource.isBlank());
    }

    /**
     * Replaces everything personal with a placeholder and marks the contact erased; the organisation and every
     * link from elsewhere stay, so the figures that count contacts stay right.
     */
    void erase(Instant now) {
        givenName = ERASED_GIVEN_NAME;
        familyName = ERASED_FAMILY_NAME;
        nameJapanese = null;
        nameKana = null;
        title = null;
        titleJapanese = null;
        email = null;
        phone = null;
        mobile = null;
        consent = false;
        consentDate = null;
        consentSource = null;
        erasedAt = now;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getFullName() {
        return givenName + " " + familyName;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public void setOrganisation(Organisation organisation) {
        this.organisation = organisation;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getNameJapanese() {
        return nameJapanese;
    }

    public void setNameJapanese(String nameJapanese) {
        this.nameJapanese = nameJapanese;
    }

    public String getNameKana() {
        return nameKana;
    }

    public void setNameKana(String nameKana) {
        this.nameKana = nameKana;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getTitleJapanese() {
        return titleJapanese;
    }

    public void setTitleJapanese(String titleJapanese) {
        this.titleJapanese = titleJapanese;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getMobile() {
        return mobile;
    }

    public void setMobile(String mobile) {
        this.mobile = mobile;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public boolean isPrimaryContact() {
        return primaryContact;
    }

    public void setPrimaryContact(boolean primaryContact) {
        this.primaryContact = primaryContact;
    }

    public boolean isConsent() {
        return consent;
    }

    public void setConsent(boolean consent) {
        this.consent = consent;
    }

    public LocalDate getConsentDate() {
        return consentDate;
    }

    public void setConsentDate(LocalDate consentDate) {
        this.consentDate = consentDate;
    }

    public String getConsentSource() {
        return consentSource;
    }

    public void setConsentSource(String consentSource) {
        this.consentSource = consentSource;
    }
}
