package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.liaison.exchange.RetentionPurgeTests.pastRetention;
import static org.liaison.exchange.TwoNodes.messageOn;
import static org.liaison.exchange.TwoNodes.send;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.liaison.exchange.retention.MessagePurge;
import org.liaison.exchange.store.MessageContents;
import org.liaison.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A prosecutor's legal hold (ADR 0011) keeps a message past its retention until released, and only a
 * prosecutor of the agency that holds the message on this node, or of one above it, may place or lift it:
 * through the API, everyone else gets a problem, and every refusal is in the audit trail.
 */
class LegalHoldTests {

    static FederationNode kh;
    static FederationNode la;

    @BeforeAll
    static void nodes() {
        kh = TwoNodes.kh();
        la = TwoNodes.la();
    }

    @Test
    void aHeldMessageOutlivesItsRetentionUntilTheProsecutorReleasesIt() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Evidence in case 2026/117"));
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).status() == MessageStatus.DELIVERED);
        var held = Officers.as("kh.prosecutor", "KH/MOI", () -> kh.bean(Exchange.class).placeHold(id,
                "Trial of case 2026/117 at the Phnom Penh court"), Role.PROSECUTOR);
        assertThat(held.retention().hold()).satisfies(hold -> {
            assertThat(hold.by()).isEqualTo("kh.prosecutor");
            assertThat(hold.agency()).isEqualTo("KH/MOI");
        });

        pastRetention(kh, id);
        pastRetention(la, id);
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(la, id).retention().purged());
        kh.bean(MessagePurge.class).purgeDue();
        assertThat(messageOn(kh, id).retention().purged()).isFalse();
        assertThat(kh.bean(MessageContents.class).payload(messageOn(kh, id)).subject()).isEqualTo("Evidence in case 2026/117");

        Officers.as("kh.prosecutor", "KH/MOI", () -> kh.bean(Exchange.class).releaseHold(id), Role.PROSECUTOR);
        await().atMost(Duration.ofSeconds(20)).until(() -> messageOn(kh, id).retention().purged());
        assertThat(audited("LEGAL_HOLD_PLACED", "SUCCEEDED", id)).isEqualTo(1);
        assertThat(audited("LEGAL_HOLD_RELEASED", "SUCCEEDED", id)).isEqualTo(1);
    }

    @Test
    void onlyAProsecutorOfTheMessagesAgencyMayHoldItAndEveryRefusalIsAudited() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Evidence in case 2026/118"));
        var deniedByRole = kh.audited("ACCESS_DENIED");

        hold(id, "kh.officer", "KH/MOI", "Case 2026/118", Role.OFFICER).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(kh.audited("ACCESS_DENIED")).isEqualTo(deniedByRole + 1);
        hold(id, "kh.spo", "KH/SPO", "Case 2026/118", Role.PROSECUTOR).andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        hold(id, "kh.gdi", "KH/MOI/GDI", "Case 2026/118", Role.PROSECUTOR).andExpect(status().isNotFound());
        hold(id, "kh.spo.admin", "KH/SPO", "Case 2026/118", Role.PROSECUTOR, Role.ADMIN).andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(audited("LEGAL_HOLD_PLACED", "DENIED", id)).isEqualTo(3);
        hold(id, "kh.prosecutor", "KH/MOI", " ", Role.PROSECUTOR).andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        hold(id, "kh.prosecutor", "KH/MOI", "x".repeat(LegalHold.MAX_REASON + 1), Role.PROSECUTOR)
                .andExpect(status().isBadRequest());

        hold(id, "kh.prosecutor", "KH/MOI", "Case 2026/118 before the Supreme Court", Role.PROSECUTOR)
                .andExpect(status().isOk()).andExpect(jsonPath("$.hold.agency").value("KH/MOI"))
                .andExpect(jsonPath("$.hold.reason").value("Case 2026/118 before the Supreme Court"));
        release(id, "kh.spo", "KH/SPO").andExpect(status().isNotFound());
        assertThat(audited("LEGAL_HOLD_RELEASED", "DENIED", id)).isEqualTo(1);
        release(id, "kh.prosecutor", "KH/MOI").andExpect(status().isOk()).andExpect(jsonPath("$.hold").doesNotExist());
        release(id, "kh.prosecutor", "KH/MOI").andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void theMessagePageSaysAHoldsRefusalInTheOfficersLanguage() throws Exception {
        var id = send(kh, "KH/MOI", MessageMother.drugNotification("Evidence in case 2026/119"));
        kh.mvc().perform(post("/messages/{id}/legal-hold", id).with(csrf()).param("reason", " ")
                        .with(authentication(Officers.officer("kh.prosecutor", "KH/MOI", Role.PROSECUTOR)))
                        .locale(Locale.forLanguageTag("lo")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("holdError", "ການຍຶດໄວ້ຕາມກົດໝາຍຕ້ອງມີເຫດຜົນທີ່ບໍ່ເກີນ 500 ຕົວອັກສອນ."));
        kh.mvc().perform(post("/messages/{id}/legal-hold/release", id).with(csrf())
                        .with(authentication(Officers.officer("kh.prosecutor", "KH/MOI", Role.PROSECUTOR)))
                        .locale(Locale.forLanguageTag("vi")))
                .andExpect(flash().attribute("holdError", "Tin nhắn này không bị lưu giữ pháp lý."));
    }

    private static ResultActions hold(MessageId id, String username, String agency, String reason, Role... roles) throws Exception {
        var body = "{\"reason\": \"" + reason + "\"}";
        return kh.mvc().perform(put("/api/v1/messages/{id}/legal-hold", id).with(csrf())
                .with(authentication(Officers.officer(username, agency, roles)))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private static ResultActions release(MessageId id, String username, String agency) throws Exception {
        return kh.mvc().perform(delete("/api/v1/messages/{id}/legal-hold", id).with(csrf())
                .with(authentication(Officers.officer(username, agency, Role.PROSECUTOR))));
    }

    private static long audited(String action, String outcome, MessageId id) {
        return kh.db().sql("select count(*) from audit_entry where action = ? and outcome = ? and subject = ?")
                .params(action, outcome, "message:" + id).query(Long.class).single();
    }
}
