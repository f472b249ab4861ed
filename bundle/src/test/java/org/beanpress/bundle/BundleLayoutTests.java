package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The zip holds what the Java SE platform reads, where it reads it. */
class BundleLayoutTests {

	/** The platform's rule for a Procfile line. */
	private static final Pattern PROCFILE_LINE = Pattern.compile("^[A-Za-z0-9_-]+:\\s*[^\\s].*$");

	/** The platform and the EB CLI refuse larger application versions. */
	private static final long MAX_BUNDLE_BYTES = 512L * 1024 * 1024;

	@TempDir
	Path unpacked;

	@Test
	void shouldHoldBothTiersAndThePlatformFilesAtTheRootWithoutAParentFolder() throws IOException {
		assertThat(Bundle.entries()).contains("Procfile", "cron.yaml", "bin/run-tier", "beanpress-web.jar",
				"beanpress-worker.jar");
		assertThat(Bundle.entries()).anyMatch(name -> name.matches("\\.ebextensions/[^/]+\\.config"))
			.anyMatch(name -> name.startsWith(".platform/nginx/"))
			.anyMatch(name -> name.startsWith(".platform/hooks/prebuild/"))
			.anyMatch(name -> name.startsWith(".platform/hooks/postdeploy/"))
			.anyMatch(name -> name.startsWith(".platform/confighooks/"));
		assertThat(Bundle.entries()).noneMatch(name -> name.startsWith("bundle/") || name.startsWith("target/"));
		assertThat(Files.size(Bundle.zip())).isLessThan(MAX_BUNDLE_BYTES);
	}

	@Test
	void shouldStartTheWebProcessFirstAndOnlyIt() throws IOException {
		var application = Bundle.unpack(unpacked);
		var lines = Files.readAllLines(application.resolve("Procfile"))
			.stream()
			.filter(line -> !line.isBlank())
			.toList();

		assertThat(lines).allMatch(line -> PROCFILE_LINE.matcher(line).matches());
		assertThat(lines).singleElement().asString().startsWith("web:");
		assertThat(Bundle.webCommand(application)).contains("bin/run-tier");
	}

	@Test
	void shouldShipTheRepositoryCronYamlThatTheWorkerReadsToo() throws IOException {
		var application = Bundle.unpack(unpacked);
		var shipped = Files.readString(application.resolve("cron.yaml"));

		assertThat(shipped).isEqualTo(Files.readString(Bundle.repositoryRoot().resolve("cron.yaml")));
		Map<String, Object> cron = new Yaml().load(shipped);
		assertThat(cron).containsEntry("version", 1).containsKey("cron");
	}

	@Test
	void shouldShipHooksThatRunOnLinux() throws IOException {
		var application = Bundle.unpack(unpacked);
		try (var hooks = Files.walk(application.resolve(".platform"))) {
			var scripts = hooks.filter(Files::isRegularFile)
				.filter(path -> path.toString().contains("hooks/"))
				.toList();
			assertThat(scripts).isNotEmpty();
			for (var script : scripts) {
				var text = Files.readString(script);
				assertThat(text).as(script.toString()).startsWith("#!").doesNotContain("\r");
			}
		}
	}

	@Test
	void shouldBeTheArtifactThatEbDeployUploads() throws IOException {
		Map<String, Map<String, Object>> config = new Yaml()
			.load(Files.readString(Bundle.repositoryRoot().resolve(".elasticbeanstalk/config.yml")));

		var artifact = Bundle.repositoryRoot().resolve((String) config.get("deploy").get("artifact")).normalize();
		assertThat(artifact).isEqualTo(Bundle.zip().toAbsolutePath().normalize());
	}

}
