package org.kakehashi.security;

import org.apache.catalina.Context;
import org.apache.catalina.session.ManagerBase;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/** The sessions as the embedded Tomcat holds them: its session manager. */
final class TomcatSessions {

    private TomcatSessions() {
    }

    static ManagerBase of(ApplicationContext context) {
        var server = (TomcatWebServer) ((WebServerApplicationContext) context).getWebServer();
        var webapp = (Context) server.getTomcat().getHost().findChildren()[0];
        return (ManagerBase) webapp.getManager();
    }
}
