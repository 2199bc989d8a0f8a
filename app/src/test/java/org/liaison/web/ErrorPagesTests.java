package org.liaison.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.MockMvcs;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.liaison.shared.InvalidInput;
import org.liaison.shared.Refusals;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * A browser meets a translated page with the shell; a program meets problem+json. MockMvc does not follow the
 * container's error dispatch, so the page is asked for as that dispatch asks for it.
 */
@NodeTest
class ErrorPagesTests {

    MockMvc mvc;

    @BeforeEach
    void setUp(WebApplicationContext context) {
        mvc = MockMvcs.withSecurity(context);
    }

    @Test
    @WithOfficer
    void anUnknownPageAnswersABrowserWithTheStatusForTheErrorPageNotWithJson() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("{"))));
    }

    @Test
    @WithOfficer
    void anUnknownApiPathAnswersProblemJson() throws Exception {
        mvc.perform(get("/api/v1/no-such-thing").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    @WithOfficer
    void aProgramAskingForJsonOutsideTheApiGetsProblemJsonToo() throws Exception {
        mvc.perform(get("/no-such-page").accept(MediaType.APPLICATION_JSON))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    @WithOfficer
    void theErrorPageIsTranslatedAndNamesTheNodeInItsFooter() throws Exception {
        mvc.perform(errorDispatch(403, "/admin/users").param("lang", "lo"))
                .andExpect(content().string(allOf(containsString("ບົດບາດ ຫຼື ອົງການຂອງທ່ານບໍ່ອະນຸຍາດ"),
                        containsString("KH-1 · KH"), not(containsString("null")),
                        not(containsString("does not allow")), containsString("class=\"sidebar\""))));
        mvc.perform(errorDispatch(404, "/no-such-page").param("lang", "km"))
                .andExpect(content().string(allOf(containsString("ទំព័រនេះមិនមានទេ"), containsString("KH-1 · KH"))));
    }

    @Test
    @WithOfficer
    void aRefusedPageRequestSaysWhyInTheOfficersLanguageOnTheErrorPage() throws Exception {
        var refusal = new InvalidInput("exchange.refusal.replyText", "a reply needs a text of up to 20,000 characters");
        mvc.perform(errorDispatch(400, "/messages/x/reply").requestAttr(Refusals.ON_ERROR_PAGE, refusal).param("lang", "km"))
                .andExpect(content().string(allOf(containsString("ការឆ្លើយតបត្រូវការអត្ថបទមិនលើសពី ២០ ០០០ តួអក្សរ។"),
                        not(containsString("a reply needs")))));
    }

    @Test
    void anAnonymousVisitorGetsTheErrorPageWithoutNavigation() throws Exception {
        mvc.perform(errorDispatch(405, "/login").param("lang", "vi"))
                .andExpect(content().string(allOf(containsString("Không thể dùng trang này"),
                        not(containsString("class=\"sidebar\"")), not(containsString("/logout")))));
    }

    private static MockHttpServletRequestBuilder errorDispatch(int status, String path) {
        return get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, path)
                .with(request -> {
                    request.setDispatcherType(DispatcherType.ERROR);
                    return request;
                });
    }
}
