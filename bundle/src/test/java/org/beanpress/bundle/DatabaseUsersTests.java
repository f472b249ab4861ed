package org.beanpress.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application's database users (infra/database-users.sql) and the script that creates
 * them through the RDS Data API (infra/bin/database-users), against a stand-in
 * {@code aws}.
 */
class DatabaseUsersTests {

	private static final Pattern GRANT = Pattern.compile("GRANT (.+?) ON (\\S+) TO '([a-z_]+)'@'%'", Pattern.DOTALL);

	private static final String DML = "SELECT, INSERT, UPDATE, DELETE";

	@TempDir
	Path folder;

	@Test
	void shouldGiveTheTiersRowsOnlyAndTheMigrationUserTheSchemasDdlNothingBeyondTheSchema() throws IOException {
		var sql = Files.readString(Bundle.repositoryRoot().resolve("infra/database-users.sql"))
			.replaceAll("(?m)^--.*$", "");
		var grants = new java.util.HashMap<String, String>();
		var matcher = GRANT.matcher(sql);
		while (matcher.find()) {
			assertThat(matcher.group(2)).as("only the application's schema").isEqualTo("beanpress.*");
			assertThat(grants.put(matcher.group(3), matcher.group(1).replaceAll("\\s+", " "))).isNull();
		}

		assertThat(grants).containsOnlyKeys("beanpress_web", "beanpress_worker", "beanpress_migration")
			.containsEntry("beanpress_web", DML)
			.containsEntry("beanpress_worker", DML);
		assertThat(grants.get("beanpress_migration")).startsWith(DML)
			.contains("CREATE", "ALTER", "DROP", "INDEX", "REFERENCES")
			.doesNotContain("ALL", "GRANT", "SUPER", "FILE", "PROCESS", "CREATE USER");
		assertThat(sql).doesNotContain("WITH GRANT OPTION", "*.*", "'beanpress'@");
		for (var user : grants.keySet()) {
			assertThat(sql).as(user + " connects over TLS only")
				.containsPattern(
						"CREATE USER IF NOT EXISTS '" + user + "'@'%' IDENTIFIED BY '\\$\\{[A-Z_]+}' REQUIRE SSL;")
				.containsPattern("ALTER USER '" + user + "'@'%' IDENTIFIED BY '\\$\\{[A-Z_]+}' REQUIRE SSL;");
		}
	}

	@Test
	void shouldCreateTheUsersAsTheMasterUserWithThePasswordsOfTheirSecrets() {
		var aws = new StandInAws(folder, StandInAws.stackOutputs(),
				Map.of(StandInAws.secretArn("aurora-web"), "WebPassword0123456789",
						StandInAws.secretArn("aurora-worker"), "WorkerPassword0123456789",
						StandInAws.secretArn("aurora-migration"), "MigrationPassword0123456789"));

		var run = aws.run("database-users", "dev", "--region", "eu-west-1");

		assertThat(run.status()).as(run.output()).isZero();
		var statements = run.calls().stream().filter(call -> call.startsWith("rds-data execute-statement")).toList();
		assertThat(statements).hasSize(9)
			.allMatch(call -> call.contains("--secret-arn " + StandInAws.secretArn("aurora-master"))
					&& call.contains("--resource-arn arn:aws:rds:eu-west-1:111122223333:cluster:beanpress-dev"));
		assertThat(statements)
			.anyMatch(call -> call.contains("'beanpress_web'@'%' IDENTIFIED BY 'WebPassword0123456789'"))
			.anyMatch(call -> call.contains("'beanpress_worker'@'%' IDENTIFIED BY 'WorkerPassword0123456789'"))
			.anyMatch(call -> call.contains("'beanpress_migration'@'%' IDENTIFIED BY 'MigrationPassword0123456789'"))
			.noneMatch(call -> call.contains("${"));
		assertThat(run.output()).doesNotContain("Password0123456789");
	}

	@Test
	void shouldRefuseAPasswordItWouldHaveToQuote() {
		var aws = new StandInAws(folder, StandInAws.stackOutputs(),
				Map.of(StandInAws.secretArn("aurora-web"), "x' OR '1'='1", StandInAws.secretArn("aurora-worker"),
						"WorkerPassword0123456789", StandInAws.secretArn("aurora-migration"),
						"MigrationPassword0123456789"));

		var run = aws.run("database-users", "dev", "--region", "eu-west-1");

		assertThat(run.status()).isNotZero();
		assertThat(run.output()).contains("is not a password of letters and digits");
		assertThat(run.calls()).noneMatch(call -> call.startsWith("rds-data"));
	}

	@Test
	void shouldPrintTheStatementsWithoutReadingAnySecret() {
		var aws = new StandInAws(folder, StandInAws.stackOutputs(), Map.of());

		var run = aws.run("database-users", "dev", "--region", "eu-west-1", "--print");

		assertThat(run.status()).as(run.output()).isZero();
		assertThat(run.output()).contains("IDENTIFIED BY '<hidden>'");
		assertThat(run.calls()).noneMatch(call -> call.startsWith("secretsmanager") || call.startsWith("rds-data"));
	}

}
