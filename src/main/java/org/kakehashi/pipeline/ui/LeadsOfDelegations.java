package org.kakehashi.pipeline.ui;

import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.kakehashi.common.ui.Formats;
import org.kakehashi.delegations.DelegationOutcomes;
import org.kakehashi.pipeline.Lead;
import org.kakehashi.pipeline.LeadService;
import org.kakehashi.pipeline.PipelineFigureService;
import org.kakehashi.security.CurrentUser;
import org.kakehashi.security.Roles;
import org.springframework.stereotype.Component;

/**
 * The pipeline's part of a delegation page: the leads that came from it or were met at its programme items, with
 * their stages (those the user may see), what all of them add up to, and for officers and administrators a link
 * that starts a lead from the delegation.
 */
@Component
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
class LeadsOfDelegations implements DelegationOutcomes {

    /** The query parameter of a new lead's page that names its source delegation. */
    static final String DELEGATION_PARAMETER = "delegation";

    private final LeadService leads;
    private final PipelineFigureService figures;
    private final CurrentUser currentUser;
    private final I18NProvider translations;

    LeadsOfDelegations(LeadService leads, PipelineFigureService figures, CurrentUser currentUser,
            I18NProvider translations) {
        this.leads = leads;
        this.figures = figures;
        this.currentUser = currentUser;
        this.translations = translations;
    }

    @Override
    public List<DelegationOutcome> outcomesOf(long delegationId) {
        var locale = locale();
        return leads.fromDelegation(delegationId).stream()
                .map(lead -> new DelegationOutcome(lead.getCompanyName(), detail(lead, delegationId, locale),
                        "pipeline/leads/" + lead.getId()))
                .toList();
    }

    @Override
    public List<String> totalsOf(long delegationId) {
        var totals = figures.totalsOfDelegation(delegationId);
        if (totals.leads() == 0) {
            return List.of();
        }
        var locale = locale();
        var lines = new ArrayList<String>();
        lines.add(text("pipeline.delegation.leads", locale, totals.leads()));
        lines.add(text("pipeline.delegation.jobs", locale,
                java.text.NumberFormat.getIntegerInstance(locale).format(totals.estimatedJobs())));
        totals.investment().forEach((currency, sum) -> lines.add(
                text("pipeline.delegation.investment", locale, Formats.money(sum, currency, locale))));
        return lines;
    }

    @Override
    public Optional<DelegationOutcome> creationFor(long delegationId) {
        if (!currentUser.hasRole(Roles.OFFICER) && !currentUser.hasRole(Roles.ADMIN)) {
            return Optional.empty();
        }
        return Optional.of(new DelegationOutcome(text("pipeline.delegation.create-lead", locale()), "",
                "pipeline/leads/" + LeadView.NEW + "?" + DELEGATION_PARAMETER + "=" + delegationId));
    }

    /** The lead's stage, and for a lead that came from elsewhere, that it was met during this delegation. */
    private String detail(Lead lead, long delegationId, Locale locale) {
        var stage = text("pipeline.stage." + lead.getStage().name(), locale);
        return Long.valueOf(delegationId).equals(lead.getOrigin().getDelegationId()) ? stage
                : text("pipeline.delegation.met-here", locale, stage);
    }

    private String text(String key, Locale locale, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }

    private static Locale locale() {
        var ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }
}
