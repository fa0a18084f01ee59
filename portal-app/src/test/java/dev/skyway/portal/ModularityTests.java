package dev.skyway.portal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The module rules: Spring Modulith's verification (no cycles, no access to another module's internals), plus the
 * data rule Modulith cannot see: each module's generated jOOQ classes are used only by that module's
 * {@code internal} packages. Also writes the module documentation README links to.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.skyway");

    @Test
    void modulesRespectTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void eachModuleTouchesOnlyItsOwnSchemaFromItsInternals() {
        for (ApplicationModule module : MODULES) {
            String schemaPackage = "dev.skyway.schema." + module.getIdentifier() + "..";
            noClasses().that().resideOutsideOfPackage(module.getBasePackage().getName() + "..")
                    .and().resideOutsideOfPackage("dev.skyway.schema..")
                    .should().dependOnClassesThat().resideInAPackage(schemaPackage)
                    .as("only module '" + module.getIdentifier() + "' uses its schema")
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
        noClasses().that().resideOutsideOfPackages("..internal..", "dev.skyway.schema..")
                .should().dependOnClassesThat().resideInAPackage("dev.skyway.schema..")
                .as("generated jOOQ classes stay in internal packages")
                .check(CLASSES);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
