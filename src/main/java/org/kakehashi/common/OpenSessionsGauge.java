package org.kakehashi.common;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** The open Vaadin sessions of this instance, each holding its UIs in memory: what a sticky balancer spreads. */
@Component
class OpenSessionsGauge implements VaadinServiceInitListener {

    private final AtomicInteger open = new AtomicInteger();

    OpenSessionsGauge(MeterRegistry meters) {
        Gauge.builder("kakehashi.vaadin.sessions", open, AtomicInteger::get)
                .description("Open Vaadin sessions on this instance").register(meters);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> open.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> open.decrementAndGet());
    }
}
