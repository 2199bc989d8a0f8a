package org.liaison.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.liaison.NodeTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/** Walks every request mapping of the node and calls it without a session. */
@NodeTest
class EveryEndpointNeedsAuthenticationTests {

    // Deliberately public: the federation endpoints are authenticated by the JWS signature of each delivery
    // (checked against pinned partner keys), and the signed key export is meant to be fetched by partners; witness
    // offers carry signed checkpoint heads, and witness records are public like certificate transparency's heads.
    private static final Set<String> PUBLIC = Set.of("GET /login", "POST /login", "GET /actuator/health",
            "POST /federation/v1/messages", "GET /federation/v1/keys", "POST /federation/v1/witness",
            "GET /federation/v1/witness/x");

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;

    @Test
    void everyMappingExceptLoginAnswers401OnTheApiOrRedirectsPagesToTheLogin() throws Exception {
        var calls = endpoints();
        assertThat(calls).hasSizeGreaterThan(10).contains("GET /api/v1/openapi", "POST /admin/users");
        var failures = new ArrayList<String>();
        for (var call : calls) {
            if (PUBLIC.contains(call)) {
                continue;
            }
            var method = call.substring(0, call.indexOf(' '));
            var path = call.substring(call.indexOf(' ') + 1);
            var response = mvc.perform(request(HttpMethod.valueOf(method), path).with(csrf())).andReturn().getResponse();
            var ok = path.startsWith("/api/")
                    ? response.getStatus() == 401 && String.valueOf(response.getContentType()).contains("problem+json")
                    : response.getStatus() == 302 && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
            if (!ok) {
                failures.add(call + " -> " + response.getStatus() + " " + response.getRedirectedUrl());
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void onlyHealthIsPublicAmongTheOperationsEndpoints() throws Exception {
        assertThat(mvc.perform(request(HttpMethod.GET, "/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
        for (var path : List.of("/actuator/prometheus", "/actuator/info")) {
            var response = mvc.perform(request(HttpMethod.GET, path)).andReturn().getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(302);
        }
    }

    private List<String> endpoints() {
        var calls = new java.util.TreeSet<String>();
        Map<String, RequestMappingInfoHandlerMapping> mappings = context.getBeansOfType(RequestMappingInfoHandlerMapping.class);
        for (var mapping : mappings.values()) {
            mapping.getHandlerMethods().keySet().forEach(info -> {
                var methods = info.getMethodsCondition().getMethods().isEmpty()
                        ? Set.of(RequestMethod.GET) : info.getMethodsCondition().getMethods();
                for (var pattern : info.getPatternValues()) {
                    if (pattern.equals("/error")) {
                        continue; // the servlet container's error dispatch, not a page of its own
                    }
                    methods.forEach(m -> calls.add(m.name() + " " + concrete(pattern)));
                }
            });
        }
        return List.copyOf(calls);
    }

    /** Fills path variables with plausible values: the first alternative of a regex, else a word. */
    private static String concrete(String pattern) {
        return pattern.replaceAll("\\{[^}:]+:([^|}]+)[^}]*}", "$1")
                .replaceAll("\\{\\*?[^}]+}", "x").replace("/**", "/x").replace("*", "x");
    }
}
