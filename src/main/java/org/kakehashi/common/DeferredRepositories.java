package org.kakehashi.common;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.DependencyDescriptor;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.data.repository.Repository;

/**
 * Spring Data's deferred bootstrap ({@code spring.data.jpa.repositories.bootstrap-mode=deferred}) in a start from
 * Spring's ahead-of-time processed context too, as {@code ./mvnw -Prun} starts. Outside that mode Spring Data itself
 * gives every bean a lazy proxy of the repositories it needs, so that Hibernate builds its model on a thread of its
 * own while the other beans are created, and creates the repositories, checking their queries, after them. The
 * processed context skips that set-up: each service's first repository waited for Hibernate. Spring Data's mapping
 * context and auditing handler, which need Hibernate's model as they are created, are created when first needed.
 */
@Configuration(proxyBeanMethods = false)
class DeferredRepositories {

    /** The names Spring Data JPA gives them; repositories and entities reach them by name when first used. */
    private static final List<String> NEEDING_HIBERNATE = List.of("jpaMappingContext", "jpaAuditingHandler");

    @Bean
    static BeanFactoryPostProcessor lazyRepositoryInjection() {
        return beanFactory -> {
            NEEDING_HIBERNATE.stream().filter(beanFactory::containsBeanDefinition)
                    .forEach(name -> beanFactory.getBeanDefinition(name).setLazyInit(true));
            if (AotDetector.useGeneratedArtifacts() && beanFactory instanceof DefaultListableBeanFactory factory) {
                factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver() {
                    @Override
                    protected boolean isLazy(DependencyDescriptor descriptor) {
                        return Repository.class.isAssignableFrom(descriptor.getDependencyType())
                                || super.isLazy(descriptor);
                    }
                });
            }
        };
    }

    /**
     * Once every other bean is there: a bad query or mapping still stops the start, as in Spring Data's own deferred
     * mode, and before the web server starts (so also within the JDK cache's training run, which ends there).
     * Hibernate is waited for first, outside the creation of any bean: a repository created while Hibernate still
     * builds would wait for it holding Spring's singleton lock, which Hibernate's own lookups of beans need.
     */
    @Bean
    static SmartInitializingSingleton repositoriesCreatedAtStart(ListableBeanFactory beanFactory) {
        return () -> {
            beanFactory.getBeansOfType(EntityManagerFactory.class).values().forEach(EntityManagerFactory::getMetamodel);
            beanFactory.getBeansOfType(Repository.class);
        };
    }
}
