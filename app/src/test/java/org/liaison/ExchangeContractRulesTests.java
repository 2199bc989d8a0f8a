package org.liaison;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.liaison.exchange.Exchange;
import org.liaison.exchange.MessageReceived;
import org.springframework.context.event.EventListener;

/** The exchange contract of ADR 0013 where a compiler cannot see it. */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ExchangeContractRulesTests {

    /** Classes of other modules that listen to {@link MessageReceived}. */
    private static final DescribedPredicate<JavaClass> LISTEN_TO_RECEIVED_MESSAGES = DescribedPredicate.describe(
            "listen to MessageReceived", type -> !type.getPackageName().startsWith("org.liaison.exchange")
                    && type.getMethods().stream().anyMatch(method ->
                    method.isAnnotatedWith(EventListener.class)
                            && method.getRawParameterTypes().stream().anyMatch(p -> p.isEquivalentTo(MessageReceived.class))));

    /** The event carries the verified payload and files: a listener has no reason to ask the exchange again. */
    @ArchTest
    static final ArchRule listenersNeverReadTheMessageAgain = noClasses().that(LISTEN_TO_RECEIVED_MESSAGES)
            .should().dependOnClassesThat().areAssignableTo(Exchange.class)
            .because("MessageReceived carries the verified, typed payload and files (ADR 0013)");

    /** Envelopes and their JSON stay inside the exchange: other modules see records. */
    @ArchTest
    static final ArchRule payloadsAreRecordsNotJsonOutsideTheExchange = noClasses()
            .that().resideInAnyPackage("org.liaison.screening..", "org.liaison.committees..", "org.liaison.agreements..")
            .should().callMethod(tools.jackson.databind.JsonNode.class, "path", String.class)
            .because("payloads are read as their records, not by field name (ADR 0013)");
}
