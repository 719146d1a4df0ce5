package org.kakehashi.members;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cache.CacheManager;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The member list's city filter is read once and kept ({@code OrganisationService.cities}, cached), yet shows every
 * change that the services write at once, after its commit.
 */
@SpringBootTest
@WithMockUser(username = "secretary", roles = "SECRETARY")
class OrganisationCitiesTest {

    @Autowired
    private OrganisationService organisations;

    @Autowired
    private MemberExchangeService exchange;

    @Autowired
    private TransactionTemplate transactions;

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private EntityManager entityManager;

    @Autowired
    private CacheManager caches;

    private Statistics statistics;

    /** Each test starts with nothing kept, whatever the tests before it in this context read. */
    @BeforeEach
    void forgetTheCities() {
        caches.getCache(OrganisationService.CITIES_CACHE).invalidate();
    }

    @BeforeEach
    void countStatements() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void a_city_appears_in_the_filter_once_an_organisation_there_is_saved_and_goes_when_it_moves_or_is_deleted() {
        assertThat(organisations.cities()).doesNotContain("Höganäs");

        var saved = organisations.save(organisation("Höganäs Ceramics Lab", "Höganäs"));
        assertThat(organisations.cities()).contains("Höganäs");

        saved.setCity("Skanör");
        saved = organisations.save(saved);
        assertThat(organisations.cities()).contains("Skanör").doesNotContain("Höganäs");

        organisations.delete(saved);
        assertThat(organisations.cities()).doesNotContain("Skanör");
    }

    @Test
    void an_imported_organisation_brings_its_city_into_the_filter() {
        assertThat(organisations.cities()).doesNotContain("Tomelilla");
        var file = "organisation_name,kind,city\r\nTomelilla Tech AB,COMPANY,Tomelilla"
                .getBytes(StandardCharsets.UTF_8);

        exchange.importOrganisations(exchange.preview(file, Locale.ENGLISH), false, Locale.ENGLISH);

        assertThat(organisations.cities()).contains("Tomelilla");
    }

    @Test
    void the_cities_are_read_from_the_database_once_until_an_organisation_changes() {
        organisations.cities();
        statistics.clear();

        var again = organisations.cities();

        assertThat(statistics.getPrepareStatementCount()).isZero();
        organisations.save(organisation("Hörby Foods AB", "Hörby"));
        statistics.clear();
        assertThat(organisations.cities()).isNotEqualTo(again).contains("Hörby");
        assertThat(statistics.getPrepareStatementCount()).isOne();
    }

    @Test
    void a_request_reading_the_cities_between_a_save_and_its_commit_does_not_keep_those_from_before_it()
            throws Exception {
        var reader = Executors.newSingleThreadExecutor();
        try {
            transactions.executeWithoutResult(status -> {
                organisations.save(organisation("Sjöbo Mejeri AB", "Sjöbo"));
                entityManager.flush();
                assertThat(readIn(reader)).as("another request before the commit").doesNotContain("Sjöbo");
            });
        } finally {
            reader.shutdown();
        }

        assertThat(organisations.cities()).contains("Sjöbo");
    }

    @Test
    void a_city_saved_in_a_transaction_that_is_rolled_back_never_shows_in_the_filter() {
        transactions.executeWithoutResult(status -> {
            organisations.save(organisation("Vellinge Energi AB", "Vellinge"));
            entityManager.flush();
            assertThat(organisations.cities()).contains("Vellinge");
            status.setRollbackOnly();
        });

        assertThat(organisations.cities()).doesNotContain("Vellinge");
    }

    /** The cities as a request on another thread, by the same user, reads them. */
    private List<String> readIn(ExecutorService reader) {
        try {
            return reader.submit(DelegatingSecurityContextCallable.create(organisations::cities,
                    SecurityContextHolder.getContext())).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Organisation organisation(String name, String city) {
        var organisation = new Organisation();
        organisation.setName(name);
        organisation.setKind(OrganisationKind.COMPANY);
        organisation.setCity(city);
        return organisation;
    }
}
