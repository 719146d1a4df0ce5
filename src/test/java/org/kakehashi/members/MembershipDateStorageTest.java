package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A date is stored as the day it is, on a server in Sweden or Japan as much as in UTC. The build runs the tests in
 * Europe/Stockholm (see the Surefire argLine), where a conversion through UTC would store the day before.
 */
@SpringBootTest
class MembershipDateStorageTest {

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MembershipService memberships;

    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void logout() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void membership_dates_keep_their_day_on_a_server_east_of_utc() {
        SecurityContextHolder.getContext().setAuthentication(
                new TestingAuthenticationToken("secretary", null, "ROLE_SECRETARY"));
        assertThat(TimeZone.getDefault().getRawOffset()).as("the test runs east of UTC").isPositive();
        var organisation = new Organisation();
        organisation.setName("Tokyo Server Dates KK");
        organisation.setKind(OrganisationKind.COMPANY);
        organisation = organisations.save(organisation);
        var type = new MembershipType();
        type.setName("Date check type");
        type.setAnnualFee(BigDecimal.TEN);
        type = memberships.saveType(type);

        var membership = memberships.join(organisation.getId(), type, LocalDate.of(2026, 3, 23),
                LocalDate.of(2027, 3, 22));

        var stored = jdbc.queryForObject("select cast(start_date as varchar) from membership where id = ?",
                String.class, membership.getId());
        assertThat(stored).isEqualTo("2026-03-23");
        assertThat(memberships.membershipOf(organisation.getId()).orElseThrow().getStartDate())
                .isEqualTo(LocalDate.of(2026, 3, 23));
    }
}
