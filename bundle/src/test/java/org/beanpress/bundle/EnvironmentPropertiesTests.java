package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * infra/bin/environment-properties against a stand-in {@code aws}: which users, URLs and
 * secrets each tier gets, and that no secret value passes through the operator's terminal
 * or the environments' plain properties.
 */
class EnvironmentPropertiesTests {

	private static final String PROPERTIES = "aws:elasticbeanstalk:application:environment";

	private static final String SECRETS = "aws:elasticbeanstalk:application:environmentsecrets";

	private static final String TRUST_STORE_HOOK = ".platform/hooks/prebuild/05_rds_trust_store.sh";

	@TempDir
	Path folder;

	@Test
	void shouldGiveEachTierItsOwnDatabaseUserAndFlywayTheMigrationUser() throws IOException {
		var aws = new StandInAws(folder, StandInAws.stackOutputs(), Map.of());

		var run = aws.run("environment-properties", "dev", "--region", "eu-west-1", "--apply");

		assertThat(run.status()).as(run.output()).isZero();
		var web = settings(aws, "beanpress-dev-web");
		var worker = settings(aws, "beanpress-dev-worker");
		assertThat(web.get(PROPERTIES)).containsEntry("SPRING_DATASOURCE_USERNAME", "beanpress_web")
			.containsEntry("SPRING_FLYWAY_USER", "beanpress_migration");
		assertThat(worker.get(PROPERTIES)).containsEntry("SPRING_DATASOURCE_USERNAME", "beanpress_worker")
			.containsEntry("SPRING_FLYWAY_USER", "beanpress_migration");
		assertThat(web.get(SECRETS)).containsEntry("SPRING_DATASOURCE_PASSWORD", StandInAws.secretArn("aurora-web"))
			.containsEntry("SPRING_FLYWAY_PASSWORD", StandInAws.secretArn("aurora-migration"));
		assertThat(worker.get(SECRETS))
			.containsEntry("SPRING_DATASOURCE_PASSWORD", StandInAws.secretArn("aurora-worker"))
			.containsEntry("SPRING_FLYWAY_PASSWORD", StandInAws.secretArn("aurora-migration"));
		// the master user is the operators' alone
		assertThat(run.calls()).noneMatch(call -> call.contains("aurora-master"));
	}

	@Test
	void shouldDeliverEverySecretFromSecretsManagerAndNeverAsAPlainProperty() throws IOException {
		var aws = new StandInAws(folder, StandInAws.stackOutputs(), Map.of());

		var printed = aws.run("environment-properties", "dev", "--region", "eu-west-1");
		var applied = aws.run("environment-properties", "dev", "--region", "eu-west-1", "--apply");

		assertThat(printed.status()).as(printed.output()).isZero();
		assertThat(applied.status()).as(applied.output()).isZero();
		assertThat(applied.calls()).as("the script reads no secret value itself")
			.noneMatch(call -> call.startsWith("secretsmanager"));
		var documented = DocumentedOptions.load();
		for (var environment : List.of("beanpress-dev-web", "beanpress-dev-worker")) {
			var settings = settings(aws, environment);
			var secrets = settings.get(SECRETS);
			assertThat(secrets).as(environment)
				.containsKeys("SPRING_DATASOURCE_PASSWORD", "SPRING_FLYWAY_PASSWORD", "SPRING_DATA_REDIS_PASSWORD")
				.allSatisfy((name, arn) -> assertThat(arn).startsWith("arn:aws:secretsmanager:eu-west-1:"));
			assertThat(settings.get(PROPERTIES).keySet()).as(environment)
				.noneMatch(name -> name.contains("PASSWORD") || name.contains("SECRET") || name.contains("TOKEN"));
			// an earlier version set the passwords as plain
			// properties: the same update removes those
			var removed = removed(aws, environment);
			assertThat(removed).containsExactlyInAnyOrderElementsOf(secrets.keySet()
				.stream()
				.map(name -> Map.of("Namespace", PROPERTIES, "OptionName", name))
				.toList());
			settings.forEach((namespace, options) -> options.keySet()
				.forEach(option -> assertThat(documented.documents(namespace, option)).as(namespace + " " + option)
					.isTrue()));
		}
		assertThat(settings(aws, "beanpress-dev-web").get(SECRETS)).containsEntry("BEANPRESS_SECURITY_ADMINPASSWORD",
				StandInAws.secretArn("admin-password"));
		assertThat(printed.output()).contains(SECRETS, StandInAws.secretArn("redis-auth"));
	}

	@Test
	void shouldConnectToAuroraOnlyOverVerifiedTlsAndToRedisOverTls() throws IOException {
		var aws = new StandInAws(folder, StandInAws.stackOutputs(), Map.of());
		var hook = Files.readString(Bundle.repositoryRoot().resolve(TRUST_STORE_HOOK));

		var run = aws.run("environment-properties", "dev", "--region", "eu-west-1", "--apply");

		assertThat(run.status()).as(run.output()).isZero();
		for (var environment : List.of("beanpress-dev-web", "beanpress-dev-worker")) {
			var properties = settings(aws, environment).get(PROPERTIES);
			for (var url : List.of("SPRING_DATASOURCE_URL", "BEANPRESS_DATASOURCE_READER_URL", "SPRING_FLYWAY_URL")) {
				assertThat(properties.get(url)).as(environment + " " + url)
					.startsWith("jdbc:mysql://")
					.contains("sslMode=VERIFY_IDENTITY", "trustCertificateKeyStoreType=PKCS12",
							// the store the prebuild hook writes
							"trustCertificateKeyStoreUrl=file:/etc/pki/beanpress/rds-ca.p12",
							"trustCertificateKeyStorePassword=rds-ca-bundle");
			}
			assertThat(properties).containsEntry("SPRING_DATA_REDIS_SSL_ENABLED", "true");
		}
		assertThat(hook).contains("store:-/etc/pki/beanpress/rds-ca.p12", "STORE_PASSWORD=rds-ca-bundle");
	}

	private static Map<String, Map<String, String>> settings(StandInAws aws, String environment) throws IOException {
		// JSON is YAML
		List<Map<String, String>> settings = new Yaml()
			.load(Files.readString(aws.file(environment + "-settings.json")));
		var byNamespace = new HashMap<String, Map<String, String>>();
		for (var setting : settings) {
			var previous = byNamespace.computeIfAbsent(setting.get("Namespace"), namespace -> new HashMap<>())
				.put(setting.get("OptionName"), setting.get("Value"));
			assertThat(previous).as("set once: " + setting).isNull();
		}
		return byNamespace;
	}

	private static List<Map<String, String>> removed(StandInAws aws, String environment) throws IOException {
		return new Yaml().load(Files.readString(aws.file(environment + "-remove.json")));
	}

}
