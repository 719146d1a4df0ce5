package org.kakehashi.security;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kakehashi.common.AuditEntry;
import org.kakehashi.common.AuditTrail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor login with a time-based one-time code: enrolment with a QR code and recovery codes, the second step
 * of the login, and the administrator's reset. Required for ADMIN (see AccountSecurityProperties), optional for
 * everyone else.
 */
@Service
@Transactional(readOnly = true)
public class TwoFactorService {

    public static final int RECOVERY_CODE_COUNT = 10;

    /**
     * Anyone signed in, also halfway (a password but no code yet, so no role), but never an anonymous visitor,
     * whom @PermitAll would let in.
     */
    private static final String SIGNED_IN = "isAuthenticated()";
    static final String ISSUER = "Kakehashi";
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final LoginAttempts attempts;
    private final Clock clock;
    private final boolean requiredForAdmin;
    private final AuditTrail auditTrail;
    private final TotpSecrets secrets;

    TwoFactorService(AppUserRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
            LoginAttempts attempts, Clock clock, AccountSecurityProperties properties,
            @Value("${kakehashi.demo-data:false}") boolean demoData, AuditTrail auditTrail, TotpSecrets secrets) {
        this.auditTrail = auditTrail;
        this.secrets = secrets;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.attempts = attempts;
        this.clock = clock;
        this.requiredForAdmin = properties.adminTwoFactorRequired() != null
                ? properties.adminTwoFactorRequired() : !demoData;
    }

    /**
     * A new secret for the logged-in user, with its QR code; nothing is stored until a code confirms it.
     *
     * @throws TwoFactorException when no key to store the secret with is configured
     */
    @PreAuthorize(SIGNED_IN)
    public Enrolment newEnrolment() {
        if (!secrets.available()) {
            throw new TwoFactorException("two-factor.error.no-key");
        }
        var user = currentUser.require();
        var secret = Totp.newSecret();
        var uri = Totp.otpauthUri(ISSUER, user.username(), secret);
        return new Enrolment(secret, uri, QrCodes.svg(uri));
    }

    /**
     * Turns two-factor login on once a code from the app proves it has the secret.
     *
     * @return the recovery codes, shown to the user this once
     * @throws TwoFactorException when the code is not the current one for the secret
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public List<String> confirmEnrolment(String secret, String code) {
        var principal = currentUser.require();
        var step = Totp.matchingStep(secret, code, clock.instant())
                .orElseThrow(() -> new TwoFactorException("two-factor.error.code-wrong"));
        var user = users.findById(principal.userId()).orElseThrow();
        var codes = new ArrayList<String>();
        user.enableTwoFactor(secrets.encrypt(secret), step, newRecoveryCodes(codes));
        var enrolled = principal.withTwoFactor(true);
        replaceLogin(enrolled, withTotpFactor(SecurityContextHolder.getContext().getAuthentication().getAuthorities()));
        return codes;
    }

    /** New recovery codes for the logged-in user; the old ones stop working. */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public List<String> replaceRecoveryCodes() {
        var user = users.findById(currentUser.require().userId()).orElseThrow();
        if (!user.isTwoFactorEnabled()) {
            throw new IllegalStateException("Two-factor login is off for " + user.getUsername());
        }
        var codes = new ArrayList<String>();
        user.replaceRecoveryCodes(newRecoveryCodes(codes));
        return codes;
    }

    @PreAuthorize(SIGNED_IN)
    public int remainingRecoveryCodes() {
        return users.findById(currentUser.require().userId()).orElseThrow().getRecoveryCodeHashes().size();
    }

    /** Users may turn it off for themselves, except where it is required (ADMIN). */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public void turnOffOwn() {
        var principal = currentUser.require();
        if (isRequiredFor(principal)) {
            throw new IllegalStateException("Two-factor login is required for " + principal.username());
        }
        users.findById(principal.userId()).orElseThrow().disableTwoFactor();
        UserService.replacePrincipal(principal.withTwoFactor(false));
    }

    @PreAuthorize(SIGNED_IN)
    public boolean isRequiredForCurrentUser() {
        return currentUser.get().map(this::isRequiredFor).orElse(false);
    }

