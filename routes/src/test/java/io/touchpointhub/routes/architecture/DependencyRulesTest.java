package io.touchpointhub.routes.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the module edges of STYLE.md §1 true: {@code model} is shared by all; {@code connectors},
 * {@code identity}, {@code nlp} and {@code search} are plain libraries that know neither each other
 * nor Camel nor Spring Boot; only {@code routes} wires them (buckpal's DependencyRuleTests is the model).
 */
class DependencyRulesTest {

    private static final String[] LIBRARIES = {"connectors", "identity", "nlp", "search"};
    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.touchpointhub");
    }

    @Test
    void modelDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("io.touchpointhub.model..")
                .should().dependOnClassesThat().resideOutsideOfPackages(
                        "java..", "io.touchpointhub.model..", "com.fasterxml.jackson.annotation..")
                .check(classes);
    }

    @Test
    void librariesDoNotKnowEachOther() {
        for (String library : LIBRARIES) {
            for (String other : LIBRARIES) {
                if (!library.equals(other)) {
                    noClasses().that().resideInAPackage("io.touchpointhub." + library + "..")
                            .should().dependOnClassesThat().resideInAPackage("io.touchpointhub." + other + "..")
                            .check(classes);
                }
            }
        }
    }

    @Test
    void librariesKnowNeitherCamelNorSpringBootNorTheApplication() {
        for (String library : LIBRARIES) {
            noClasses().that().resideInAPackage("io.touchpointhub." + library + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "org.apache.camel..", "io.touchpointhub.routes..", "io.touchpointhub.embedded..")
                    .check(classes);
            noClasses().that().resideInAPackage("io.touchpointhub." + library + "..")
                    .should().dependOnClassesThat(
                            com.tngtech.archunit.base.DescribedPredicate.describe(
                                    "are Spring Boot classes other than @ConfigurationProperties support",
                                    c -> c.getPackageName().startsWith("org.springframework.boot")
                                            && !c.getPackageName().startsWith("org.springframework.boot.context.properties")))
                    .check(classes);
        }
    }

    @Test
    void embeddedServersKnowNoneOfTheHub() {
        noClasses().that().resideInAPackage("io.touchpointhub.embedded..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "io.touchpointhub.model..", "io.touchpointhub.connectors..", "io.touchpointhub.identity..",
                        "io.touchpointhub.nlp..", "io.touchpointhub.search..", "io.touchpointhub.routes..")
                .check(classes);
    }
}
