package org.kakehashi.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab as the server sees it, without a browser: it logs in with Spring Security's form, opens the UI with
 * Vaadin's init request and then speaks Vaadin's UIDL protocol, keeping the tree of state nodes the server sends so
 * that it can find a component by tag, text or attribute and send the events a browser would send for a click, a
 * typed value, a drag or a grid row chosen. What the Flow client does on its own after an answer, it does too: it
 * confirms a grid's data update and closes a notification when it has been shown.
 */
final class UidlClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern GRID_CONFIRM = Pattern.compile("\\$connector\\.confirm\\(\\$1\\)");
    // The feature numbers of Flow's state tree (com.vaadin.flow.internal.nodefeature.NodeFeatures)
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int LISTENERS = 4;
    private static final int TEXT = 7;

    private final String base;
    private final HttpClient http;
    private final Map<Integer, StateNode> nodes = new HashMap<>();
    private final Map<String, JsonNode> constants = new HashMap<>();
    private final List<ObjectNode> followUps = new ArrayList<>();
    private int uiId;
    private String securityKey;
    private int syncId;
    private int clientId;
    private List<JsonNode> lastRows = List.of();
    private List<String> lastNotifications = List.of();

    UidlClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** The login form, then the UI opened on {@code route}, as a browser does after the login's redirect. */
    void logIn(String username, String password, String route) throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(URI.create(base + "login")).GET(), "login-page");
        var csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new LoadFailure("no CSRF token on the login page");
        }
        var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        var login = http.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        var location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new LoadFailure("login of " + username + " answered " + login.statusCode() + " " + location);
        }
        var init = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "?v-r=init&location="
                + encode(route) + "&query=")).GET(), "init"));
        var config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        var uidl = config.path("uidl");
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        apply(uidl);
    }

    /** Spring Security's logout, what the logout button ends in: the session ends on the server. */
    void logOut() throws IOException, InterruptedException {
        var page = send(HttpRequest.newBuilder(URI.create(base + "login")).GET(), "logout-page");
        var csrf = CSRF.matcher(page);
        if (csrf.find()) {
            http.send(HttpRequest.newBuilder(URI.create(base + "logout"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)))).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    /** A click on the side navigation: Flow's client router tells the server with a ui-navigate event. */
    void navigate(String route, String tag) throws IOException, InterruptedException {
        var data = JSON.createObjectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putObject("historyState").put("idx", 0);
        rpc(tag, event(1, "ui-navigate", data));
    }

    /** Typing into a field: its value property synchronised, then the event the field listens to. */
    void type(int field, String value, String tag) throws IOException, InterruptedException {
        var sync = JSON.createObjectNode().put("type", "mSync").put("node", field).put("feature", PROPERTIES)
                .put("property", "value").put("value", value);
        var events = listeners(field).propertyNames().stream().filter(name -> name.equals("input")
                || name.equals("change")).map(name -> event(field, name, dataFor(field, name, Map.of()))).toList();
        var calls = new ArrayList<ObjectNode>();
        calls.add(sync);
        calls.addAll(events);
        rpc(tag, calls.toArray(ObjectNode[]::new));
    }

    void click(int button, String tag) throws IOException, InterruptedException {
        rpc(tag, event(button, "click", dataFor(button, "click", Map.of())));
    }

    /** A card dragged onto a column: dragstart on the card, drop on the column, dragend on the card. */
    void dragAndDrop(int source, int target, String tag) throws IOException, InterruptedException {
        var move = Map.of("event.dataTransfer.effectAllowed", "move", "event.dataTransfer.dropEffect", "move");
        rpc(tag, event(source, "dragstart", dataFor(source, "dragstart", move)),
                event(target, "drop", dataFor(target, "drop", move)),
                event(source, "dragend", dataFor(source, "dragend", move)));
    }

    /** A grid row chosen, by the key the grid's data gave it: the grid's connector calls the server's select. */
    void selectRow(int grid, String key, String tag) throws IOException, InterruptedException {
        var call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", grid)
                .put("templateEventMethodName", "select").put("promise", 0);
        call.putArray("templateEventMethodArgs").add(key);
        rpc(tag, call);
    }

    /** The rows a grid's last data update sent, each with its "key" and its columns ("col0", ...). */
    List<JsonNode> rows() {
        return lastRows;
    }

    /** The first element of the page with this tag that matches; elements no longer on the page are not seen. */
    Optional<Integer> find(String tag, Predicate<Integer> where) {
        return nodes.keySet().stream().filter(id -> tag.equals(tag(id)) && isInside(id, 1) && where.test(id)).sorted()
                .findFirst();
    }

    Integer require(String tag, Predicate<Integer> where, String what) {
        return find(tag, where).orElseThrow(() -> new LoadFailure("no " + what + " on the page"));
    }

    String tag(int id) {
        var node = nodes.get(id);
        return node == null ? null : node.value(ELEMENT_DATA, "tag").map(JsonNode::asString).orElse(null);
    }

    String attribute(int id, String name) {
        var node = nodes.get(id);
        return node == null ? null : node.value(ATTRIBUTES, name).map(JsonNode::asString).orElse(null);
    }

    String property(int id, String name) {
        var node = nodes.get(id);
        return node == null ? null : node.value(PROPERTIES, name).map(JsonNode::asString).orElse(null);
    }

    /** The text of a node and of its children, as a user reads it. */
    String text(int id) {
        var node = nodes.get(id);
        if (node == null) {
            return "";
        }
        var text = new StringBuilder(node.value(TEXT, "text").map(JsonNode::asString).orElse(""));
        for (var child : node.list(CHILDREN)) {
            if (child.isInt()) {
                text.append(text(child.asInt()));
            }
        }
        return text.toString();
    }

    /** Whether {@code id} is {@code ancestor} or lies inside it. */
    boolean isInside(int id, int ancestor) {
        int at = id;
        while (at != ancestor) {
            var node = nodes.get(at);
            var parent = node == null || node.parent == null ? null : nodes.get(node.parent);
            if (parent == null || !parent.holds(at)) {
                return false; // taken off the page, or never on it
            }
            at = node.parent;
        }
        return true;
    }

    /** The texts of the notifications the last answer opened. */
    List<String> notifications() {
        return lastNotifications;
    }

    private void rpc(String tag, ObjectNode... calls) throws IOException, InterruptedException {
        lastRows = new ArrayList<>();
        lastNotifications = new ArrayList<>();
        send(tag, List.of(calls));
        // What the Flow client sends at once after an answer: grid data confirmed, notifications shown closed
        while (!followUps.isEmpty()) {
            var pending = List.copyOf(followUps);
            followUps.clear();
            send(tag + "-followup", pending);
        }
    }

    private void send(String tag, List<ObjectNode> calls) throws IOException, InterruptedException {
        var body = JSON.createObjectNode().put("csrfToken", securityKey).put("syncId", syncId)
                .put("clientId", clientId++);
        body.putArray("rpc").addAll(calls);
        var answer = send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId + "&load=" + tag))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))), tag);
        if (answer.startsWith("for(;;);")) {
            answer = answer.substring("for(;;);".length());
        }
        var uidl = JSON.readTree(answer);
        if (uidl.isArray()) {
            uidl = uidl.get(0);
        }
        var meta = uidl.path("meta");
        if (meta.has("appError") || meta.has("sessionExpired")) {
            throw new LoadFailure(tag + ": the server answered " + meta);
        }
        apply(uidl);
    }

    private String send(HttpRequest.Builder request, String tag) throws IOException, InterruptedException {
        var response = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new LoadFailure(tag + ": HTTP " + response.statusCode());
        }
        return response.body();
    }

    private void apply(JsonNode uidl) {
        uidl.path("constants").properties().forEach(constant -> constants.put(constant.getKey(), constant.getValue()));
        var opened = new ArrayList<Integer>();
        for (var change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            var node = nodes.computeIfAbsent(id, created -> new StateNode());
            switch (change.path("type").asString()) {
                case "put" -> {
                    var value = change.has("nodeValue") ? change.get("nodeValue") : change.path("value");
                    node.put(change.path("feat").asInt(), change.path("key").asString(), value);
                    if (change.path("key").asString().equals("opened") && value.asBoolean()) {
                        opened.add(id);
                    }
                }
                case "remove" -> node.remove(change.path("feat").asInt(), change.path("key").asString());
                case "splice" -> {
                    var added = change.has("addNodes") ? change.get("addNodes") : change.path("add");
                    node.splice(change.path("feat").asInt(), change.path("index").asInt(),
                            change.path("remove").asInt(0), added);
                    if (change.has("addNodes")) {
                        added.forEach(child -> nodes.computeIfAbsent(child.asInt(), created -> new StateNode())
                                .parent = id);
                    }
                }
                case "clear" -> node.splice(change.path("feat").asInt(), 0, Integer.MAX_VALUE, JSON.createArrayNode());
                case "detach" -> nodes.remove(id);
                default -> {
                    // "attach": the node exists from its first change on
                }
            }
        }
        if (uidl.has("syncId")) {
            syncId = uidl.path("syncId").asInt();
        }
        for (var invocation : uidl.path("execute")) {
            var script = invocation.get(invocation.size() - 1).asString();
            if (script.contains("$connector.set(") && invocation.size() >= 3 && invocation.get(2).isArray()) {
                invocation.get(2).forEach(lastRows::add);
            }
            if (GRID_CONFIRM.matcher(script).find()) {
                var confirm = JSON.createObjectNode().put("type", "publishedEventHandler")
                        .put("node", invocation.get(0).path("@v-node").asInt())
                        .put("templateEventMethodName", "confirmUpdate").put("promise", 0);
                confirm.putArray("templateEventMethodArgs").add(invocation.get(1).asInt());
                followUps.add(confirm);
            }
        }
        for (int notification : opened) {
            if ("vaadin-notification".equals(tag(notification))) {
                lastNotifications.add(property(notification, "text"));
                // The browser closes it once shown: the opened property turns false and the closed event fires
                followUps.add(JSON.createObjectNode().put("type", "mSync").put("node", notification)
                        .put("feature", PROPERTIES).put("property", "opened").put("value", false));
                listeners(notification).propertyNames().stream()
                        .filter(name -> name.equals("opened-changed") || name.equals("closed"))
                        .forEach(name -> followUps.add(event(notification, name, dataFor(notification, name, Map.of()))));
            }
        }
    }

    private JsonNode listeners(int id) {
        var node = nodes.get(id);
        var map = JSON.createObjectNode();
        if (node != null) {
            node.values.forEach((key, value) -> {
                if (key.startsWith(LISTENERS + ":")) {
                    map.set(key.substring(2), value);
                }
            });
        }
        return map;
    }

    /**
     * The event data a browser would send: every expression the server's listener asked for, with the value given
     * or a neutral one (0 for positions and buttons, false for modifier keys).
     */
    private ObjectNode dataFor(int id, String event, Map<String, String> given) {
        var data = JSON.createObjectNode();
        var listener = listeners(id).path(event);
        var expressions = listener.isString() ? constants.getOrDefault(listener.asString(), JSON.createObjectNode())
                : listener;
        for (var expression : expressions.propertyNames()) {
            if (expression.startsWith("}") || expression.matches("\\d+")) {
                continue; // a synchronised property or a debounce setting, not event data
            }
            if (given.containsKey(expression)) {
                data.put(expression, given.get(expression));
            } else if (expression.endsWith("Key")) {
                data.put(expression, false);
            } else {
                data.put(expression, 0);
            }
        }
        return data;
    }

    private static ObjectNode event(int node, String event, ObjectNode data) {
        var call = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        call.set("data", data);
        return call;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A node of Flow's state tree: its values by feature and key, its lists by feature, its parent element. */
    private static final class StateNode {

        final Map<String, JsonNode> values = new HashMap<>();
        final Map<Integer, List<JsonNode>> lists = new HashMap<>();
        Integer parent;

        Optional<JsonNode> value(int feature, String key) {
            return Optional.ofNullable(values.get(feature + ":" + key));
        }

        boolean holds(int child) {
            return lists.values().stream().anyMatch(list -> list.stream().anyMatch(item -> item.isInt()
                    && item.asInt() == child));
        }

        List<JsonNode> list(int feature) {
            return lists.getOrDefault(feature, List.of());
        }

        void put(int feature, String key, JsonNode value) {
            values.put(feature + ":" + key, value);
        }

        void remove(int feature, String key) {
            values.remove(feature + ":" + key);
        }

        void splice(int feature, int index, int remove, JsonNode added) {
            var list = lists.computeIfAbsent(feature, f -> new ArrayList<>());
            int from = Math.min(index, list.size());
            list.subList(from, (int) Math.min(list.size(), (long) from + remove)).clear();
            var items = new ArrayList<JsonNode>();
            added.forEach(items::add);
            list.addAll(from, items);
        }
    }

    /** The server answered something a user would see as a failure, or the page lacked what the step needed. */
    static final class LoadFailure extends RuntimeException {

        LoadFailure(String message) {
            super(message);
        }
    }
}
