package org.kakehashi.delegations;

import java.time.Clock;
import java.util.Optional;
import org.kakehashi.security.AccountDisabled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The feed of all confirmed delegations and their programmes that a calendar program subscribes to. It has no
 * login: the secret token in its address is the credential, so it answers only for a token an enabled user holds.
 */
@Service
class CalendarFeed {

    private final CalendarFeedTokenRepository tokens;
    private final DelegationRepository delegations;
    private final ProgrammeItemRepository items;
    private final Clock clock;

    CalendarFeed(CalendarFeedTokenRepository tokens, DelegationRepository delegations, ProgrammeItemRepository items,
            Clock clock) {
        this.tokens = tokens;
        this.delegations = delegations;
        this.items = items;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<String> forToken(String token) {
        if (token == null || !token.matches("[0-9a-f]{64}") || tokens.findByTokenAndUserEnabledTrue(token).isEmpty()) {
            return Optional.empty();
        }
        var confirmed = delegations.findByStatus(DelegationStatus.CONFIRMED);
        var writer = new IcsWriter("Kakehashi", clock.instant());
        confirmed.forEach(writer::delegation);
        if (!confirmed.isEmpty()) {
            items.findByDelegations(confirmed).stream().sorted(DelegationService.BY_START).forEach(writer::item);
        }
        return Optional.of(writer.write());
    }

    /** A disabled account's address stops working for good: enabled again, the user gets a new one. */
    @EventListener
    @Transactional
    void forget(AccountDisabled disabled) {
        tokens.deleteByUserId(disabled.userId());
    }
}
