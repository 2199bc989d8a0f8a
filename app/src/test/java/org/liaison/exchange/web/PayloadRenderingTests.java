package org.liaison.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.NodeTest;
import org.liaison.exchange.payload.Payload;
import org.liaison.exchange.payload.PayloadType;
import org.liaison.exchange.schema.PayloadTypes;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.MessageSource;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.context.Context;

/**
 * Every registered payload type, with every field filled as a partner would fill it, reads as an officer expects
 * in English and in Lao: translated labels and values, dates as dates, no constant names and no ISO timestamps.
 */
@NodeTest
class PayloadRenderingTests {

    private static final Map<String, String> SAMPLES = Map.ofEntries(Map.entry("gender", "MALE"),
            Map.entry("noticeType", "WANTED_FOR_ARREST"), Map.entry("alertStatus", "ACTIVE"), Map.entry("subjectKind", "PERSON"),
            Map.entry("foundOn", "2026-12-04T16:38:02.219922Z"), Map.entry("dateOfBirth", "1985-03-02"),
            Map.entry("validUntil", "2027-01-31"), Map.entry("incidentDate", "2026-11-30"),
            Map.entry("seizureDate", "2026-11-29"), Map.entry("reviewOn", "2026-12-31"), Map.entry("deadline", "2027-01-15"),
            Map.entry("bornOn", "1980-01-01"), Map.entry("releaseOn", "2031-06-30"), Map.entry("countedOn", "2026-12-04"),
            Map.entry("handoverAt", "2026-12-20T03:00:00Z"), Map.entry("sex", "FEMALE"),
            Map.entry("decision", "ASK_FOR_DOCUMENTS"), Map.entry("adaptation", "CONTINUED_ENFORCEMENT"),
            Map.entry("assistance", "TRACE_FREEZE_ASSETS"), Map.entry("step", "request"));

    @Autowired
    PayloadTypes payloads;
    @Autowired
    ITemplateEngine templates;
    @Autowired
    MessageSource messages;
    @Autowired
    ApplicationContext application;

    static Stream<Arguments> typesAndLanguages() {
        return Stream.of("en", "lo").flatMap(language -> Stream.of(Arguments.of(language)));
    }

    @ParameterizedTest
    @MethodSource("typesAndLanguages")
    void everyPayloadTypeShowsTranslatedLabelsAndValuesWithoutCodesOrTimestamps(String language) throws Exception {
        var locale = Locale.forLanguageTag(language);
        assertThat(payloads.all()).hasSizeGreaterThanOrEqualTo(10);
        for (var type : payloads.all()) {
            var fields = payloads.fields(filled(type));
            var context = new Context(locale, Map.of("view", PayloadView.of(fields, messages, locale)));
            // The page's beans (@when formats the dates), as a request to the node would have them.
            context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                    new ThymeleafEvaluationContext(application, null));
            var html = templates.process("exchange/fragments", Set.of("payload"), context);
            var text = html.replaceAll("<[^>]+>", " ");

            assertThat(text).as(type.schema()).doesNotContainPattern("[A-Z]{2,}_[A-Z_]{2,}")
                    .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}").doesNotContain("??");
            for (var name : fields.keySet()) {
                if (!name.equals("subject") && !name.equals("body")) {
                    assertThat(text).as(type.schema() + " " + name)
                            .contains(messages.getMessage("exchange.payload.field." + name, null, locale));
                }
            }
            if (fields.containsKey("gender")) {
                assertThat(text).contains(language.equals("lo") ? "ຊາຍ" : "Male");
            }
            if (fields.containsKey("foundOn")) {
                assertThat(text).contains("2026");
            }
        }
    }

    private static Payload filled(PayloadType<?> type) throws Exception {
        var components = type.type().getRecordComponents();
        var values = new Object[components.length];
        var types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = sample(components[i]);
        }
        return type.type().getDeclaredConstructor(types).newInstance(values);
    }

    /** A value of the component's type: a sample by its name for text, the last constant for a list of values. */
    private static Object sample(java.lang.reflect.RecordComponent component) {
        var type = component.getType();
        if (type == int.class || type == Integer.class) {
            return 3;
        }
        if (type.isEnum()) {
            var constants = type.getEnumConstants();
            return constants[constants.length - 1];
        }
        return SAMPLES.getOrDefault(component.getName(), "Sample " + component.getName().toLowerCase(Locale.ROOT));
    }
}
