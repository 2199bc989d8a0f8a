package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.BrowserTest;

/** A node administrator reads, in Lao, which signature algorithm each of the node's keys uses (ADR 0010). */
class KeyAdministrationPageTests extends BrowserTest {

    @Test
    void anAdministratorSeesEachSigningKeysAlgorithmInLao() throws Exception {
        try (var context = browser.newContext(); var page = context.newPage()) {
            signIn(page, "kh.admin");
            page.navigate(url("/admin/exchange?lang=lo"));

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("lo");
            var keys = page.locator("table.data").first();
            assertThat(keys.locator("thead").textContent()).contains("ອັລກໍຣິທຶມ");
            assertThat(keys.locator("tbody").textContent()).contains("Ed25519");
            accessible(page, "exchange-admin-lo");
            screenshot(page, "exchange-keys-lo");
        }
    }
}
