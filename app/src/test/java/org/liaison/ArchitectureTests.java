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
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.web.bind.annotation.RestController;

/** The house rules of STYLE.md that a compiler does not check. */
@AnalyzeClasses(packages = "org.liaison", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** Public only inside a module's parts (its sub-packages), which ModularityTests keep other modules out of. */
    @ArchTest
    static final ArchRule repositoriesAreNamedAsPluralNounsNotAsPatterns = classes()
            .that().areAnnotatedWith(Repository.class)
            .should().haveSimpleNameNotEndingWith("Repository").andShould().haveSimpleNameNotEndingWith("Dao")
            .andShould(ArchConditions.<JavaClass>notBePublic().or(ArchConditions.resideInAPackage("org.liaison.*.*.."))
                    .as("not be public in a module's top package"));

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
     *
     * STILL_MIGRATING: files of modules that other branches are moving onto Reach right now (exchange; agreements
     * and committees). The lead empties these lists after merging those branches; nothing is ever added to them,
     * and an entry that no longer breaks its rule fails the build until it is removed.
     */
    private static final Set<String> STILL_MIGRATING_SECURITY_CONTEXT = Set.of();
    private static final Set<String> STILL_MIGRATING_AGENCY_PATHS = Set.of();
    /** Where ids are compared as paths for good: AgencyId, and Party, which also stands for a whole state. */
    private static final Set<String> COMPARES_AGENCY_PATHS = Set.of("directory/AgencyId.java", "agreements/Party.java");
    /** {@code id + "/%"} (a LIKE pattern) or {@code id + "/")} (a startsWith prefix): "this agency or one below it". */
    private static final Pattern AGENCY_PATH_PREFIX = Pattern.compile("\\+\\s*\"/%\"|\\+\\s*\"/\"\\s*\\)");
    private static final Path SOURCES = Path.of("src/main/java/org/liaison");

    @ArchTest
    static final ArchRule onlyIdentityReadsTheSecurityContext = noClasses()
            .that().resideOutsideOfPackages("org.liaison.identity..", "org.liaison.shared..")
            .and(DescribedPredicate.not(inFiles(STILL_MIGRATING_SECURITY_CONTEXT)))
            .should().dependOnClassesThat().belongToAnyOf(SecurityContextHolder.class)
            .because("whom the caller may act for is Reach.current()'s answer");

    @ArchTest
    static void everyFileStillMigratingOffTheSecurityContextStillReadsIt(JavaClasses classes) {
        var reading = new TreeSet<String>();
        classes.stream().filter(c -> c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().isEquivalentTo(SecurityContextHolder.class)))
                .forEach(c -> reading.add(file(c)));
        assertThat(reading).as("remove migrated files from STILL_MIGRATING_SECURITY_CONTEXT")
                .containsAll(STILL_MIGRATING_SECURITY_CONTEXT);
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
        var offending = new TreeSet<String>();
        var lines = new ArrayList<String>();
        for (var file : files) {
            List<String> source = Files.readAllLines(SOURCES.resolve(file));
            for (int i = 0; i < source.size(); i++) {
                if (AGENCY_PATH_PREFIX.matcher(source.get(i)).find() && !COMPARES_AGENCY_PATHS.contains(file)) {
                    offending.add(file);
                    if (!STILL_MIGRATING_AGENCY_PATHS.contains(file)) {
                        lines.add(file + ":" + (i + 1) + ": " + source.get(i).strip());
                    }
                }
            }
        }
        assertThat(offending).as("compare agency ids with AgencyId.isWithin or AgencyId.subtree (or Reach), not by hand:%n%s",
                String.join(System.lineSeparator(), lines)).isSubsetOf(STILL_MIGRATING_AGENCY_PATHS);
        assertThat(offending).as("remove migrated files from STILL_MIGRATING_AGENCY_PATHS")
                .containsAll(STILL_MIGRATING_AGENCY_PATHS);
    }

    private static DescribedPredicate<JavaClass> inFiles(Set<String> files) {
        return DescribedPredicate.describe("in " + files, c -> files.contains(file(c)));
    }

    /** The source file of a class (nested ones too), relative to org/liaison, as in the lists above. */
    private static String file(JavaClass c) {
        var path = c.getPackageName().replace('.', '/') + "/" + c.getSourceCodeLocation().getSourceFileName();
        return path.substring("org/liaison/".length());
    }
}
