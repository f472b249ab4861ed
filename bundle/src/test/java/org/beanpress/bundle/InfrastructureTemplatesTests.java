package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The CloudFormation templates under infra/ pass cfn-lint (the npm package, pinned in
 * infra/package.json) with every stage's parameters, and their job queues match the one
 * queue definition. Needs Node.js and npm, as the build machine has; without them the
 * test is skipped, saying so. The other tests read the stage stack's security settings:
 * what the instance roles may write and read, and what Redis and Aurora require.
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

	@Test
	void shouldAttachNoManagedPolicyAndWriteOnlyThisStagesLogs() {
		var resources = resources();
		var common = policyStatements(resources.get("InstanceCommonPolicy"));
		for (var role : List.of("WebInstanceRole", "WorkerInstanceRole")) {
			// AWSElasticBeanstalkWebTier and -WorkerTier write
			// every stage's versions, log bundles and log groups
			assertThat(properties(resources.get(role)).get("ManagedPolicyArns")).as(role)
				.isEqualTo(List.of("InstanceCommonPolicy"));
		}
		var statements = new ArrayList<>(common);
		statements.addAll(inlineStatements(resources.get("WebInstanceRole")));
		statements.addAll(inlineStatements(resources.get("WorkerInstanceRole")));
		for (var statement : statements) {
			var actions = list(statement.get("Action"));
			var where = String.valueOf(statement.get("Sid"));
			if (actions.stream().anyMatch(action -> action.startsWith("s3:") && !action.matches("s3:(Get|List).*"))) {
				assertThat(actions).as(where).containsExactly("s3:PutObject");
				assertThat(list(statement.get("Resource"))).as(where)
					.allMatch(arn -> arn.matches(
							".*:s3:::elasticbeanstalk-\\$\\{AWS::Region}-\\$\\{AWS::AccountId}/resources/environments/logs/\\*/\\$\\{(Web|Worker)EnvironmentId}/\\*"));
			}
			if (actions.stream().anyMatch(action -> action.startsWith("logs:"))) {
				assertThat(list(statement.get("Resource"))).as(where)
					.allMatch(arn -> arn.contains("log-group:/aws/elasticbeanstalk/beanpress-${Stage}-"));
			}
			if (actions.contains("elasticbeanstalk:PutInstanceStatistics")) {
				assertThat(list(statement.get("Resource"))).as(where)
					.allMatch(arn -> arn.endsWith(":application/beanpress")
							|| arn.endsWith(":environment/beanpress/beanpress-${Stage}-*"));
			}
			assertThat(list(statement.get("Resource"))).as(where).noneMatch(arn -> arn.contains("elasticbeanstalk-*"));
		}
	}

	@Test
	void shouldLetEachInstanceRoleReadOnlyItsOwnSecretsOfTheStage() {
		var resources = resources();
		assertThat(secretsReadBy(resources, "WebInstanceRole")).containsExactlyInAnyOrder("DatabaseWebSecret",
				"DatabaseMigrationSecret", "CacheAuthSecret", "AdminPasswordSecret");
		assertThat(secretsReadBy(resources, "WorkerInstanceRole")).containsExactlyInAnyOrder("DatabaseWorkerSecret",
				"DatabaseMigrationSecret", "CacheAuthSecret");
		for (var secret : Set.of("DatabaseWebSecret", "DatabaseWorkerSecret", "DatabaseMigrationSecret",
				"CacheAuthSecret", "AdminPasswordSecret")) {
			assertThat(resources.get(secret).get("Type")).isEqualTo("AWS::SecretsManager::Secret");
			assertThat((String) properties(resources.get(secret)).get("Name")).as(secret)
				.startsWith("beanpress-${Stage}/");
		}
	}

	@Test
	void shouldRequireTlsAndTheAuthTokenForRedisAndTlsForAurora() {
		var resources = resources();
		var cache = properties(resources.get("Cache"));
		assertThat(cache).containsEntry("TransitEncryptionEnabled", true)
			.containsEntry("AuthToken", "{{resolve:secretsmanager:${CacheAuthSecret}}}");
		assertThat(properties(resources.get("DatabaseClusterParameters")).get("Parameters"))
			.isEqualTo(Map.of("require_secure_transport", "ON"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Map<String, Object>> resources() {
		var template = ConfigurationFiles.read(Bundle.repositoryRoot().resolve("infra/beanpress.yaml"));
		return (Map<String, Map<String, Object>>) template.get("Resources");
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> properties(Map<String, Object> resource) {
		return (Map<String, Object>) resource.get("Properties");
	}

	/**
	 * A policy document's statements; {@code !If [condition, statement, NoValue]} counts.
	 */
	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> policyStatements(Map<String, Object> policy) {
		var document = (Map<String, Object>) properties(policy).get("PolicyDocument");
		return statements((List<Object>) document.get("Statement"));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> inlineStatements(Map<String, Object> role) {
		var result = new ArrayList<Map<String, Object>>();
		for (var policy : (List<Map<String, Object>>) properties(role).get("Policies")) {
			result.addAll(
					statements((List<Object>) ((Map<String, Object>) policy.get("PolicyDocument")).get("Statement")));
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> statements(List<Object> items) {
		var result = new ArrayList<Map<String, Object>>();
		for (var item : items) {
			if (item instanceof Map<?, ?> statement) {
				result.add((Map<String, Object>) statement);
			}
			else if (item instanceof List<?> condition && condition.get(1) instanceof Map<?, ?> statement) {
				result.add((Map<String, Object>) statement);
			}
		}
		return result;
	}

	private static List<String> secretsReadBy(Map<String, Map<String, Object>> resources, String role) {
		var secrets = new ArrayList<String>();
		for (var statement : inlineStatements(resources.get(role))) {
			var actions = list(statement.get("Action"));
			if (actions.stream().anyMatch(action -> action.startsWith("secretsmanager:"))) {
				assertThat(actions).as(role).containsExactly("secretsmanager:GetSecretValue");
				secrets.addAll(list(statement.get("Resource")));
			}
		}
		assertThat(policyStatements(resources.get("InstanceCommonPolicy"))).noneMatch(
				statement -> list(statement.get("Action")).stream().anyMatch(a -> a.startsWith("secretsmanager:")));
		return secrets;
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		return value instanceof List<?> values ? (List<String>) values : List.of(String.valueOf(value));
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
