package org.kakehashi.members;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.kakehashi.security.SystemAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The register of the embedded default's demo association in southern Sweden, dated relative to today so that
 * every list shows something on the first start: renewals due, dues unpaid, applicants, a lapsed and a resigned
 * member. The people, emails and phone numbers are invented.
 */
@Component
@Order(10)
class MembersDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MembersDemoData.class);

    private record Org(String name, String japanese, OrganisationKind kind, String number, String city, String country,
            String website, String sectors) {
    }

    private static final List<Org> ORGANISATIONS = List.of(
            new Org("Malmö stad", "マルメ市", OrganisationKind.MUNICIPALITY, "212000-1124", "Malmö", "SE", "https://malmo.example.se", "city development"),
            new Org("Lunds kommun", "ルンド市", OrganisationKind.MUNICIPALITY, "212000-1132", "Lund", "SE", "https://lund.example.se", "city development"),
            new Org("Halmstads kommun", "ハルムスタッド市", OrganisationKind.MUNICIPALITY, "212000-1348", "Halmstad", "SE", "https://halmstad.example.se", "city development"),
            new Org("Region Skåne", "スコーネ地域", OrganisationKind.MUNICIPALITY, "232100-0255", "Malmö", "SE", null, "health care, business development"),
            new Org("Lund University", "ルンド大学", OrganisationKind.UNIVERSITY, "202100-3211", "Lund", "SE", "https://lu.example.se", "research, education"),
            new Org("Malmö University", "マルメ大学", OrganisationKind.UNIVERSITY, "202100-4771", "Malmö", "SE", null, "education, urban studies"),
            new Org("Halmstad University", "ハルムスタッド大学", OrganisationKind.UNIVERSITY, "202100-3203", "Halmstad", "SE", null, "ICT, health technology"),
            new Org("Skåne Life Science Institute", null, OrganisationKind.RESEARCH_INSTITUTE, "556901-2287", "Lund", "SE", null, "life science"),
            new Org("Öresund Biotech AB", "エーレスンド・バイオテック", OrganisationKind.COMPANY, "556812-4410", "Lund", "SE", "https://oresundbiotech.example.se", "biotech"),
            new Org("Kattegatt Marine Systems AB", null, OrganisationKind.COMPANY, "556733-9012", "Halmstad", "SE", null, "maritime, sensors"),
            new Org("Västra Hamnen Digital AB", null, OrganisationKind.COMPANY, "559012-3345", "Malmö", "SE", "https://vhdigital.example.se", "software, gaming"),
            new Org("Lundagård Diagnostics AB", null, OrganisationKind.COMPANY, "556998-7766", "Lund", "SE", null, "medtech, diagnostics"),
            new Org("Söderslätt Foods AB", null, OrganisationKind.COMPANY, "556455-1203", "Trelleborg", "SE", null, "food"),
            new Org("Hallandsås Robotics AB", null, OrganisationKind.COMPANY, "559101-4420", "Halmstad", "SE", null, "robotics, machinery"),
            new Org("Nordic Sakura Trading AB", "ノルディック桜トレーディング", OrganisationKind.COMPANY, "556677-8899", "Malmö", "SE", null, "trade"),
            new Org("Öresund Harbour Logistics AB", null, OrganisationKind.COMPANY, "556320-1188", "Malmö", "SE", null, "logistics"),
            new Org("Skånska Kemi AB", null, OrganisationKind.COMPANY, "556210-7745", "Helsingborg", "SE", null, "chemistry"),
            new Org("Sweden–Japan Business Circle Skåne", "スウェーデン日本ビジネス交流会スコーネ", OrganisationKind.ASSOCIATION, "802450-1122", "Malmö", "SE", null, "networking"),
            new Org("Leipzig Wirtschaftsförderung", "ライプツィヒ経済振興公社", OrganisationKind.AGENCY, "HRB 12345", "Leipzig", "DE", null, "business development"),
            new Org("Biotech Cluster Mitteldeutschland e.V.", null, OrganisationKind.ASSOCIATION, "VR 4711", "Leipzig", "DE", null, "biotech"),
            new Org("Kansai Medical Devices Europe GmbH", "関西メディカルデバイス欧州", OrganisationKind.COMPANY, "HRB 98765", "Düsseldorf", "DE", null, "medtech"),
            new Org("Osaka Precision Machinery Co., Ltd.", "大阪精密機械株式会社", OrganisationKind.COMPANY, "1200-01-123456", "Osaka", "JP", null, "machinery"),
            new Org("Kobe Regenerative Medicine Lab", "神戸再生医療ラボ", OrganisationKind.RESEARCH_INSTITUTE, "1400-05-654321", "Kobe", "JP", null, "life science"),
            new Org("Toyohashi Agritech Co., Ltd.", "豊橋アグリテック株式会社", OrganisationKind.COMPANY, "1800-01-222333", "Toyohashi", "JP", null, "agritech"),
            new Org("Annika Holm", null, OrganisationKind.INDIVIDUAL, null, "Lund", "SE", null, null),
            new Org("Consulate General of Japan (honorary), Malmö", "在マルメ日本国名誉総領事館", OrganisationKind.AGENCY, null, "Malmö", "SE", null, "diplomacy"),
            new Org("Japan Trade Promotion Office, Stockholm", "日本貿易振興事務所ストックホルム", OrganisationKind.AGENCY, null, "Stockholm", "SE", null, "trade promotion"));

    private static final String[][] PEOPLE = {
        {"Lindqvist", "Maria", null, null}, {"Bergström", "Erik", null, null}, {"Nakamura", "Aiko", "中村 愛子", "なかむら あいこ"},
        {"Svensson", "Johan", null, null}, {"Yamamoto", "Kenji", "山本 健二", "やまもと けんじ"}, {"Karlsson", "Lena", null, null},
        {"Åberg", "Nils", null, null}, {"Sato", "Haruka", "佐藤 遥", "さとう はるか"}, {"Persson", "Sara", null, null},
        {"Müller", "Katrin", null, null}, {"Suzuki", "Takeshi", "鈴木 武", "すずき たけし"}, {"Ekström", "Oskar", null, null}};

    private final OrganisationRepository organisations;
    private final ContactPersonRepository contacts;
    private final MembershipTypeRepository types;
    private final MembershipRepository memberships;
    private final DuesPaymentRepository payments;
    private final MembershipService membershipService;
    private final Clock clock;
    private final boolean demoData;
    private final TransactionTemplate transaction;

    MembersDemoData(OrganisationRepository organisations, ContactPersonRepository contacts,
            MembershipTypeRepository types, MembershipRepository memberships, DuesPaymentRepository payments,
            MembershipService membershipService, Clock clock,
            @Value("${kakehashi.demo-data.register:${kakehashi.demo-data:false}}") boolean demoData,
            PlatformTransactionManager transactionManager) {
        this.organisations = organisations;
        this.contacts = contacts;
        this.types = types;
        this.memberships = memberships;
        this.payments = payments;
        this.membershipService = membershipService;
        this.clock = clock;
        this.demoData = demoData;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoData && organisations.count() == 0) {
            // One transaction: the register is there whole or not at all
            SystemAccess.run(() -> transaction.executeWithoutResult(status -> createRegister()));
        }
    }

    private void createRegister() {
        var publicBody = type("Public body or university", "12000", "Municipalities, regions, universities and institutes");
        var company = type("Company", "5000", "Companies and associations");
        var individual = type("Individual", "600", "Private persons");
        var today = LocalDate.now(clock);
        for (int i = 0; i < ORGANISATIONS.size(); i++) {
            var organisation = organisations.save(organisation(ORGANISATIONS.get(i)));
            addContacts(organisation, i);
            var kind = organisation.getKind();
            if (kind == OrganisationKind.AGENCY && organisation.getCountry().equals("SE")) {
                continue; // partners, not members
            }
            var type = switch (kind) {
                case MUNICIPALITY, UNIVERSITY, RESEARCH_INSTITUTE -> publicBody;
                case INDIVIDUAL -> individual;
                default -> company;
            };
            addMembership(organisation, type, today, i);
        }
        membershipService.refreshAllStatuses();
        log.info("Created the demo register: {} organisations", organisations.count());
    }

    private MembershipType type(String name, String fee, String description) {
        var type = new MembershipType();
        type.setName(name);
        type.setAnnualFee(new BigDecimal(fee));
        type.setCurrency("SEK");
        type.setDescription(description);
        return types.save(type);
    }

    private static Organisation organisation(Org data) {
        var organisation = new Organisation();
        organisation.setName(data.name());
        organisation.setNameJapanese(data.japanese());
        organisation.setKind(data.kind());
        organisation.setOrganisationNumber(data.number());
        organisation.setCity(data.city());
        organisation.setCountry(data.country());
        organisation.setWebsite(data.website());
        organisation.setSectors(data.sectors());
        return organisation;
    }

    private void addContacts(Organisation organisation, int index) {
        int count = organisation.getKind() == OrganisationKind.INDIVIDUAL ? 0 : 1 + index % 2;
        for (int n = 0; n < count; n++) {
            var person = PEOPLE[(index * 2 + n) % PEOPLE.length];
            var contact = new ContactPerson();
            contact.setOrganisation(organisation);
            contact.setFamilyName(person[0]);
            contact.setGivenName(person[1]);
            contact.setNameJapanese(person[2]);
            contact.setNameKana(person[3]);
            contact.setTitle(n == 0 ? "International coordinator" : "Business developer");
            var mailbox = (person[1] + "." + person[0]).toLowerCase().replace("ä", "a").replace("å", "a")
                    .replace("ö", "o").replace("ü", "u");
            contact.setEmail(mailbox + "@example.org");
            contact.setPhone("+46 40 555 0" + String.format("%03d", index * 10 + n));
            contact.setPreferredLanguage(person[2] != null ? "ja" : organisation.getCountry().equals("DE") ? "de" : "sv");
            contact.setPrimaryContact(n == 0);
            if ((index + n) % 3 != 0) {
                contact.setConsent(true);
                contact.setConsentDate(LocalDate.now(clock).minusMonths(6 + index));
                contact.setConsentSource("Membership application form");
            }
            contacts.save(contact);
        }
    }

    /** Dates relative to today: most paid up, some renewals due soon, some overdue, an applicant, a lapsed, a resigned. */
    private void addMembership(Organisation organisation, MembershipType type, LocalDate today, int index) {
        var membership = new Membership();
        membership.setOrganisation(organisation);
        membership.setType(type);
        membership.setStartDate(today.minusYears(3).minusDays(index * 11L));
        int year = today.getYear();
        switch (index % 6) {
            case 1 -> { // applicant: joined lately, nothing paid yet
                membership.setStartDate(today.minusDays(20 + index));
                membership.setEndDate(membership.getStartDate().plusYears(1).minusDays(1));
                memberships.save(membership);
            }
            case 2 -> { // renewal due within the next 60 days, this year's dues not yet paid
                membership.setEndDate(today.plusDays(10 + index));
                memberships.save(membership);
                pay(membership, year - 1, membershipService.dueDate(membership, year - 1));
            }
            case 3 -> { // overdue: the due date passed without payment; lapsed past the grace period
                membership.setEndDate(today.minusDays(index == 3 ? 12 : 45));
                memberships.save(membership);
                pay(membership, year - 1, membershipService.dueDate(membership, year - 1));
            }
            default -> { // paid up for last year and this year
                var dueThisYear = java.time.MonthDay.from(today.minusDays(40L + index * 9L)).atYear(year);
                membership.setEndDate(dueThisYear.isAfter(today) ? dueThisYear : dueThisYear.plusYears(1));
                if (index == 24) {
                    membership.setResignedOn(today.minusDays(15));
                }
                memberships.save(membership);
                pay(membership, year - 1, membershipService.dueDate(membership, year - 1));
                pay(membership, year, membershipService.dueDate(membership, year));
            }
        }
    }

    private void pay(Membership membership, int year, LocalDate dueDate) {
        var payment = new DuesPayment();
        payment.setMembership(membership);
        payment.setPeriodYear(year);
        payment.setAmount(membership.getType().getAnnualFee());
        payment.setCurrency(membership.getType().getCurrency());
        payment.setDueDate(dueDate);
        var paid = dueDate.minusDays(5);
        payment.setPaidDate(paid.isAfter(LocalDate.now(clock)) ? LocalDate.now(clock) : paid);
        payment.setReference("INV-" + year + "-" + String.format("%04d", membership.getOrganisation().getId()));
        payments.save(payment);
    }
}
