package org.kakehashi.delegations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import org.kakehashi.delegations.CalendarService;

/**
 * The user's own address of the feed of confirmed delegations, for a calendar program to subscribe to, and a way
 * to renew it when it has been shared too widely: the old address then stops working.
 */
class FeedSubscription extends Details {

    final TextField address = new TextField();
    final Button renew = new Button();

    FeedSubscription(CalendarService calendars) {
        setSummaryText(getTranslation("feed.title"));
        address.setLabel(getTranslation("feed.address"));
        address.setReadOnly(true);
        address.setWidthFull();
        renew.setText(getTranslation("feed.renew"));
        renew.addClickListener(click -> address.setValue(url(calendars.renewFeedToken())));
        add(new Paragraph(getTranslation("feed.explanation")), address, renew);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened() && address.isEmpty()) {
                address.setValue(url(calendars.feedToken()));
            }
        });
    }

    private static String url(String token) {
        var request = VaadinServletRequest.getCurrent();
        var base = request == null ? ""
                : request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                        + request.getContextPath();
        return base + "/calendar-feed/" + token + ".ics";
    }
}
