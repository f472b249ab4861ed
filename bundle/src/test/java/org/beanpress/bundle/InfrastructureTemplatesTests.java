package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The CloudFormation templates under infra/ pass cfn-lint (the npm package, pinned in
 * infra/package.json) with every stage's parameters, and their job queues match the one
 * queue definition. Needs Node.js and npm, as the build machine has; without them the
 * test is skipped, saying so.
 */
class InfrastructureTemplatesTests {

	private static final Duration LINT_TIMEOUT = Duration.ofMinutes(4);

	@Test
	void shouldPassCfnLintWithEveryStagesParameters() throws IOException, InterruptedException {
		assumeTrue(onPath("node") && onPath("npm"), "Node.js and npm are needed to run cfn-lint");
		var output = Files.createTempFile("cfn-lint", ".log");
		var lint = new ProcessBuilder("bash", Bundle.repositoryRoot().resolve("infra/lint").toString())
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();

		var finished = lint.waitFor(LINT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		if (!finished) {
			lint.destroyForcibly();
		}
		var report = Files.readString(output, StandardCharsets.UTF_8);
		assertThat(finished).as("infra/lint within " + LINT_TIMEOUT).isTrue();
		assertThat(lint.exitValue()).as(report).isZero();
		assertThat(report).contains("Template valid!", "job queues match queues.properties").doesNotContain("FAILED");
	}

	private static boolean onPath(String command) {
		var path = System.getenv().getOrDefault("PATH", "");
		for (var directory : path.split(File.pathSeparator)) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

}