    boolean isRequiredFor(AppUserPrincipal user) {
        return requiredForAdmin && user.roles().contains(Roles.ADMIN);
    }

    /**
     * The second step of a login: a code from the app, or one of the recovery codes (used up by this). A wrong code
     * counts as a failed login, so the account locks after as many wrong codes as wrong passwords.
     */
    @PreAuthorize(SIGNED_IN)
    @Transactional
    public SecondStep completeLogin(String code) {
        var pending = (SecondFactorPending) SecurityContextHolder.getContext().getAuthentication();
        var user = users.findById(pending.getPrincipal().userId()).orElseThrow();
        if (!user.isEnabled() || user.isLockedAt(clock.instant()) || !user.isTwoFactorEnabled()) {
            return SecondStep.REFUSED;
        }
        if (acceptsCode(user, code) || usesRecoveryCode(user, code)) {
            attempts.succeeded(user.getId());
            replaceLogin(pending.getPrincipal(), withTotpFactor(pending.getPrincipal().getAuthorities()));
            return SecondStep.LOGGED_IN;
        }
        attempts.failed(user.getUsername(), null);
        boolean nowLocked = users.findById(user.getId()).orElseThrow().isLockedAt(clock.instant());
        return nowLocked ? SecondStep.REFUSED : SecondStep.WRONG_CODE;
    }

    /** For a user who lost their phone: their next login is by password alone (and an ADMIN must enrol again). */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public void reset(long userId) {
        var user = users.findById(userId).orElseThrow();
        if (user.isTwoFactorEnabled()) {
            // An administrator's account action, kept in the account's history with the others (UserAdminService)
            auditTrail.record(AppUser.class, userId, AuditEntry.Action.UPDATE, "twoFactor", "true", "false");
        }
        user.disableTwoFactor();
    }

    private boolean acceptsCode(AppUser user, String code) {
        var step = Totp.matchingStep(secrets.decrypt(user.getTotpSecret()), code, clock.instant());
        // A code is good once: a step at or before the last accepted one is a replay
        if (step.isEmpty() || (user.getTotpLastStep() != null && step.getAsLong() <= user.getTotpLastStep())) {
            return false;
        }
        user.setTotpLastStep(step.getAsLong());
        return true;
    }

    private boolean usesRecoveryCode(AppUser user, String code) {
        var typed = OneTimeSecrets.normalise(code);
        if (typed.length() < 10) {
            return false;
        }
        var hashes = user.getRecoveryCodeHashes();
        var used = hashes.stream().filter(hash -> passwordEncoder.matches(typed, hash)).findFirst();
        used.ifPresent(hashes::remove);
        return used.isPresent();
    }

    private Set<String> newRecoveryCodes(List<String> shown) {
        var hashes = new LinkedHashSet<String>();
        for (int i = 0; i < RECOVERY_CODE_COUNT; i++) {
            var code = OneTimeSecrets.recoveryCode();
            shown.add(code);
            hashes.add(passwordEncoder.encode(OneTimeSecrets.normalise(code)));
        }
        return hashes;
    }

    private static List<GrantedAuthority> withTotpFactor(java.util.Collection<? extends GrantedAuthority> authorities) {
        var all = new ArrayList<GrantedAuthority>(authorities);
        if (all.stream().noneMatch(a -> a.getAuthority().equals(FactorGrantedAuthority.PASSWORD_AUTHORITY))) {
            all.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        }
        all.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
        return all;
    }

    private static void replaceLogin(AppUserPrincipal principal, List<GrantedAuthority> authorities) {
        var context = SecurityContextHolder.getContext();
        var old = context.getAuthentication();
        var login = UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
        login.setDetails(old.getDetails());
        context.setAuthentication(login);
    }

    public record Enrolment(String secret, String otpauthUri, String qrCodeSvg) {
    }

    public enum SecondStep {
        LOGGED_IN,
        WRONG_CODE,
        /** Locked, disabled or otherwise not allowed: the login starts again, with the login page's message. */
        REFUSED
    }

    /** An enrolment refused for a reason the user can fix; the message is an i18n key. */
    public static class TwoFactorException extends RuntimeException {
        TwoFactorException(String messageKey) {
            super(messageKey);
        }

        public String messageKey() {
            return getMessage();
        }
    }
}
