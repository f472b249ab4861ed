package org.beanpress.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The migration a worker's launcher runs from the web jar before the worker starts, on a database of its own. */
@NeedsServices
class SchemaMigrationTests {

	@Test
	void shouldMigrateAnEmptyDatabaseToTheNewestSchemaAndFindNothingToDoTheSecondTime() throws IOException {
		var properties = EmbeddedServices.properties();
		var url = properties.get("spring.datasource.url");
		var username = properties.get("spring.datasource.username");
		var password = properties.get("spring.datasource.password");
		var server = JdbcClient.create(new DriverManagerDataSource(url, username, password));
		server.sql("DROP DATABASE IF EXISTS schema_migration").update();
		server.sql("CREATE DATABASE schema_migration").update();
		var migrationUrl = url.replaceFirst("/[^/?]+\\?", "/schema_migration?");
		String[] arguments = { "--spring.datasource.url=" + migrationUrl, "--spring.datasource.username=" + username,
				"--spring.datasource.password=" + password };

		SchemaMigration.main(arguments);
		SchemaMigration.main(arguments);

		var database = JdbcClient.create(new DriverManagerDataSource(migrationUrl, username, password));
		var migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
		assertThat(database.sql("SELECT version FROM flyway_schema_history WHERE success = TRUE")
			.query(String.class)
			.list()).hasSize(migrations.length).contains("4").doesNotHaveDuplicates();
		assertThat(database.sql("SELECT COUNT(*) FROM media").query(Integer.class).single()).isZero();
	}

}
