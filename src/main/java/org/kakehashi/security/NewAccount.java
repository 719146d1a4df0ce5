package org.kakehashi.security;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What the administrator fills in for a new account (the password is a one-time one made by the application), or
 * changes of an existing one (its name and roles).
 */
public class NewAccount {

    @NotBlank(message = "{validation.required}")
    @Size(max = AppUser.USERNAME_MAX, message = "{validation.too-long}")
    @Pattern(regexp = "[\\p{L}\\p{N}._@-]*", message = "{accounts.validation.username}")
    private String username = "";

    @NotBlank(message = "{validation.required}")
    @Size(max = AppUser.DISPLAY_NAME_MAX, message = "{validation.too-long}")
    private String displayName = "";

    @NotEmpty(message = "{accounts.validation.roles}")
    private Set<String> roles = new LinkedHashSet<>();

    /** The account as it is now, to be changed in the form. */
    public static NewAccount of(AppUser user) {
        var account = new NewAccount();
        account.setUsername(user.getUsername());
        account.setDisplayName(user.getDisplayName());
        account.setRoles(user.getRoles());
        return account;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }
}
