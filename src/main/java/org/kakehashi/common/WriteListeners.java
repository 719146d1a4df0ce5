package org.kakehashi.common;

import java.util.List;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.hibernate.jpa.boot.spi.JpaSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Joins the {@link WriteListener} beans to Hibernate as its session factory is built, through Hibernate's own
 * integrator, rather than asking the entity manager factory for Hibernate's registry when a listener is created.
 */
@Configuration(proxyBeanMethods = false)
class WriteListeners {

    @Bean
    static HibernatePropertiesCustomizer writeListenersIntegration(ObjectProvider<WriteListener> beans) {
        return properties -> {
            List<WriteListener> listeners = beans.orderedStream().toList();
            Integrator integrator = new Integrator() {
                @Override
                public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                        SessionFactoryImplementor sessionFactory) {
                    var registry = sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
                    for (var listener : listeners) {
                        registry.appendListeners(EventType.POST_INSERT, listener);
                        registry.appendListeners(EventType.POST_UPDATE, listener);
                        registry.appendListeners(EventType.POST_DELETE, listener);
                    }
                }
            };
            properties.put(JpaSettings.INTEGRATOR_PROVIDER, (IntegratorProvider) () -> List.of(integrator));
        };
    }
}
