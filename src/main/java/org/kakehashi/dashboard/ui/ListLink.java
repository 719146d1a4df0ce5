package org.kakehashi.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouterLink;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The list behind a figure: a view of another feature and the query parameters that filter it the same way, so that
 * it holds exactly the rows the figure counts.
 */
record ListLink(Class<? extends Component> view, Map<String, List<String>> parameters) {

    static ListLink to(Class<? extends Component> view, String... nameValuePairs) {
        var parameters = new LinkedHashMap<String, List<String>>();
        for (int i = 0; i + 1 < nameValuePairs.length; i += 2) {
            parameters.put(nameValuePairs[i], List.of(nameValuePairs[i + 1]));
        }
        return new ListLink(view, parameters);
    }

    /** The same list with a parameter more, or replaced; several values repeat it (?otherThan=Lund&otherThan=Kobe). */
    ListLink with(String name, List<String> values) {
        var more = new LinkedHashMap<>(parameters);
        more.put(name, List.copyOf(values));
        return new ListLink(view, more);
    }

    ListLink with(String name, String value) {
        return with(name, List.of(value));
    }

    QueryParameters queryParameters() {
        return new QueryParameters(parameters);
    }

    /** The address of the list, as a link's href: the route and its query parameters. */
    String href() {
        var route = RouteConfiguration.forApplicationScope().getUrl(view);
        var query = queryParameters().getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    RouterLink routerLink(String text) {
        var link = new RouterLink(text, view);
        link.setQueryParameters(queryParameters());
        return link;
    }
}
