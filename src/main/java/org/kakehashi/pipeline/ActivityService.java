package org.kakehashi.pipeline;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Hibernate;
import org.kakehashi.security.Roles;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What was done on the leads: a lead's timeline and the list of the activities of some days. Everyone reads those
 * of the leads they see, officers and administrators add them.
 */
@Service
@Transactional(readOnly = true)
@RolesAllowed({Roles.ADMIN, Roles.SECRETARY, Roles.OFFICER, Roles.BOARD})
public class ActivityService {

    private final ActivityRepository activities;
    private final LeadAccess access;

    ActivityService(ActivityRepository activities, LeadAccess access) {
        this.activities = activities;
        this.access = access;
    }

    /** The lead's activities, newest first. */
    public List<Activity> activities(long leadId) {
        access.requireVisible(leadId);
        return activities.findTimeline(leadId);
    }

    /**
     * Records an activity by the logged-in user; with a next step, the lead's next action becomes that step.
     */
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.OFFICER})
    public Activity addActivity(long leadId, Activity activity, NextStep nextStep) {
        var lead = access.requireVisible(leadId);
        activity.setLead(lead);
        activity.setAuthor(access.me());
        var saved = activities.save(activity);
        if (nextStep != null) {
            lead.setNextAction(nextStep.action());
            lead.setNextActionDue(nextStep.due());
        }
        activities.flush();
        Hibernate.initialize(saved.getAuthor());
        return saved;
    }

    /**
     * The activities from the first day to the last that the user may see, each with its lead and author, newest
     * first: the list behind the dashboard's activities per month.
     */
    public Page<Activity> activitiesOfDays(LocalDate from, LocalDate to, Pageable pageable) {
        var viewer = access.viewer();
        var ordered = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Order.desc("date"), Sort.Order.desc("id")));
        return activities.findOfDays(from, to, viewer.userId(), viewer.seesAllConfidential(), ordered);
    }

    /** How many activities of those days are on confidential leads of others: counted on the dashboard, not shown. */
    public long activitiesOfDaysNotShown(LocalDate from, LocalDate to) {
        var viewer = access.viewer();
        return viewer.seesAllConfidential() ? 0
                : activities.countOfDaysOnConfidentialLeadsOfOthers(from, to, viewer.userId());
    }
}
