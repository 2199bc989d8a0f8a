package org.liaison;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.liaison.shared.Permissions;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /**
     * No other module can reach it: package-private, or public for its own module's parts only, in a sub-package
     * that is no named interface (ModularityTests refuse any other module that reaches into those).
     */
    private static final DescribedPredicate<JavaClass> HIDDEN_FROM_OTHER_MODULES = DescribedPredicate.describe(
            "hidden from other modules", c -> !c.getModifiers().contains(JavaModifier.PUBLIC)
                    || c.getPackageName().split("\\.").length > 3 && !c.isAnnotatedWith(NamedInterface.class)
                    && !c.getPackage().isAnnotatedWith(NamedInterface.class));

    @ArchTest
    static final ArchRule repositoriesAreNamedAsPluralNounsNotAsPatterns = classes()
            .that().areAnnotatedWith(Repository.class)
            .should().haveSimpleNameNotEndingWith("Repository").andShould().haveSimpleNameNotEndingWith("Dao")
            .andShould(ArchConditions.be(HIDDEN_FROM_OTHER_MODULES));

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

    /*
     * One reach (ADR 0012, issue 13): only identity (and shared's NodeTask and Actor, which set and read the context
     * for modules below identity) reads the security context, and only AgencyId compares agency ids as paths.
     */
    /** Where ids are compared as paths for good: AgencyId, and Party, which also stands for a whole state. */
    private static final Set<String> COMPARES_AGENCY_PATHS = Set.of("directory/AgencyId.java", "agreements/Party.java");
    /** {@code id + "/%"} (a LIKE pattern) or {@code id + "/")} (a startsWith prefix): "this agency or one below it". */
    private static final Pattern AGENCY_PATH_PREFIX = Pattern.compile("\\+\\s*\"/%\"|\\+\\s*\"/\"\\s*\\)");
    private static final Path SOURCES = Path.of("src/main/java/org/liaison");
    /** A module's own access bean, asked about one record: {@code @committeeAccess.managesCommittee(#committee)}. */
    private static final Pattern ACCESS_BEAN = Pattern.compile("@[a-z]+Access\\.[a-zA-Z]+\\(#[a-zA-Z]+\\)");

    @ArchTest
    static final ArchRule onlyIdentityReadsTheSecurityContext = noClasses()
            .that().resideOutsideOfPackages("org.liaison.identity..", "org.liaison.shared..")
            .should().dependOnClassesThat().belongToAnyOf(SecurityContextHolder.class)
            .because("whom the caller may act for is Reach.current()'s answer");

    /**
     * One spelling of every method-security rule (ADR 0012): a constant of {@link Permissions}, or an expression of
     * a module's own access bean that asks Reach about one record ({@code @committeeAccess.managesCommittee(#id)}).
     */
    @ArchTest
    static void everyPreAuthorizeNamesAPermissionOrAnAccessBean(JavaClasses classes) throws IllegalAccessException {
        var named = new TreeSet<String>();
        for (var field : Permissions.class.getFields()) {
            named.add((String) field.get(null));
        }
        var offending = new TreeSet<String>();
        classes.stream().filter(c -> c.getPackageName().startsWith("org.liaison")).forEach(c -> {
            c.tryGetAnnotationOfType(PreAuthorize.class).ifPresent(a -> check(c.getName(), a.value(), named, offending));
            c.getMethods().forEach(m -> m.tryGetAnnotationOfType(PreAuthorize.class)
                    .ifPresent(a -> check(m.getFullName(), a.value(), named, offending)));
        });
        assertThat(offending).as("use a Permissions constant (or a module's access bean) in @PreAuthorize").isEmpty();
    }

    private static void check(String where, String expression, Set<String> named, Set<String> offending) {
        if (!named.contains(expression) && !ACCESS_BEAN.matcher(expression).matches()) {
            offending.add(where + ": " + expression);
        }
    }

    /**
     * A source-level rule, as ArchUnit sees no string contents: the node's source file of every class is read
     * (the matching library's live elsewhere and know no agencies).
     */
    @ArchTest
    static void onlyAgencyIdComparesAgencyIdsAsPaths(JavaClasses classes) throws IOException {
        var files = classes.stream().map(ArchitectureTests::file).filter(f -> Files.exists(SOURCES.resolve(f)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(files).as("the node's sources are read from " + SOURCES.toAbsolutePath()).containsAll(COMPARES_AGENCY_PATHS);
        var lines = new ArrayList<String>();
        for (var file : files) {
            List<String> source = Files.readAllLines(SOURCES.resolve(file));
            for (int i = 0; i < source.size(); i++) {
                if (AGENCY_PATH_PREFIX.matcher(source.get(i)).find() && !COMPARES_AGENCY_PATHS.contains(file)) {
                    lines.add(file + ":" + (i + 1) + ": " + source.get(i).strip());
                }
            }
        }
        assertThat(lines).as("compare agency ids with AgencyId.isWithin or AgencyId.subtree (or Reach), not by hand")
                .isEmpty();
    }

    /** The source file of a class (nested ones too), relative to org/liaison, as in the lists above. */
    private static String file(JavaClass c) {
        var path = c.getPackageName().replace('.', '/') + "/" + c.getSourceCodeLocation().getSourceFileName();
        return path.substring("org/liaison/".length());
    }
}
