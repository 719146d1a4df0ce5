package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
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

    /** The address of the list, as a link's href: the route and its query parameters. */
    String href() {
        var route = RouteConfiguration.forApplicationScope().getUrl(view);
        var query = QueryParameters.simple(parameters).getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    RouterLink routerLink(String text) {
        var link = new RouterLink(text, view);
        link.setQueryParameters(QueryParameters.simple(parameters));
        return link;
    }
}
