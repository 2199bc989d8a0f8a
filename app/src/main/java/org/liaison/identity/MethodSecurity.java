package org.liaison.identity;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/** Every mutating use case carries an authorization annotation; this turns them on. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurity {
}
