package org.karabakh.timeline.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.EntityManager;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The shape of the code: feature packages over one persistent model, over small purpose-named
 * packages, with every dependency pointing one way.
 */
@AnalyzeClasses(packages = "org.karabakh.timeline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] FEATURES = { "..event..", "..actor..", "..place..", "..era..", "..source..",
            "..timeline..", "..meta..", "..seed.." };
    private static final String[] FOUNDATIONS = { "..dates..", "..vocabulary..", "..paging..", "..web..", "..openapi.." };

    @ArchTest
    static final ArchRule packagesAreFreeOfCycles = slices().matching("org.karabakh.timeline.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresSitOnTheModelWhichSitsOnTheFoundations = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Features").definedBy(FEATURES)
            .layer("Model").definedBy("..model..")
            .layer("Foundations").definedBy(FOUNDATIONS)
            .whereLayer("Features").mayNotBeAccessedByAnyLayer()
            .whereLayer("Model").mayOnlyBeAccessedByLayers("Features")
            .whereLayer("Foundations").mayOnlyBeAccessedByLayers("Features", "Model");

    @ArchTest
    static final ArchRule resourcesNeverTouchTheEntityManager = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule onlyRepositoriesAndTheSeedWriterUseTheEntityManager = noClasses()
            .that().resideOutsideOfPackage("..model..").and().doNotHaveSimpleName("SeedWriter")
            .should().dependOnClassesThat().areAssignableTo(EntityManager.class);

    @ArchTest
    static final ArchRule theApiSpeaksInRecordsNeverEntities = noClasses().that().haveSimpleNameEndingWith("Resource")
            .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class);
}
