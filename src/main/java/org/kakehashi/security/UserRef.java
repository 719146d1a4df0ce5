package org.kakehashi.security;

/**
 * A user as the other features' views show and choose them (an owner, a responsible officer): their views never
 * hold the account itself, and their services turn the id back into the association when saving.
 */
public record UserRef(long id, String displayName) {

    public static UserRef of(AppUser user) {
        return user == null ? null : new UserRef(user.getId(), user.getDisplayName());
    }
}
