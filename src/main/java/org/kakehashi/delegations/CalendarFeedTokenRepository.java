package org.kakehashi.delegations;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarFeedTokenRepository extends JpaRepository<CalendarFeedToken, Long> {

    Optional<CalendarFeedToken> findByUserId(long userId);

    Optional<CalendarFeedToken> findByToken(String token);
}
