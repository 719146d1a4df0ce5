package org.kakehashi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import jakarta.persistence.Entity;
import java.util.regex.Pattern;
import org.kakehashi.common.ui.Pickers;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@AnalyzeClasses(packages = "org.kakehashi",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NotMadeBySpringAot.class})
class ArchitectureTest {

    /** Spring AOT's generated classes ({@code Application__BeanDefinitions}, left in target/classes by a packaging
     *  build) wire every package together by design: they are not the code the rules are about. */
    static final class NotMadeBySpringAot implements ImportOption {
        @Override
        public boolean includes(Location location) {
            return !location.contains("__");
        }
    }


    @ArchTest
    static final ArchRule repositories_are_reached_only_through_their_features_services =
            classes().that().areAssignableTo(Repository.class).should().notBePublic();

    @ArchTest
    static final ArchRule views_talk_to_services_not_to_repositories =
            noClasses().that().resideInAPackage("..ui..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class);

    @ArchTest
    static final ArchRule services_and_entities_of_the_modules_do_not_depend_on_views =
            noClasses().that().resideInAnyPackage("org.kakehashi.members..", "org.kakehashi.delegations..",
                    "org.kakehashi.pipeline..", "org.kakehashi.dashboard..")
                    .and().resideOutsideOfPackage("..ui..")
                    .should().dependOnClassesThat().resideInAPackage("..ui..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule every_date_and_time_picker_is_made_in_the_users_language_by_pickers =
            noClasses().that().doNotBelongToAnyOf(Pickers.class)
                    .should().callConstructorWhere(target(owner(assignableTo(DatePicker.class)
                            .or(assignableTo(DateTimePicker.class)).or(assignableTo(TimePicker.class)))))
                    .because("a picker made elsewhere shows an English pop-up with weeks from Sunday");

    @ArchTest
    static final ArchRule the_dashboard_reads_through_services_only =
            noClasses().that().resideInAPackage("org.kakehashi.dashboard..")
                    .should().dependOnClassesThat().areAssignableTo(Repository.class)
                    .allowEmptyShould(true);

    /** The feature packages; {@code common} is shared by all and knows none, {@code shell} holds the menu. */
    private static final String[] FEATURES = {"org.kakehashi.members..", "org.kakehashi.delegations..",
        "org.kakehashi.pipeline..", "org.kakehashi.dashboard..", "org.kakehashi.security..", "org.kakehashi.backup.."};

    private static final String SERVICES_OWN_TRANSACTIONS = "a service owns its transaction, as it owns its method"
            + " security; a helper may only join the caller's (Propagation.MANDATORY)";

    private static final Pattern FEATURE = Pattern.compile("org\\.kakehashi\\.(\\w+)(\\..*)?");

    @ArchTest
    static final ArchRule the_packages_depend_on_each_other_without_cycles =
            slices().matching("org.kakehashi.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule common_code_depends_on_no_feature =
            noClasses().that().resideInAPackage("org.kakehashi.common..")
                    .should().dependOnClassesThat().resideInAnyPackage(FEATURES);

    @ArchTest
    static final ArchRule nothing_depends_on_the_application_shell =
            noClasses().that().resideOutsideOfPackage("org.kakehashi.shell..")
                    .should().dependOnClassesThat().resideInAPackage("org.kakehashi.shell..");

    @ArchTest
    static final ArchRule views_hold_only_their_own_features_entities =
            classes().that().resideInAPackage("..ui..").should(useNoEntityOfAnotherFeature())
                    .because("another feature's view sees an entity only as the record its service gives out, so its"
                            + " owner can change it freely");

    @ArchTest
    static final ArchRule transactions_begin_only_in_services =
            classes().that().areAnnotatedWith(startingTransactions()).should().beAnnotatedWith(Service.class)
                    .because(SERVICES_OWN_TRANSACTIONS);

    @ArchTest
    static final ArchRule transactional_methods_belong_to_services =
            methods().that().areAnnotatedWith(startingTransactions())
                    .should().beDeclaredInClassesThat().areAnnotatedWith(Service.class)
                    .because(SERVICES_OWN_TRANSACTIONS);

    private static String featureOf(JavaClass javaClass) {
        var matcher = FEATURE.matcher(javaClass.getPackageName());
        return matcher.matches() ? matcher.group(1) : "";
    }

    private static ArchCondition<JavaClass> useNoEntityOfAnotherFeature() {
        return new ArchCondition<>("use no entity of another feature") {
            @Override
            public void check(JavaClass view, ConditionEvents events) {
                view.getDirectDependenciesFromSelf().stream()
                        .filter(dependency -> dependency.getTargetClass().isAnnotatedWith(Entity.class))
                        .filter(dependency -> !featureOf(dependency.getTargetClass()).equals("common"))
                        .filter(dependency -> !featureOf(dependency.getTargetClass()).equals(featureOf(view)))
                        .forEach(dependency -> events.add(SimpleConditionEvent.violated(view,
                                dependency.getDescription())));
            }
        };
    }

    private static DescribedPredicate<JavaAnnotation<?>> startingTransactions() {
        return new DescribedPredicate<>("@Transactional that may start a transaction") {
            @Override
            public boolean test(JavaAnnotation<?> annotation) {
                return annotation.getRawType().isEquivalentTo(Transactional.class)
                        && !annotation.as(Transactional.class).propagation().equals(Propagation.MANDATORY);
            }
        };
    }
}
