package org.liaison.committees;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.liaison.BrowserTest;

/**
 * A committee secretary records a meeting in Chromium, adds a decision, turns it into an action item and
 * finds it in the commitments list; every page passes the axe-core checks.
 */
class CommitteeJourneyTests extends BrowserTest {

    @Test
    void aSecretaryRecordsAMeetingWhoseDecisionBecomesAnActionItemInTheCommitmentsList() throws Exception {
        try (var context = browser.newContext(); var page = context.newPage()) {
            signIn(page, "kh.secretary");
            assertThat(page.content()).contains("Overdue commitments of your agency")
                    .contains("Increase border management and control");
            accessible(page, "home-overdue");

            page.navigate(url("/committees"));
            accessible(page, "committees");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Cambodia MOI – Lao MPS annual security cooperation review")).click();
            accessible(page, "committee");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record a meeting")).click();
            accessible(page, "meeting-form");

            recordMeeting(page);
            assertThat(page.locator("h1").textContent()).contains("Meeting no. 3");
            assertThat(page.content()).contains("<span lang=\"lo\">ວິໄລ ຫຼ້າຄຳຟອງ</span>");
            accessible(page, "meeting");

            page.locator("#text").fill("Exchange lists of wanted drug traffickers every quarter");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record decision")).click();
            assertThat(page.locator(".flash").textContent()).contains("The decision was recorded.");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create action item")).click();
            accessible(page, "action-item-form");

            page.locator("#text").fill("Send the first quarterly list of wanted traffickers");
            page.locator("#area").selectOption("DRUG_TRAFFICKING");
            page.locator("#owners").fill("KH/MOI, LA/MPS");
            page.locator("#dueOn").fill("2026-03-31");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator(".flash").textContent()).contains("The action item was created.");
            assertThat(page.content()).contains("Send the first quarterly list of wanted traffickers");

            page.navigate(url("/commitments?owner=LA/MPS"));
            assertThat(page.locator("#commitment-rows").textContent())
                    .contains("Send the first quarterly list of wanted traffickers");
            accessible(page, "commitments");
            screenshot(page, "committees-commitments");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Send the first quarterly list of wanted traffickers")).click();
            accessible(page, "commitment");
            screenshot(page, "committees-commitment");

            page.navigate(url("/commitments?overdue=true&mine=true&lang=km"));
            assertThat(page.locator("h1").textContent()).isEqualTo("ការប្តេជ្ញាចិត្ត និងសកម្មភាពត្រូវអនុវត្ត");
            accessible(page, "commitments-km");
            screenshot(page, "committees-commitments-km");
            page.navigate(url("/committees?lang=lo"));
            assertThat(page.locator("h1").textContent()).isEqualTo("ຄະນະກຳມະການຮ່ວມ");
            accessible(page, "committees-lo");
            page.navigate(url("/committees?lang=en"));
        }
    }

    private static void recordMeeting(Page page) {
        page.locator("#sequence").fill("3");
        page.locator("#startsOn").fill("2026-02-10");
        page.locator("#endsOn").fill("2026-02-10");
        page.locator("#place").fill("Videoconference");
        page.locator("#form").selectOption("VIRTUAL");
        page.locator("#chair1Side").fill("KH/MOI");
        page.locator("#chair1Name").fill("Sar Kheng");
        page.locator("#chair1NativeName").fill("ស ខេង");
        page.locator("#chair2Side").fill("LA/MPS");
        page.locator("#chair2Name").fill("Vilay Lakhamfong");
        page.locator("#chair2NativeName").fill("ວິໄລ ຫຼ້າຄຳຟອງ");
        page.locator("#agenda").fill("Evaluation of 2025\nPlan for 2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
    }
}
