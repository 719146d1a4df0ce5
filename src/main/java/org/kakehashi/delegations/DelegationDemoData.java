package org.kakehashi.delegations;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.kakehashi.members.Organisation;
import org.kakehashi.members.OrganisationFilter;
import org.kakehashi.members.OrganisationKind;
import org.kakehashi.members.OrganisationService;
import org.kakehashi.security.AppUser;
import org.kakehashi.security.Roles;
import org.kakehashi.security.UserService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives an empty embedded database delegations of the kinds the offices plan (invented people), in this year and
 * the next, so the calendar and the list show past and coming ones on the first start.
 */
@Component
@Order(30)
class DelegationDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DelegationDemoData.class);
    private static final String TOKYO = "Asia/Tokyo";
    private static final String BERLIN = "Europe/Berlin";
    private static final String STOCKHOLM = "Europe/Stockholm";

    private final boolean demoData;
    private final DelegationRepository repository;
    private final DelegationService delegations;
    private final DelegationContactsService delegationContacts;
    private final OrganisationService organisations;
    private final UserService users;
    private final Clock clock;

    DelegationDemoData(@Value("${kakehashi.demo-data.register:${kakehashi.demo-data:false}}") boolean demoData,
            DelegationRepository repository,
            DelegationService delegations, DelegationContactsService delegationContacts,
            OrganisationService organisations, UserService users, Clock clock) {
        this.demoData = demoData;
        this.repository = repository;
        this.delegations = delegations;
        this.delegationContacts = delegationContacts;
        this.organisations = organisations;
        this.users = users;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoData || repository.count() > 0) {
            return;
        }
        // Loaded at start-up, where no one is logged in: as "system" with the administrator's rights
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("ROLE_" + Roles.ADMIN)));
        SecurityContextHolder.setContext(context);
        try {
            load(LocalDate.now(clock));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void load(LocalDate today) {
        int year = today.getYear();
        var officer = users.activeUsersWithRole(Roles.OFFICER).stream().findFirst().orElse(null);
        sodertalje(year, today, officer);
        kansai(year, today, officer);
        mayorsVisit(year, today, officer);
        conference(year, today, officer);
        var next = today.plusWeeks(3);
        var upcoming = delegation("Delegation from Fukuoka: start-up exchange", DelegationDirection.INBOUND,
                "Lund", STOCKHOLM, "Fukuoka", next, next.plusDays(3), today, officer, null);
        upcoming.setStatus(DelegationStatus.PLANNED);
        upcoming = delegations.save(upcoming);
        item(upcoming, "Start-up pitches at the science park", ProgrammeItemKind.SEMINAR, next.atTime(13, 0), 3,
                STOCKHOLM, "Lund", "Science park");
        var followUp = delegation("Follow-up mission to Kansai", DelegationDirection.OUTBOUND, "Leipzig", BERLIN,
                "Osaka, Kobe", LocalDate.of(year + 1, 4, 13), LocalDate.of(year + 1, 4, 18), today, officer, null);
        followUp.setStatus(DelegationStatus.IDEA);
        delegations.save(followUp);
        log.info("Created demo delegations for {} and {}", year, year + 1);
    }

    private void sodertalje(int year, LocalDate today, AppUser officer) {
        var sodertalje = delegation("Global platforms establishing in Södertälje", DelegationDirection.INBOUND,
                "Södertälje", STOCKHOLM, "Tokyo", LocalDate.of(year, 1, 19), LocalDate.of(year, 1, 23), today,
                officer, organisation("Södertälje City Centre Company", OrganisationKind.COMPANY, "Södertälje", "SE"));
        sodertalje.setObjectives("Establish an innovation platform and an association of entrepreneurs and"
                + " researchers (members in 140 countries) in the city's labs.");
        sodertalje = delegations.save(sodertalje);
        item(sodertalje, "Welcome at the municipality's business office", ProgrammeItemKind.MEETING,
                LocalDate.of(year, 1, 19).atTime(10, 0), 2, STOCKHOLM, "Södertälje", "Town hall");
        item(sodertalje, "Talks with the city centre company", ProgrammeItemKind.MEETING,
                LocalDate.of(year, 1, 20).atTime(9, 30), 3, STOCKHOLM, "Södertälje", null);
        item(sodertalje, "Lab premises with the real-estate firm", ProgrammeItemKind.SITE_VISIT,
                LocalDate.of(year, 1, 21).atTime(13, 0), 3, STOCKHOLM, "Södertälje", "Science park");
        item(sodertalje, "Dinner with the hosts", ProgrammeItemKind.RECEPTION,
                LocalDate.of(year, 1, 21).atTime(18, 30), 3, STOCKHOLM, "Södertälje", null);
        guest(sodertalje, "Kenji Morimoto", ParticipantRole.HEAD);
        guest(sodertalje, "Aya Fujisawa", ParticipantRole.INTERPRETER);
    }

    private void kansai(int year, LocalDate today, AppUser officer) {
        var kansai = delegation("Biotech mission to Osaka, Kobe, Shonan and Toyohashi", DelegationDirection.OUTBOUND,
                "Leipzig", BERLIN, "Osaka, Kobe, Shonan, Toyohashi", LocalDate.of(year, 3, 23),
                LocalDate.of(year, 3, 31), today, officer, null);
        kansai.setSectors("Biotech, life science");
        kansai.setObjectives("Present six local biotech firms to the Kobe biomedical cluster (350 companies).");
        kansai = delegations.save(kansai);
        item(kansai, "Briefing at the consulate general", ProgrammeItemKind.MEETING,
                LocalDate.of(year, 3, 24).atTime(10, 0), 2, TOKYO, "Osaka", null);
        item(kansai, "Concert reception with Osaka business leaders", ProgrammeItemKind.RECEPTION,
                LocalDate.of(year, 3, 24).atTime(18, 0), 3, TOKYO, "Osaka", "Symphony hall");
        item(kansai, "Six Leipzig biotech firms present to the cluster", ProgrammeItemKind.SEMINAR,
                LocalDate.of(year, 3, 26).atTime(10, 0), 6, TOKYO, "Kobe", "Biomedical innovation cluster");
        item(kansai, "Shinkansen to Odawara", ProgrammeItemKind.TRAVEL,
                LocalDate.of(year, 3, 27).atTime(8, 0), 3, TOKYO, "Kobe", null);
        item(kansai, "Shonan biotech park", ProgrammeItemKind.SITE_VISIT,
                LocalDate.of(year, 3, 27).atTime(13, 0), 3, TOKYO, "Fujisawa", "Shonan biotech park");
        item(kansai, "Meeting the mayor of Toyohashi", ProgrammeItemKind.MEETING,
                LocalDate.of(year, 3, 30).atTime(11, 0), 2, TOKYO, "Toyohashi", "City hall");
        item(kansai, "Call with the office at home", ProgrammeItemKind.MEETING,
                LocalDate.of(year, 3, 30).atTime(4, 30), 1, BERLIN, "Leipzig", null);
        partner(kansai, organisation("Consulate General of Germany in Osaka-Kobe", OrganisationKind.AGENCY, "Osaka",
                "JP"), "Briefing and the concert reception");
        partner(kansai, organisation("Embassy of Japan in Berlin", OrganisationKind.AGENCY, "Berlin", "DE"),
                "Letters of introduction");
        partner(kansai, organisation("Kansai Trade Promotion Office", OrganisationKind.AGENCY, "Osaka", "JP"),
                "Matchmaking with the cluster's companies");
        guest(kansai, "Katrin Vogel", ParticipantRole.HEAD);
        guest(kansai, "Yuki Hayashi", ParticipantRole.INTERPRETER);
    }

    private void mayorsVisit(int year, LocalDate today, AppUser officer) {
        var mayor = delegation("Return visit of the mayor of Toyohashi", DelegationDirection.INBOUND, "Leipzig",
                BERLIN, "Toyohashi", LocalDate.of(year, 6, 24), LocalDate.of(year, 6, 27), today, officer, null);
        mayor = delegations.save(mayor);
        item(mayor, "Reception at the town hall", ProgrammeItemKind.RECEPTION,
                LocalDate.of(year, 6, 24).atTime(18, 0), 2, BERLIN, "Leipzig", "Town hall");
        item(mayor, "Visit to the bio city campus", ProgrammeItemKind.SITE_VISIT,
                LocalDate.of(year, 6, 25).atTime(10, 0), 3, BERLIN, "Leipzig", null);
        guest(mayor, "Hiroshi Nakagawa", ParticipantRole.HEAD);
    }

    private void conference(int year, LocalDate today, AppUser officer) {
        var conference = delegation("International biomedical conference in Kobe", DelegationDirection.OUTBOUND,
                "Leipzig", BERLIN, "Kobe", LocalDate.of(year, 10, 12), LocalDate.of(year, 10, 16), today, officer,
                null);
        conference = delegations.save(conference);
        item(conference, "Conference opening", ProgrammeItemKind.SEMINAR,
                LocalDate.of(year, 10, 13).atTime(9, 0), 3, TOKYO, "Kobe", "Convention centre");
    }

    private static Delegation delegation(String title, DelegationDirection direction, String homeCity,
            String homeZone, String visited, LocalDate start, LocalDate end, LocalDate today, AppUser officer,
            Organisation host) {
        var delegation = new Delegation();
        delegation.setTitle(title);
        delegation.setDirection(direction);
        delegation.setHomeCity(homeCity);
        delegation.setHomeZoneId(homeZone);
        delegation.setVisitedCities(visited);
        delegation.setStartDate(start);
        delegation.setEndDate(end);
        delegation.setStatus(end.isBefore(today) ? DelegationStatus.COMPLETED : DelegationStatus.CONFIRMED);
        delegation.setResponsibleOfficer(officer);
        delegation.setHostOrganisation(host);
        return delegation;
    }

    private void item(Delegation delegation, String title, ProgrammeItemKind kind, LocalDateTime start, int hours,
            String zone, String city, String venue) {
        var item = new ProgrammeItem(delegation);
        item.setTitle(title);
        item.setKind(kind);
        item.setStart(start);
        item.setEnd(start.plusHours(hours));
        item.setZoneId(zone);
        item.setCity(city);
        item.setVenue(venue);
        delegations.saveItem(item);
    }

    private void guest(Delegation delegation, String name, ParticipantRole role) {
        var participant = new Participant(delegation);
        participant.setGuestName(name);
        participant.setRole(role);
        delegationContacts.saveParticipant(participant);
    }

    private void partner(Delegation delegation, Organisation organisation, String contribution) {
        var partner = new Partner(delegation);
        partner.setOrganisation(organisation);
        partner.setContribution(contribution);
        delegationContacts.savePartner(partner);
    }

    /** The organisation of the register with that name, or a new one when the register has none yet. */
    private Organisation organisation(String name, OrganisationKind kind, String city, String country) {
        var found = organisations.page(new OrganisationFilter(name, null, null, null, null, true), Pageable.ofSize(1))
                .stream().filter(organisation -> organisation.getName().equals(name)).findFirst();
        return found.orElseGet(() -> {
            var organisation = new Organisation();
            organisation.setName(name);
            organisation.setKind(kind);
            organisation.setCity(city);
            organisation.setCountry(country);
            return organisations.save(organisation);
        });
    }
}
