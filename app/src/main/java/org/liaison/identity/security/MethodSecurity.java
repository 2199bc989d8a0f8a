package org.liaison.identity.security;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Every mutating use case carries an authorization annotation; this turns them on, and publishes each
 * refusal as an event so that {@link MethodDenials} audits it.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {

    @Bean
    AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher events) {
        return new SpringAuthorizationEventPublisher(events);
    }
}
