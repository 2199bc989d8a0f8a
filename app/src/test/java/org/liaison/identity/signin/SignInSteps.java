package org.liaison.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.concurrent.ThreadLocalRandom;

import jakarta.servlet.http.Cookie;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The requests of signing in as a browser at a given address makes them, checked where they lead. */
final class SignInSteps {

    private final MockMvc mvc;

    SignInSteps(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** Sends a password and returns the cookies of the answer, which must redirect as expected. */
    Cookie[] password(String username, String password, String address, String expectedRedirect) throws Exception {
        var result = mvc.perform(post("/login").with(csrf()).with(from(address))
                .param("username", username).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        return result.getResponse().getCookies();
    }

    /** Sends the code and returns the session cookie, renewed by a successful login. */
    Cookie[] code(Cookie[] session, String code, String address, String expectedRedirect) throws Exception {
        var result = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).with(from(address)).param("code", code))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo(expectedRedirect);
        var renewed = result.getResponse().getCookies();
        return renewed.length > 0 ? renewed : session;
    }

    /** Sends a code that must be refused, and returns the code page shown again. */
    String refusedCode(Cookie[] session, String code, String address) throws Exception {
        var response = mvc.perform(post("/login/mfa").cookie(session).with(csrf()).with(from(address)).param("code", code))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A random private address, so that tests sharing a node do not share the in-memory address throttle. */
    static String address() {
        var random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }
}
