package org.kakehashi.members;

/** What kind of body a member organisation is. */
public enum OrganisationKind {
    MUNICIPALITY, UNIVERSITY, RESEARCH_INSTITUTE, COMPANY, ASSOCIATION, AGENCY, INDIVIDUAL;

    public String translationKey() {
        return "organisation.kind." + name();
    }
}
