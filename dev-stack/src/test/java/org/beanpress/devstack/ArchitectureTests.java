package org.beanpress.devstack;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tiers are deployed apart and must stay apart: what both need lives in the core
 * library, and nothing that is only for local runs and tests reaches a deployed jar.
 */
class ArchitectureTests {

	static JavaClasses beanpress;

	@BeforeAll
	static void importAllModules() {
		var root = Path.of(System.getProperty("beanpress.repository-root", ".."));
		beanpress = new ClassFileImporter().importPaths(root.resolve("core/target/classes"),
				root.resolve("web-tier/target/classes"), root.resolve("worker-tier/target/classes"));
		// rules over no classes would pass vacuously
		assertThat(beanpress.contain("org.beanpress.web.WebTierApplication")).isTrue();
		assertThat(beanpress.contain("org.beanpress.worker.WorkerTierApplication")).isTrue();
		assertThat(beanpress.contain("org.beanpress.core.CoreConfiguration")).isTrue();
	}

	@Test
	void shouldKeepTheWebTierIndependentOfTheWorkerTier() {
		noClasses().that()
			.resideInAPackage("org.beanpress.web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.beanpress.worker..")
			.check(beanpress);
	}

	@Test
	void shouldKeepTheWorkerTierIndependentOfTheWebTier() {
		noClasses().that()
			.resideInAPackage("org.beanpress.worker..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.beanpress.web..")
			.check(beanpress);
	}

	@Test
	void shouldKeepTheCoreLibraryFreeOfEitherTier() {
		noClasses().that()
			.resideInAPackage("org.beanpress.core..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.beanpress.web..", "org.beanpress.worker..", "org.beanpress.devstack..")
			.check(beanpress);
	}

	@Test
	void shouldKeepEmbeddedStandInsOutOfDeployedCode() {
		noClasses().that()
			.resideInAnyPackage("org.beanpress.core..", "org.beanpress.web..", "org.beanpress.worker..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.beanpress.local..", "org.beanpress.devstack..")
			.check(beanpress);
	}

	@Test
	void shouldBindEverySettingToAValidatedRecord() {
		classes().that()
			.areAnnotatedWith("org.springframework.boot.context.properties.ConfigurationProperties")
			.should()
			.beRecords()
			.andShould()
			.beAnnotatedWith("org.springframework.validation.annotation.Validated")
			.check(beanpress);
	}

}
