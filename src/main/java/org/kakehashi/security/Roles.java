package org.kakehashi.security;

import java.util.List;

/** The four roles of DESIGN.md, as constants usable in access annotations. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String SECRETARY = "SECRETARY";
    public static final String OFFICER = "OFFICER";
    public static final String BOARD = "BOARD";

    /** In the order that decides a user's landing page when a user holds several roles. */
    public static final List<String> ALL = List.of(ADMIN, SECRETARY, OFFICER, BOARD);

    private Roles() {
    }
}
