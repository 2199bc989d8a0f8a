package org.liaison.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liaison.agreements.DataCategory;

class PayloadSchemasTests {

    @Test
    void acceptsADrugTraffickingPayloadWithItsOwnFields() {
        assertThat(PayloadSchemas.problemWith(DataCategory.DRUG_TRAFFICKING_INFORMATION,
                "drug_trafficking_information/1", MessageMother.payload("Convoy"))).isNull();
    }

    @Test
    void rejectsAFieldTheCategorysSchemaDoesNotHave() {
        assertThat(PayloadSchemas.problemWith(DataCategory.PRISONER_RECORD, "prisoner_record/1",
                MessageMother.payload("List"))).contains("field substance is not part of prisoner_record/1");
    }

    @Test
    void rejectsAnotherCategorysSchemaOrVersion() {
        assertThat(PayloadSchemas.problemWith(DataCategory.ALERT, "alert/2", MessageMother.plainPayload("x")))
                .contains("is not alert/1");
    }

    @Test
    void requiresASubjectAndABody() {
        var payload = MessageMother.plainPayload(" ");
        assertThat(PayloadSchemas.problemWith(DataCategory.ALERT, "alert/1", payload)).contains("subject");
        payload.put("subject", "ok");
        payload.remove("body");
        assertThat(PayloadSchemas.problemWith(DataCategory.ALERT, "alert/1", payload)).contains("body");
    }
}
