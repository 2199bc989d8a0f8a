package org.liaison.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.liaison.NodeTest;
import org.liaison.WithOfficer;
import org.springframework.beans.factory.annotation.Autowired;

@NodeTest
@WithOfficer(username = "kh.officer", roles = { "OFFICER", "BORDER_OFFICER" }, agency = "KH/MOI")
class BatchScreeningTests {

    @Autowired Screening screening;

    @Test
    void aListOfAThousandTravellersIsScreenedInChunksAndItsResultsDownload() {
        screening.issue(AlertMother.person("Outhai Phommaseng"), null);
        var csv = new StringBuilder("name,date_of_birth,nationality,document\n");
        for (int i = 1; i <= 1000; i++) {
            csv.append(i == 500 ? "OUTHAI PHOMMASENG" : "Traveller Number" + i).append(",1990,KH,\n");
        }
        csv.append("=HYPERLINK(\"http://evil\"),1990,KH,\n");

        var batch = screening.upload("manifest.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "Trapeang Kreal", null);
        assertThat(batch.total()).isEqualTo(1001);
        await().pollInSameThread().atMost(Duration.ofSeconds(60)).until(() -> screening.batch(batch.id()).status() == ScreeningBatch.Status.DONE);

        var done = screening.batch(batch.id());
        assertThat(done.status()).isEqualTo(ScreeningBatch.Status.DONE);
        assertThat(done.done()).isEqualTo(1001);
        assertThat(done.matched()).isEqualTo(1);
        var results = new String(screening.batchResults(batch.id()), StandardCharsets.UTF_8);
        assertThat(results.lines().filter(l -> l.startsWith("500,"))).singleElement()
                .satisfies(l -> assertThat(l).contains("OUTHAI PHOMMASENG").contains("PERSON_OF_INTEREST"));
        assertThat(results).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(screening.hits(new HitFilter(HitStatus.POSSIBLE, null, batch.id(), 0)))
                .singleElement().satisfies(h -> assertThat(h.travellerName()).isEqualTo("OUTHAI PHOMMASENG"));
    }

    @Test
    void keepsTheThresholdChosenForTheList() {
        var batch = screening.upload("small.csv", "name\nSomeone Else\nAnother Person\n".getBytes(StandardCharsets.UTF_8),
                null, 0.85);

        await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> screening.batch(batch.id()).status() == ScreeningBatch.Status.DONE);
        assertThat(screening.batch(batch.id()).threshold()).isEqualTo(0.85);
    }
}
