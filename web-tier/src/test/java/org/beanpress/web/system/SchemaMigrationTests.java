package org.beanpress.web.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration a worker's launcher runs from the web jar before the worker starts, on a
 * database of its own.
 */
@NeedsServices
class SchemaMigrationTests {

	private static final String PASSWORD = "TestPassword0123456789";

	@Test
	void shouldMigrateAnEmptyDatabaseToTheNewestSchemaAndFindNothingToDoTheSecondTime() throws IOException {
		var connection = EmbeddedServices.emptyDatabase("schema_migration");
		String[] arguments = connection.entrySet()
			.stream()
			.map(property -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);

		SchemaMigration.main(arguments);
		SchemaMigration.main(arguments);

		var database = JdbcClient.create(new DriverManagerDataSource(connection.get("spring.datasource.url"),
				connection.get("spring.datasource.username"), connection.get("spring.datasource.password")));
		var migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
		assertThat(database.sql("SELECT version FROM flyway_schema_history WHERE success = TRUE")
			.query(String.class)
			.list()).hasSize(migrations.length).contains("13").doesNotHaveDuplicates();
		assertThat(database.sql("SELECT COUNT(*) FROM media").query(Integer.class).single()).isZero();
	}

	@Test
	void shouldMigrateAsTheMigrationUserWhileThePoolsUserMayOnlyChangeRows() throws IOException {
		var name = "schema_migration_users";
		var connection = EmbeddedServices.emptyDatabase(name);
		var url = connection.get("spring.datasource.url");
		var administrator = JdbcClient.create(new DriverManagerDataSource(url,
				connection.get("spring.datasource.username"), connection.get("spring.datasource.password")));
		for (var statement : deployedUsers(name)) {
			administrator.sql(statement).update();
		}

		SchemaMigration
			.main(new String[] { "--spring.datasource.url=" + url, "--spring.datasource.username=beanpress_web",
					"--spring.datasource.password=" + PASSWORD, "--spring.flyway.url=" + url,
					"--spring.flyway.user=beanpress_migration", "--spring.flyway.password=" + PASSWORD });

		assertThat(
				administrator.sql("SELECT DISTINCT installed_by FROM flyway_schema_history").query(String.class).list())
			.containsExactly("beanpress_migration");
		var web = JdbcClient.create(new DriverManagerDataSource(url, "beanpress_web", PASSWORD));
		assertThat(web.sql("SELECT COUNT(*) FROM media").query(Integer.class).single()).isZero();
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> web.sql("CREATE TABLE not_allowed (id INT)").update());
		assertThatExceptionOfType(DataAccessException.class)
			.isThrownBy(() -> web.sql("ALTER TABLE media ADD COLUMN not_allowed INT").update());
	}

	/**
	 * The statements of infra/database-users.sql, the users and grants an operator
	 * creates on Aurora, for a database of this test's: its name for {@code beanpress},
	 * and without {@code REQUIRE SSL} (the embedded server has no TLS).
	 */
	private static List<String> deployedUsers(String database) throws IOException {
		var sql = Files.readString(Path.of("..", "infra", "database-users.sql")).replaceAll("(?m)^--.*$", "");
		var passwords = Map.of("${WEB_PASSWORD}", PASSWORD, "${WORKER_PASSWORD}", PASSWORD, "${MIGRATION_PASSWORD}",
				PASSWORD);
		var statements = new ArrayList<String>();
		for (var statement : sql.split(";")) {
			var text = statement.strip()
				.replace(" REQUIRE SSL", "")
				.replace(" ON beanpress.* ", " ON " + database + ".* ");
			for (var password : passwords.entrySet()) {
				text = text.replace(password.getKey(), password.getValue());
			}
			if (!text.isEmpty()) {
				statements.add(text);
			}
		}
		return statements;
	}

}
