package org.kakehashi.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kakehashi.delegations.DelegationOutcomes;
import org.kakehashi.members.ContactEncounters;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Service;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.ClassUtils;

/**
 * Calls every public method of every service, as every role and as an anonymous visitor, and compares who got
 * through with the role table of DESIGN.md. The views hide what a role cannot do; this shows the services refuse it
 * too. A method missing from the table fails the test, so a new service method must say who may call it.
 */
@SpringBootTest
// A call that gets through may really run (the reminder job sends mail): the context is not reused afterwards
@DirtiesContext
class ServiceAccessMatrixTest {

    private static final String ANONYMOUS = "anonymous";
    private static final Map<String, String> DEMO_USER_BY_ROLE = Map.of(
            Roles.ADMIN, "admin", Roles.SECRETARY, "secretary", Roles.OFFICER, "officer", Roles.BOARD, "board");

    /** The role table of DESIGN.md, one line per kind of access. */
    private enum Access {
        MEMBERS_READ(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD),
        MEMBERS_WRITE(Roles.ADMIN, Roles.SECRETARY),
        /** The reminders the association sent (mail to members' contacts): the secretary's outbox. */
        MEMBERS_MAIL(Roles.ADMIN, Roles.SECRETARY),
        /** A person's data as a whole (export, erasure, the privacy review): those who keep the register. */
        PERSONAL_DATA(Roles.ADMIN, Roles.SECRETARY),
        /** Backups of the whole database. */
        BACKUPS(Roles.ADMIN),
        DELEGATIONS_READ(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD),
        /** Includes adding a contact met on a delegation to the register. */
        DELEGATIONS_WRITE(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER),
        PIPELINE_READ(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD),
        PIPELINE_WRITE(Roles.ADMIN, Roles.OFFICER),
        /** Follow-ups are an owner's work list; only roles that own leads have one. */
        OWN_FOLLOW_UPS(Roles.ADMIN, Roles.OFFICER),
        /** What every signed-in user does for themselves: language, password, two-factor login, saved filters, calendar feed. */
        OWN_SETTINGS(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD),
        USER_ACCOUNTS(Roles.ADMIN),
        /** Looking up an account while signing in happens before anyone is signed in. */
        SIGN_IN(ANONYMOUS, Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD),
        /** The board's key figures: the dashboard, reached by every role. */
        DASHBOARD(Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD),
        /** Jobs the scheduler runs as "system"; an administrator may start them too. */
        SYSTEM_JOBS(Roles.ADMIN);

        private final Set<String> roles;

        Access(String... roles) {
            this.roles = Set.of(roles);
        }
    }

