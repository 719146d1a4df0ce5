package org.kakehashi.pipeline.ui;

import org.kakehashi.common.ui.HistoryLabels;
import org.kakehashi.pipeline.Activity;
import org.kakehashi.pipeline.Lead;

/** A lead's fields and its activities' as the history dialog names them: the labels of their forms. */
final class LeadHistoryLabels {

    static final HistoryLabels LABELS = new HistoryLabels()
            .field(Lead.class, "companyName", "pipeline.lead.company-name")
            .field(Lead.class, "companyNameJapanese", "pipeline.lead.company-name-japanese")
            .field(Lead.class, "headquarters", "pipeline.lead.headquarters")
            .field(Lead.class, "country", "pipeline.lead.country")
            .field(Lead.class, "sector", "pipeline.lead.sector")
            .field(Lead.class, "interestKind", "pipeline.lead.interest-kind", "pipeline.interest.")
            .field(Lead.class, "stage", "pipeline.lead.stage", "pipeline.stage.")
            .field(Lead.class, "stageSince", "history.field.stage-since")
            .field(Lead.class, "owner", "pipeline.lead.owner")
            .field(Lead.class, "source", "pipeline.lead.source", "pipeline.source.")
            .field(Lead.class, "referringPartner", "pipeline.lead.referring-partner")
            .field(Lead.class, "sourceDelegationId", "pipeline.lead.source-delegation")
            .field(Lead.class, "projectType", "pipeline.lead.project-type", "pipeline.project-type.")
            .field(Lead.class, "competingLocations", "pipeline.lead.competing-locations")
            .field(Lead.class, "expectedDecisionDate", "pipeline.lead.expected-decision-date")
            .field(Lead.class, "estimatedJobs", "pipeline.lead.estimated-jobs")
            .field(Lead.class, "estimatedInvestment", "pipeline.lead.estimated-investment")
            .field(Lead.class, "investmentCurrency", "pipeline.lead.investment-currency")
            .field(Lead.class, "probability", "pipeline.lead.probability")
            .field(Lead.class, "nextAction", "pipeline.lead.next-action")
            .field(Lead.class, "nextActionDue", "pipeline.lead.next-action-due")
            .field(Lead.class, "confidential", "pipeline.lead.confidential")
            // The fields grouped since, under their path; the history written before names them as above
            .field(Lead.class, "origin.source", "pipeline.lead.source", "pipeline.source.")
            .field(Lead.class, "origin.delegationId", "pipeline.lead.source-delegation")
            .field(Lead.class, "investment.projectType", "pipeline.lead.project-type", "pipeline.project-type.")
            .field(Lead.class, "investment.competingLocations", "pipeline.lead.competing-locations")
            .field(Lead.class, "investment.amount", "pipeline.lead.estimated-investment")
            .field(Lead.class, "investment.currency", "pipeline.lead.investment-currency")
            .field(Activity.class, "kind", "pipeline.activity.kind", "pipeline.activity.")
            .field(Activity.class, "date", "pipeline.activity.date")
            .field(Activity.class, "summary", "pipeline.activity.summary")
            .field(Activity.class, "author", "history.field.author");

    private LeadHistoryLabels() {
    }
}
