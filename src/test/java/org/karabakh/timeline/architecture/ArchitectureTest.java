package org.karabakh.timeline.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.karabakh.timeline.seed.SeedWriter;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: feature packages over one persistent model, over small purpose-named
 * packages, with every dependency pointing one way. Plain JUnit tests over ArchUnit's importer,
 * so they run in the same JUnit Jupiter engine as the rest of the suite.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.karabakh.timeline");

    private static final String[] FEATURES = { "..event..", "..actor..", "..place..", "..era..", "..source..",
            "..timeline..", "..meta..", "..seed.." };
    private static final String[] FOUNDATIONS = { "..dates..", "..vocabulary..", "..paging..", "..web..", "..openapi.." };

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.karabakh.timeline.(*)..")
                .should().beFreeOfCycles()
                .check(MAIN);
    }

    @Test
    void featuresSitOnTheModelWhichSitsOnTheFoundations() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Features").definedBy(FEATURES)
                .layer("Model").definedBy("..model..")
                .layer("Foundations").definedBy(FOUNDATIONS)
                .whereLayer("Features").mayNotBeAccessedByAnyLayer()
                .whereLayer("Model").mayOnlyBeAccessedByLayers("Features")
                .whereLayer("Foundations").mayOnlyBeAccessedByLayers("Features", "Model")
                .check(MAIN);
    }

    @Test
    void resourcesNeverTouchTheEntityManager() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(MAIN);
    }

    @Test
    void onlyRepositoriesAndTheSeedWriterUseTheEntityManager() {
        noClasses()
                .that().resideOutsideOfPackage("..model..").and().doNotBelongToAnyOf(SeedWriter.class)
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(MAIN);
    }

    @Test
    void theApiSpeaksInRecordsNeverEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(MAIN);
    }
}
