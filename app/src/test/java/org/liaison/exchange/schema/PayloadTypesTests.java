package org.liaison.exchange.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import jakarta.validation.Validation;

import org.junit.jupiter.api.Test;
import org.liaison.agreements.DataCategory;
import org.liaison.exchange.MessageMother;
import org.liaison.exchange.payload.Correspondence;
import org.liaison.exchange.payload.PayloadRegistration;
import org.liaison.exchange.payload.PayloadType;
import tools.jackson.databind.json.JsonMapper;

/** Payloads checked against their category's record, as the sender does before signing and the receiver on arrival. */
class PayloadTypesTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final PayloadTypes types = new PayloadTypes(List.of(new ExchangePayloads()),
            Validation.buildDefaultValidatorFactory().getValidator(), JSON);

    @Test
    void readsADrugTraffickingPayloadWithItsOwnFieldsIntoItsRecord() {
        var json = types.write(MessageMother.payload("Convoy"));
        var read = types.read(DataCategory.DRUG_TRAFFICKING_INFORMATION, "drug_trafficking_information/1", json);
        assertThat(read).isEqualTo(MessageMother.payload("Convoy"));
        assertThat(json.has("reference")).as("absent fields are left out of the envelope").isFalse();
    }

    @Test
    void refusesAFieldTheCategorysRecordDoesNotHave() {
        var json = types.write(MessageMother.payload("List"));
        assertThatThrownBy(() -> types.read(DataCategory.PRISONER_RECORD, "prisoner_record/1", json))
                .isInstanceOf(PayloadTypes.PayloadRefused.class).hasMessageContaining("substance");
    }

    @Test
    void refusesAnotherCategorysSchemaOrVersion() {
        var json = MessageMother.plainPayload("x");
        assertThatThrownBy(() -> types.read(DataCategory.CASE_SUMMARY, "case_summary/2", json))
                .hasMessageContaining("is not case_summary/1");
        assertThatThrownBy(() -> types.read(DataCategory.ALERT, "alert/1", json))
                .as("no module registered alerts here").hasMessageContaining("no module here receives ALERT");
    }

    @Test
    void requiresASubjectAndABodyAndKeepsTheLimits() {
        assertThatThrownBy(() -> types.read(DataCategory.GENERAL_CORRESPONDENCE, "general_correspondence/1",
                MessageMother.plainPayload(" "))).hasMessageContaining("subject");
        var noBody = MessageMother.plainPayload("ok");
        noBody.remove("body");
        assertThatThrownBy(() -> types.read(DataCategory.GENERAL_CORRESPONDENCE, "general_correspondence/1", noBody))
                .hasMessageContaining("body");
        var tooLong = MessageMother.plainPayload("ok").put("reference", "r".repeat(501));
        assertThatThrownBy(() -> types.read(DataCategory.GENERAL_CORRESPONDENCE, "general_correspondence/1", tooLong))
                .hasMessageContaining("reference");
    }

    @Test
    void refusesANumberOrABooleanPassedOffAsText() {
        var number = MessageMother.plainPayload("ok").put("reference", 42);
        assertThatThrownBy(() -> types.read(DataCategory.GENERAL_CORRESPONDENCE, "general_correspondence/1", number))
                .isInstanceOf(PayloadTypes.PayloadRefused.class);
        var bool = MessageMother.plainPayload("ok").put("reference", true);
        assertThatThrownBy(() -> types.read(DataCategory.GENERAL_CORRESPONDENCE, "general_correspondence/1", bool))
                .isInstanceOf(PayloadTypes.PayloadRefused.class);
    }

    @Test
    void refusesARecordOfAnotherCategoryBeforeSigning() {
        assertThat(types.problemWith(DataCategory.DRUG_TRAFFICKING_INFORMATION, new Correspondence("x", "y", null)))
                .contains("is carried as DrugTraffickingInformation");
    }

    @Test
    void twoModulesClaimingOneCategoryStopTheNode() {
        PayloadRegistration twice = () -> List.of(PayloadType.of(DataCategory.CASE_SUMMARY, 1, Correspondence.class));
        assertThatThrownBy(() -> new PayloadTypes(List.of(new ExchangePayloads(), twice),
                Validation.buildDefaultValidatorFactory().getValidator(), JSON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CASE_SUMMARY has two payload types");
    }
}
