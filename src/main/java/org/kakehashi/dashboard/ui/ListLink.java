package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.Map;

/** The list behind a figure: a view of another feature and the query parameters that filter it the same way. */
record ListLink(Class<? extends Component> view, Map<String, String> parameters) {

    static ListLink to(Class<? extends Component> view, String... nameValuePairs) {
        var parameters = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], nameValuePairs[i + 1]);
        }
        return new ListLink(view, parameters);
    }

    RouterLink routerLink(String text) {
        var link = new RouterLink(text, view);
        link.setQueryParameters(QueryParameters.simple(parameters));
        return link;
    }
}
