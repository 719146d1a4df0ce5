package org.kakehashi.members;

import static org.kakehashi.common.SearchText.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.AuditLabel;
import org.kakehashi.common.Audited;
import org.kakehashi.common.SearchText;

/** A member of the association, or a body that works with it: a city, a university, a company … */
@Entity
@Audited
public class Organisation extends AbstractEntity implements AuditLabel {

    public static final int NAME_MAX = 200;
    public static final int ORGANISATION_NUMBER_MAX = 30;
    public static final int CITY_MAX = 100;
    public static final int WEBSITE_MAX = 300;
    public static final int EMAIL_MAX = 254;
    public static final int PHONE_MAX = 50;
    public static final int SECTORS_MAX = 300;
    public static final int NOTES_MAX = 4000;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String name;

    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String nameJapanese;

    /** The Japanese name's reading in kana, by which it is found and sorted in Japan. */
    @Size(max = NAME_MAX, message = "{validation.too-long}")
    private String nameKana;

    @Column(nullable = false)
    private String searchText;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    private OrganisationKind kind;

    /** Digits, letters, spaces and dashes, as in 212000-1124 (Sweden), HRB 12345 (Germany) or 1234-01-012345 (Japan). */
    @Size(max = ORGANISATION_NUMBER_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^$|^[0-9A-Za-z][0-9A-Za-z ./-]*[0-9A-Za-z]$", message = "{organisation.number.invalid}")
    private String organisationNumber;

    @Size(max = CITY_MAX, message = "{validation.too-long}")
    private String city;

    /** ISO 3166 country code: SE, DE, JP … */
    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "^[A-Z]{2}$", message = "{organisation.country.invalid}")
    private String country = "SE";

    @Size(max = WEBSITE_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^$|^https?://[^\\s/$.?#][^\\s]*\\.[^\\s]{2,}$", message = "{validation.website}")
    private String website;

    @Size(max = EMAIL_MAX, message = "{validation.too-long}")
    @Email(message = "{validation.email}")
    private String email;

    @Size(max = PHONE_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "^$|^\\+?[0-9 ()./-]{5,}$", message = "{validation.phone}")
    private String phone;

    @Size(max = SECTORS_MAX, message = "{validation.too-long}")
    private String sectors;

    @Size(max = NOTES_MAX, message = "{validation.too-long}")
    private String notes;

    private boolean archived;

    /** The inverse side: the membership owns the link. Always fetched with the organisation by the service. */
    @OneToOne(mappedBy = "organisation", fetch = FetchType.LAZY)
    private Membership membership;

    /** Stores what the form leaves empty as nothing, and keeps the search text in step with the names and the city. */
    @PrePersist
    @PreUpdate
    void normalise() {
        name = blankToNull(name);
        nameJapanese = blankToNull(nameJapanese);
        nameKana = blankToNull(nameKana);
        organisationNumber = blankToNull(organisationNumber);
        city = blankToNull(city);
        website = blankToNull(website);
        email = blankToNull(email);
        phone = blankToNull(phone);
        sectors = blankToNull(sectors);
        notes = blankToNull(notes);
        // The city too: a member is looked for as "the one in Kobe" as often as by its name
        searchText = SearchText.of(name, nameJapanese, nameKana, city);
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public OrganisationKind getKind() {
        return kind;
    }

    public void setKind(OrganisationKind kind) {
        this.kind = kind;
    }

    public String getOrganisationNumber() {
        return organisationNumber;
    }

    public void setOrganisationNumber(String organisationNumber) {
        this.organisationNumber = organisationNumber;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
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

    public String getSectors() {
        return sectors;
    }

    public void setSectors(String sectors) {
        this.sectors = sectors;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public boolean isArchived() {
        return archived;
    }

    void setArchived(boolean archived) {
        this.archived = archived;
    }

    /** The organisation's membership, or null for an organisation that is not a member. */
    public Membership getMembership() {
        return membership;
    }

    @Override
    public String auditLabel() {
        return name;
    }
}
