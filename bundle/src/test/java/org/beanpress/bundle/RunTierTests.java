package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle's launcher, with a stand-in {@code java} that prints the command line it was
 * given: which jar, which flags, and what happens when an environment is set up wrongly.
 */
class RunTierTests {

	@TempDir
	Path folder;

	Path application;

	Path javaHome;

	@BeforeEach
	void unpackWithAStandInJava() throws IOException {
		application = Bundle.unpack(folder.resolve("app"));
		javaHome = folder.resolve("jdk");
		var java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
		Files.writeString(java, "#!/bin/sh\necho \"MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-unset} $*\"\n");
		Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
	}

	@Test
	void shouldStartTheWorkerJarWithTheMeasuredShapeAndThePlatformPort() throws Exception {
		var run = runTier(Map.of("BEANPRESS_TIER", "worker"));

		assertThat(run.status()).isZero();
		assertThat(run.output()).contains("MALLOC_ARENA_MAX=2 ", "-XX:+UseSerialGC", "-Xms32m", "-Xmx104m",
				"-XX:TieredStopAtLevel=1", "-XX:TrimNativeHeapInterval=5000", "-XX:+ExitOnOutOfMemoryError",
				"-Dbeanpress.worker.http.port=5000", "-jar " + application.resolve("beanpress-worker.jar"));
		var migration = run.output()
			.indexOf("-Dloader.main=org.beanpress.web.system.SchemaMigration -cp "
					+ application.resolve("beanpress-web.jar")
					+ " org.springframework.boot.loader.launch.PropertiesLauncher");
		assertThat(migration).isNotNegative().isLessThan(run.output().indexOf("-jar "));
	}

	@Test
	void shouldNotStartTheWorkerWhenTheSchemaMigrationFails() throws Exception {
		Files.writeString(javaHome.resolve("bin/java"), """
				#!/bin/sh
				case "$*" in *SchemaMigration*) echo "Communications link failure" >&2; exit 1 ;; esac
				echo "$*"
				""");

		var run = runTier(Map.of("BEANPRESS_TIER", "worker"));

		assertThat(run.status()).isEqualTo(1);
		assertThat(run.output())
			.contains("Communications link failure",
					"the schema migration failed (see above), so the worker does not start")
			.doesNotContain("-jar ");
	}

	@Test
	void shouldLeaveOutTheNativeHeapTrimForAJvmThatDoesNotKnowIt() throws Exception {
		var java = javaHome.resolve("bin/java");
		Files.writeString(java, """
				#!/bin/sh
				case "$*" in *TrimNativeHeapInterval*) echo "Unrecognized VM option" >&2; exit 1 ;; esac
				echo "$*"
				""");

		var run = runTier(Map.of("BEANPRESS_TIER", "worker"));

		assertThat(run.status()).isZero();
		assertThat(run.output()).contains("-Xmx104m", "-jar ").doesNotContain("TrimNativeHeapInterval");
	}

	@Test
	void shouldSizeTheWebTiersHeapFromTheMachinesMemoryAndAppendTheOperatorsFlags() throws Exception {
		var run = runTier(
				Map.of("BEANPRESS_TIER", "web", "PORT", "5123", "BEANPRESS_JAVA_OPTS", "-Dmarker=1 -Xmx300m"));

		assertThat(run.status()).isZero();
		assertThat(run.output()).containsPattern("-Xmx\\d+m .*-Dmarker=1 -Xmx300m -jar ")
			.contains("-Dserver.port=5123", application.resolve("beanpress-web.jar").toString())
			.doesNotContain("UseSerialGC")
			.doesNotContain("SchemaMigration");
	}

	@Test
	void shouldRefuseToGuessTheTier() throws Exception {
		var missing = runTier(Map.of());
		var wrong = runTier(Map.of("BEANPRESS_TIER", "both"));

		assertThat(missing.status()).isEqualTo(2);
		assertThat(wrong.status()).isEqualTo(2);
		assertThat(wrong.output()).contains("BEANPRESS_TIER must be 'web' or 'worker'");
	}

	private record Run(int status, String output) {
	}

	private Run runTier(Map<String, String> environment) throws IOException, InterruptedException {
		var output = folder.resolve("run-tier.out");
		var builder = new ProcessBuilder("bash", "-c", Bundle.webCommand(application)).directory(application.toFile())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile());
		builder.environment().remove("BEANPRESS_TIER");
		builder.environment().remove("BEANPRESS_JAVA_OPTS");
		builder.environment().remove("PORT");
		builder.environment().put("JAVA_HOME", javaHome.toString());
		builder.environment().putAll(environment);
		var process = builder.start();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
	}

}
