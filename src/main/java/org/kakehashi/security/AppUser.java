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
import java.time.Instant;
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

    private int failedLogins;

    private Instant lockedUntil;

    /** Encrypted (TotpSecrets): the app's shared secret is needed in clear only to compute the expected code. */
    @Column(length = 200)
    private String totpSecret;

    private Long totpLastStep;

    @ElementCollection
    @CollectionTable(name = "app_user_recovery_code", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "code_hash", nullable = false, length = 200)
    private Set<String> recoveryCodeHashes = new LinkedHashSet<>();

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

    void setRoles(Set<String> roles) {
        this.roles = new LinkedHashSet<>(roles);
    }

    /** True while the account is locked after too many failed logins. */
    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    int getFailedLogins() {
        return failedLogins;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public boolean isTwoFactorEnabled() {
        return totpSecret != null;
    }

    String getTotpSecret() {
        return totpSecret;
    }

    Long getTotpLastStep() {
        return totpLastStep;
    }

    void setTotpLastStep(long step) {
        this.totpLastStep = step;
    }

    void enableTwoFactor(String secret, long confirmedStep, Set<String> recoveryCodeHashes) {
        this.totpSecret = secret;
        this.totpLastStep = confirmedStep;
        replaceRecoveryCodes(recoveryCodeHashes);
    }

    void disableTwoFactor() {
        this.totpSecret = null;
        this.totpLastStep = null;
        this.recoveryCodeHashes.clear();
    }

    Set<String> getRecoveryCodeHashes() {
        return recoveryCodeHashes;
    }

    void replaceRecoveryCodes(Set<String> hashes) {
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(hashes);
    }
}
