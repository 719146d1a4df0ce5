package org.kakehashi.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.common.AuditLabel;

/** A person who logs in to Kakehashi, with the roles that decide what they may see and change. */
@Entity
@Table(name = "app_user")
public class AppUser extends AbstractEntity implements AuditLabel {

    public static final int USERNAME_MAX = 100;
    public static final int DISPLAY_NAME_MAX = 200;

    @NotBlank
    @Size(max = USERNAME_MAX)
    @Column(nullable = false, unique = true, length = USERNAME_MAX)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_MAX)
    @Column(nullable = false, length = DISPLAY_NAME_MAX)
    private String displayName;

    @Column(nullable = false, length = 500)
    private String passwordHash;

    private boolean enabled = true;

    private boolean mustChangePassword;

    @Column(nullable = false, length = 10)
    private String locale = Locale.ENGLISH.getLanguage();

    @NotEmpty
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role", nullable = false, length = 20)
    private Set<String> roles = new LinkedHashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String displayName, String passwordHash, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = new LinkedHashSet<>(roles);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(locale);
    }

    void setLocale(Locale locale) {
        this.locale = locale.toLanguageTag();
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    @Override
    public String auditLabel() {
        return username;
    }
}
