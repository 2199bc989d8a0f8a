package org.liaison.identity.security;

import jakarta.servlet.DispatcherType;

import org.liaison.identity.Role;
import org.liaison.identity.signin.Factors;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The node's web security policy: everything needs a completed two-factor login except the login pages,
 * health and static assets; the API answers 401 problem+json, pages redirect to the login.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String[] PUBLIC = { "/login", "/css/**", "/js/**", "/fonts/**", "/webjars/**", "/favicon.ico", "/favicon.svg",
            "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness" };

    /**
     * Node-to-node endpoints: a delivery is authenticated by its JWS signature against a pinned partner key,
     * not by a session, and the key export is public by nature; so are audit witness offers (authenticated by the
     * signatures of their heads) and witness records (signed heads and public keys). No cookies are read there, so
     * CSRF does not apply.
     */
    static final String[] FEDERATION = { "/federation/v1/messages", "/federation/v1/keys", "/federation/v1/witness",
        "/federation/v1/witness/*" };

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    SecurityFilterChain web(HttpSecurity http, Denials denials) throws Exception {
        RequestMatcher api = request -> request.getRequestURI().startsWith("/api/");
        // PasswordStep is the only AuthenticationProvider bean, so the global manager uses it alone (once per attempt).
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers(HttpMethod.POST, FEDERATION[0], FEDERATION[2]).permitAll()
                        .requestMatchers(HttpMethod.GET, FEDERATION[1], FEDERATION[3]).permitAll()
                        .requestMatchers("/login/mfa").hasAuthority(Factors.PASSWORD_ONLY)
                        .requestMatchers("/login/mfa/enrol").hasAuthority(Factors.MUST_ENROL)
                        .requestMatchers("/actuator/**").hasAllAuthorities(Factors.COMPLETE, Role.ADMIN.authority())
                        .anyRequest().hasAuthority(Factors.COMPLETE))
                .formLogin(form -> form.loginPage("/login")
                        .successHandler(denials::afterPassword)
                        .failureHandler(denials::afterFailedPassword))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler(denials::onLogout).deleteCookies("LIAISON_SESSION"))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(denials::unauthenticatedApi, api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), request -> true)
                        .accessDeniedHandler(denials::denied))
                // The CSRF token lives in an HttpOnly cookie, so anonymous pages (the login) create no session row.
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, FEDERATION[0]),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, FEDERATION[2])))
                .securityContext(context -> context.securityContextRepository(securityContextRepository()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy("camera=(self), geolocation=(self), microphone=()"))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Argon2id with Spring Security's current recommended parameters (m=16 MiB, t=2, p=1). */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
