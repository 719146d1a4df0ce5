package org.kakehashi.pipeline;

/** The kind of project a company considers. */
public enum ProjectType {
    GREENFIELD, EXPANSION, ACQUISITION, RESEARCH_AND_DEVELOPMENT, SALES_OFFICE
}