    private static final Map<String, Access> EXPECTED = Map.ofEntries(
            // members
            Map.entry("OrganisationService.page", Access.MEMBERS_READ),
            Map.entry("OrganisationService.list", Access.MEMBERS_READ),
            Map.entry("OrganisationService.count", Access.MEMBERS_READ),
            Map.entry("OrganisationService.choices", Access.MEMBERS_READ),
            Map.entry("OrganisationService.reference", Access.MEMBERS_READ),
            Map.entry("OrganisationService.get", Access.MEMBERS_READ),
            Map.entry("OrganisationService.cities", Access.MEMBERS_READ),
            Map.entry("OrganisationService.canDelete", Access.MEMBERS_READ),
            Map.entry("OrganisationService.save", Access.MEMBERS_WRITE),
            Map.entry("OrganisationService.setArchived", Access.MEMBERS_WRITE),
            Map.entry("OrganisationService.delete", Access.MEMBERS_WRITE),
            Map.entry("OrganisationService.history", Access.MEMBERS_READ),
            Map.entry("MembershipService.memberFigures", Access.MEMBERS_READ),
            Map.entry("ContactService.ofOrganisation", Access.MEMBERS_READ),
            Map.entry("ContactService.search", Access.MEMBERS_READ),
            Map.entry("ContactService.choices", Access.MEMBERS_READ),
            Map.entry("ContactService.reference", Access.MEMBERS_READ),
            Map.entry("ContactService.save", Access.MEMBERS_WRITE),
            Map.entry("ContactService.delete", Access.MEMBERS_WRITE),
            Map.entry("ContactService.addMetContact", Access.DELEGATIONS_WRITE),
            Map.entry("ContactService.get", Access.MEMBERS_READ),
            Map.entry("ContactService.history", Access.MEMBERS_READ),
            Map.entry("MembershipService.types", Access.MEMBERS_READ),
            Map.entry("MembershipService.duesOfYear", Access.MEMBERS_READ),
            Map.entry("MembershipService.duesTotals", Access.MEMBERS_READ),
            Map.entry("MembershipService.renewalsDue", Access.MEMBERS_READ),
            Map.entry("MembershipService.duesUnpaid", Access.MEMBERS_READ),
            Map.entry("MembershipService.dueDate", Access.MEMBERS_READ),
            Map.entry("MembershipService.membershipOf", Access.MEMBERS_READ),
            Map.entry("MembershipService.paymentsOf", Access.MEMBERS_READ),
            Map.entry("MembershipService.saveType", Access.MEMBERS_WRITE),
            Map.entry("MembershipService.join", Access.MEMBERS_WRITE),
            Map.entry("MembershipService.save", Access.MEMBERS_WRITE),
            Map.entry("MembershipService.recordPayment", Access.MEMBERS_WRITE),
            Map.entry("MembershipService.resign", Access.MEMBERS_WRITE),
            Map.entry("MembershipService.refreshAllStatuses", Access.SYSTEM_JOBS),
            Map.entry("MembershipService.history", Access.MEMBERS_READ),
            Map.entry("MembershipService.typeHistory", Access.MEMBERS_READ),
            Map.entry("PrivacyService.reviewYears", Access.PERSONAL_DATA),
            Map.entry("PrivacyService.reviewList", Access.PERSONAL_DATA),
            Map.entry("PrivacyService.get", Access.PERSONAL_DATA),
            Map.entry("PrivacyService.exportFileName", Access.PERSONAL_DATA),
            Map.entry("PrivacyService.export", Access.PERSONAL_DATA),
            Map.entry("PrivacyService.erase", Access.PERSONAL_DATA),
            Map.entry("ReminderService.page", Access.MEMBERS_MAIL),
            Map.entry("ReminderService.count", Access.MEMBERS_MAIL),
            Map.entry("ReminderService.get", Access.MEMBERS_MAIL),
            Map.entry("ReminderService.mailsReminders", Access.MEMBERS_MAIL),
            Map.entry("ReminderService.daysBefore", Access.MEMBERS_MAIL),
            Map.entry("ReminderService.sendDueReminders", Access.SYSTEM_JOBS),
            // the board exports too: exports are reading
            Map.entry("MemberExchangeService.fileName", Access.MEMBERS_READ),
            Map.entry("MemberExchangeService.exportMembers", Access.MEMBERS_READ),
            Map.entry("MemberExchangeService.exportMailingList", Access.MEMBERS_READ),
            Map.entry("MemberExchangeService.writeImportTemplate", Access.MEMBERS_READ),
            Map.entry("MemberExchangeService.exportRegisterForImport", Access.MEMBERS_WRITE),
            Map.entry("MemberExchangeService.preview", Access.MEMBERS_WRITE),
            Map.entry("MemberExchangeService.importOrganisations", Access.MEMBERS_WRITE),
            Map.entry("BusinessCardEncounters.of", Access.DELEGATIONS_READ),
            Map.entry("BusinessCardEncounters.participations", Access.DELEGATIONS_READ),
            Map.entry("BusinessCardEncounters.activeSince", Access.DELEGATIONS_READ),
            Map.entry("BusinessCardEncounters.erase", Access.PERSONAL_DATA),
            // delegations
            Map.entry("DelegationService.page", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.count", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.byTitle", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.get", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.cities", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.years", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.officers", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.programme", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.itemsByTitle", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.itemsWithIds", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.choices", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.refOf", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.itemChoices", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.itemRefs", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.calendar", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.upcoming", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.history", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.programmeItemHistory", Access.DELEGATIONS_READ),
            Map.entry("DelegationService.save", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationService.delete", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationService.saveItem", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationService.deleteItem", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.contactChoices", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.organisationChoices", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.participants", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.partners", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.businessCards", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.meetingsWith", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.participationsOf", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.contactsActiveSince", Access.DELEGATIONS_READ),
            Map.entry("DelegationContactsService.eraseNotesOn", Access.PERSONAL_DATA),
            Map.entry("DelegationContactsService.saveParticipant", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.deleteParticipant", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.savePartner", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.deletePartner", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.addBusinessCard", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.addBusinessCardOfNewContact", Access.DELEGATIONS_WRITE),
            Map.entry("DelegationContactsService.deleteBusinessCard", Access.DELEGATIONS_WRITE),
            Map.entry("CalendarService.programme", Access.DELEGATIONS_READ),
            Map.entry("CalendarService.feedToken", Access.OWN_SETTINGS),
            Map.entry("CalendarService.renewFeedToken", Access.OWN_SETTINGS),
            Map.entry("LeadsOfDelegations.outcomesOf", Access.PIPELINE_READ),
            Map.entry("LeadsOfDelegations.totalsOf", Access.PIPELINE_READ),
            Map.entry("LeadsOfDelegations.creationFor", Access.PIPELINE_READ),
            // pipeline
            Map.entry("LeadService.page", Access.PIPELINE_READ),
            Map.entry("LeadService.count", Access.PIPELINE_READ),
            Map.entry("LeadService.get", Access.PIPELINE_READ),
            Map.entry("LeadService.fromDelegation", Access.PIPELINE_READ),
            Map.entry("LeadService.stageHistory", Access.PIPELINE_READ),
            Map.entry("LeadService.timeInStage", Access.PIPELINE_READ),
            Map.entry("LeadService.history", Access.PIPELINE_READ),
            Map.entry("LeadService.save", Access.PIPELINE_WRITE),
            Map.entry("LeadLinkService.possibleOwners", Access.PIPELINE_READ),
            Map.entry("LeadLinkService.partners", Access.PIPELINE_READ),
            Map.entry("LeadLinkService.delegations", Access.PIPELINE_READ),
            Map.entry("LeadLinkService.programmeItems", Access.PIPELINE_READ),
            Map.entry("LeadLinkService.linksOf", Access.PIPELINE_READ),
            Map.entry("ActivityService.activities", Access.PIPELINE_READ),
            Map.entry("ActivityService.activitiesOfDays", Access.PIPELINE_READ),
            Map.entry("ActivityService.activitiesOfDaysNotShown", Access.PIPELINE_READ),
            Map.entry("ActivityService.addActivity", Access.PIPELINE_WRITE),
            Map.entry("LeadBoardService.board", Access.PIPELINE_READ),
            Map.entry("LeadBoardService.column", Access.PIPELINE_READ),
            Map.entry("LeadBoardService.confidentialNotShown", Access.PIPELINE_READ),
            Map.entry("LeadBoardService.moveTo", Access.PIPELINE_WRITE),
            Map.entry("LeadBoardService.myFollowUps", Access.OWN_FOLLOW_UPS),
            Map.entry("LeadBoardService.myFollowUpCount", Access.OWN_FOLLOW_UPS),
            Map.entry("PipelineFigureService.totalsOfDelegation", Access.PIPELINE_READ),
            Map.entry("PipelineFigureService.conversionToEstablished", Access.PIPELINE_READ),
            Map.entry("PipelineFigureService.averageTimeInStage", Access.PIPELINE_READ),
            Map.entry("PipelineFigureService.pipelineFigures", Access.PIPELINE_READ),
            Map.entry("PipelineFigureService.activitiesPerMonth", Access.PIPELINE_READ),
            Map.entry("PipelineFigureService.outcomesByDelegation", Access.PIPELINE_READ),
            Map.entry("SavedLeadFilterService.own", Access.OWN_SETTINGS),
            Map.entry("SavedLeadFilterService.save", Access.OWN_SETTINGS),
            Map.entry("SavedLeadFilterService.delete", Access.OWN_SETTINGS),
            // dashboard
            Map.entry("DashboardService.today", Access.DASHBOARD),
            Map.entry("DashboardService.figures", Access.DASHBOARD),
            Map.entry("DashboardService.count", Access.DASHBOARD),
            Map.entry("DashboardService.refresh", Access.DASHBOARD),
            // security
            Map.entry("DatabaseUserDetailsService.loadUserByUsername", Access.SIGN_IN),
            // re-hashes a password of an older scheme during its own login, before anyone is signed in
            Map.entry("DatabaseUserDetailsService.updatePassword", Access.SIGN_IN),
            Map.entry("BackupService.isAvailable", Access.BACKUPS),
            Map.entry("BackupService.backUpNow", Access.BACKUPS),
            Map.entry("BackupService.list", Access.BACKUPS),
            Map.entry("UserService.page", Access.USER_ACCOUNTS),
            Map.entry("UserService.activeUsersWithRole", Access.OWN_SETTINGS),
            Map.entry("UserService.reference", Access.OWN_SETTINGS),
            Map.entry("UserService.changeOwnLocale", Access.OWN_SETTINGS),
            Map.entry("UserService.changeOwnPassword", Access.OWN_SETTINGS),
            Map.entry("UserAdminService.create", Access.USER_ACCOUNTS),
            Map.entry("UserAdminService.disable", Access.USER_ACCOUNTS),
            Map.entry("UserAdminService.enable", Access.USER_ACCOUNTS),
            Map.entry("UserAdminService.resetPassword", Access.USER_ACCOUNTS),
            Map.entry("UserAdminService.change", Access.USER_ACCOUNTS),
            Map.entry("UserAdminService.history", Access.USER_ACCOUNTS),
            Map.entry("TwoFactorService.reset", Access.USER_ACCOUNTS),
            Map.entry("TwoFactorService.newEnrolment", Access.OWN_SETTINGS),
            Map.entry("TwoFactorService.confirmEnrolment", Access.OWN_SETTINGS),
            Map.entry("TwoFactorService.replaceRecoveryCodes", Access.OWN_SETTINGS),
            Map.entry("TwoFactorService.remainingRecoveryCodes", Access.OWN_SETTINGS),
            Map.entry("TwoFactorService.turnOffOwn", Access.OWN_SETTINGS),
            Map.entry("TwoFactorService.isRequiredForCurrentUser", Access.OWN_SETTINGS),
            Map.entry("TwoFactorService.completeLogin", Access.OWN_SETTINGS));

    @Autowired
    private ApplicationContext context;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private PlatformTransactionManager transactionManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @TestFactory
    Stream<DynamicTest> every_service_method_lets_in_exactly_the_roles_of_the_role_table() {
        var methods = publicServiceMethods();
        assertThat(new TreeSet<>(methods.keySet()))
                .as("the role table names every public service method, and only those")
                .containsExactlyElementsOf(new TreeSet<>(EXPECTED.keySet()));

        return methods.entrySet().stream().map(entry -> dynamicTest(entry.getKey(), () -> {
            var allowed = EXPECTED.get(entry.getKey()).roles;
            var differences = new ArrayList<String>();
            for (var call : entry.getValue()) {
                for (var visitor : List.of(ANONYMOUS, Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD)) {
                    boolean gotThrough = getsThrough(visitor, call);
                    if (gotThrough != allowed.contains(visitor)) {
                        differences.add(visitor + (gotThrough ? " got through " : " was refused ") + call.method());
                    }
                }
            }
            assertThat(differences).isEmpty();
        }));
    }

    private record Call(Object bean, Method method) {
    }

    /**
     * The services are the @Service beans, plus the beans through which one feature answers another's questions
     * (the interfaces a feature publishes for others to implement).
     */
    private Map<String, List<Call>> publicServiceMethods() {
        var beans = new ArrayList<Object>(context.getBeansWithAnnotation(Service.class).values());
        beans.addAll(context.getBeansOfType(ContactEncounters.class).values());
        beans.addAll(context.getBeansOfType(DelegationOutcomes.class).values());

        var methods = new LinkedHashMap<String, List<Call>>();
        beans.stream()
                .filter(bean -> ClassUtils.getUserClass(bean).getPackageName().startsWith("org.kakehashi"))
                .sorted(Comparator.comparing(bean -> ClassUtils.getUserClass(bean).getSimpleName()))
                .forEach(bean -> Arrays.stream(ClassUtils.getUserClass(bean).getDeclaredMethods())
                        .filter(method -> Modifier.isPublic(method.getModifiers()))
                        .filter(method -> !Modifier.isStatic(method.getModifiers()))
                        .filter(method -> !method.isSynthetic() && !method.isBridge())
                        // the beans that answer another feature may be package-private classes
                        .peek(method -> method.setAccessible(true))
                        .forEach(method -> methods
                                .computeIfAbsent(ClassUtils.getUserClass(bean).getSimpleName() + "." + method.getName(),
                                        key -> new ArrayList<>())
                                .add(new Call(bean, method))));
        return methods;
    }

    /**
     * Calls the method with empty arguments as the visitor, in a transaction that is rolled back. Any outcome other
     * than a refusal by method security (a result, or an error from the empty arguments) means the call got through.
     */
    private boolean getsThrough(String visitor, Call call) {
        SecurityContextHolder.getContext().setAuthentication(authenticationOf(visitor));
        var transaction = new TransactionTemplate(transactionManager);
        return Boolean.TRUE.equals(transaction.execute(status -> {
            status.setRollbackOnly();
            try {
                call.method().invoke(call.bean(), emptyArguments(call.method()));
                return true;
            } catch (InvocationTargetException thrown) {
                // A service's own refusal (a confidential lead, say) is not the role check
                return !(thrown.getCause() instanceof AuthorizationDeniedException);
            } catch (IllegalAccessException unexpected) {
                throw new IllegalStateException(unexpected);
            }
        }));
    }

    private Authentication authenticationOf(String visitor) {
        if (visitor.equals(ANONYMOUS)) {
            // What an anonymous visitor of a Vaadin page carries in the security context
            return new AnonymousAuthenticationToken("kakehashi", "anonymousUser",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
        }
        var principal = users.loadUserByUsername(DEMO_USER_BY_ROLE.get(visitor));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static Object[] emptyArguments(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(ServiceAccessMatrixTest::emptyValue).toArray();
    }

    private static Object emptyValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == String.class) {
            return "";
        }
        if (type.isPrimitive()) {
            throw new IllegalArgumentException("no empty value for " + type);
        }
        return null;
    }
}
