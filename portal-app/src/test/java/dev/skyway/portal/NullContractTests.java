package dev.skyway.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaPackage;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every package of the portal's main code declares its null contract: its {@code package-info.java} carries JSpecify's
 * {@code @NullMarked}, so a type without {@code @Nullable} never holds null, and a value that can be absent says so
 * in its type rather than in Javadoc. {@code @NullMarked} does not reach sub-packages, hence one per package. The
 * generated jOOQ classes ({@code dev.skyway.schema}) are outside {@code dev.skyway.portal} and not checked.
 */
class NullContractTests {

    /** The modules' main classes: test classes, in a test-classes folder or the platform's test jar, are left out. */
    static final JavaClasses MAIN_CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("dev.skyway.portal");

    @Test
    void everyPackageIsNullMarked() {
        Set<JavaPackage> packages = MAIN_CLASSES.stream().map(JavaClass::getPackage).collect(Collectors.toSet());
        Set<String> unmarked = packages.stream()
                .filter(javaPackage -> !javaPackage.isAnnotatedWith(NullMarked.class))
                .map(JavaPackage::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        // every module's packages were looked at, so an empty list below means something
        assertThat(packages).extracting(JavaPackage::getName).contains("dev.skyway.portal.platform",
                "dev.skyway.portal.approvals", "dev.skyway.portal.catalog", "dev.skyway.portal.provisioning",
                "dev.skyway.portal.accounts", "dev.skyway.portal.app");
        assertThat(unmarked)
                .as("packages without @org.jspecify.annotations.NullMarked in their package-info.java")
                .isEmpty();
    }
}
