package org.liaison;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    @ArchTest
    static final ArchRule repositoriesAreNamedAsPluralNounsNotAsPatterns = classes()
            .that().areAnnotatedWith(Repository.class)
            .should().haveSimpleNameNotEndingWith("Repository").andShould().haveSimpleNameNotEndingWith("Dao")
            .andShould().notBePublic();

    @ArchTest
    static final ArchRule controllersStayInsideTheirModule = classes()
            .that().areAnnotatedWith(Controller.class).or().areAnnotatedWith(RestController.class)
            .should().notBePublic();

    @ArchTest
    static final ArchRule noFieldInjection = fields().should().notBeAnnotatedWith(Autowired.class);

    @ArchTest
    static final ArchRule noBareRuntimeExceptions = noClasses()
            .that().areNotAssignableTo(org.liaison.shared.DomainException.class).should()
            .callConstructor(RuntimeException.class, String.class)
            .orShould().callConstructor(RuntimeException.class, String.class, Throwable.class)
            .orShould().callConstructor(RuntimeException.class);

    @ArchTest
    static final ArchRule noStandardStreamsInTheNode = noClasses()
            .that().haveSimpleNameNotEndingWith("Command")
            .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}
