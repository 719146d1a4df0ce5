package org.kakehashi.common.ui;

/**
 * A number shown beside an entry of the side navigation, such as the follow-ups waiting for the logged-in officer.
 * A feature offers one as a Spring bean; the layout asks it only for users who may open the entry's view.
 */
public interface NavigationBadge {

    /** The route of the navigation entry, as in its @Route. */
    String path();

    /** The number to show; zero shows nothing. */
    long count();
}
