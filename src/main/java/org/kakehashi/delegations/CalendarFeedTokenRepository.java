package org.kakehashi.delegations;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, Long> {

    Optional<CalendarFeedToken> findByUserId(long userId);

    /** A token answers only while its account is enabled, whether or not disabling it has deleted the token. */
    Optional<CalendarFeedToken> findByTokenAndUserEnabledTrue(String token);

    void deleteByUserId(long userId);
}
