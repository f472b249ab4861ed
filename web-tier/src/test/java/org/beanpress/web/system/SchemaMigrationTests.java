package org.beanpress.web.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration a worker's launcher runs from the web jar before the worker starts, on a
 * database of its own.
 */
@NeedsServices
class SchemaMigrationTests {

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
			.list()).hasSize(migrations.length).contains("6").doesNotHaveDuplicates();
		assertThat(database.sql("SELECT COUNT(*) FROM media").query(Integer.class).single()).isZero();
	}

}
