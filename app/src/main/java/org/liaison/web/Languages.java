package org.liaison.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;

import org.liaison.identity.OfficerAccounts;
import org.liaison.identity.OfficerPrincipal;
import org.liaison.node.ThisNode;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The four languages of the interface. The choice ({@code ?lang=km}) is kept in a cookie, so it survives
 * the login and works across instances of a node; without one, the browser's preference decides. The time zone
 * of the request is the officer's (kept with them in the session), else the node's.
 */
@Configuration(proxyBeanMethods = false)
class Languages implements WebMvcConfigurer {

    private final OfficerAccounts accounts;
    private final ThisNode node;

    Languages(OfficerAccounts accounts, ThisNode node) {
        this.accounts = accounts;
        this.node = node;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("km"),
            Locale.forLanguageTag("lo"), Locale.forLanguageTag("vi"));

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("LIAISON_LANG");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setDefaultLocaleFunction(request -> {
            var wanted = request.getLocale();
            return SUPPORTED.stream().filter(l -> l.getLanguage().equals(wanted.getLanguage())).findFirst()
                    .orElse(Locale.ENGLISH);
        });
        resolver.setDefaultTimeZoneFunction(request -> TimeZone.getTimeZone(
                accounts.current().map(OfficerPrincipal::zone).orElse(node.zone())));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedOnly(change));
    }
}
