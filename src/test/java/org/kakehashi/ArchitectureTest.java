package org.kakehashi;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import org.kakehashi.common.ui.Pickers;
import org.springframework.data.repository.Repository;

@AnalyzeClasses(packages = "org.kakehashi", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

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
}
