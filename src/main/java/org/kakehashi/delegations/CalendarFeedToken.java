package org.kakehashi.delegations;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.kakehashi.common.AbstractEntity;
import org.kakehashi.security.AppUser;

/** The secret in the address of a user's calendar feed. Renewing it makes the old address stop working. */
@Entity
class CalendarFeedToken extends AbstractEntity {

    private static final SecureRandom RANDOM = new SecureRandom();

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AppUser user;

    private String token;

    protected CalendarFeedToken() {
    }

    CalendarFeedToken(AppUser user) {
        this.user = user;
        renew();
    }

    final void renew() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        token = HexFormat.of().formatHex(bytes);
    }

    AppUser getUser() {
        return user;
    }

    String getToken() {
        return token;
    }
}
