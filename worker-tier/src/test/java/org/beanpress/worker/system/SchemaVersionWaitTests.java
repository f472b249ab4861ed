package org.beanpress.worker.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;

import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A worker starting before the web tier has migrated the database, on a database of its
 * own.
 */
@NeedsServices
class SchemaVersionWaitTests {

	DataSource database;

	@BeforeEach
	void emptyDatabase() {
		var connection = EmbeddedServices.emptyDatabase("schema_wait");
		database = new DriverManagerDataSource(connection.get("spring.datasource.url"),
				connection.get("spring.datasource.username"), connection.get("spring.datasource.password"));
	}

	@Test
	void shouldKnowTheNewestMigrationOnTheClassPath() {
		assertThat(SchemaVersionWait.latestMigration()).hasToString("13");
	}

	@Test
	void shouldGiveUpOnADatabaseNobodyMigratedAndSayWhoShould() {
		assertThatIllegalStateException().isThrownBy(() -> waitFor(Duration.ZERO))
			.withMessageContaining("The database schema is unreadable (")
			.withMessageContaining("flyway_schema_history")
			.withMessageEndingWith(
					"but this worker needs version 13. The web tier migrates the schema: deploy it first.");
	}

	@Test
	void shouldGiveUpOnAnOlderSchema() {
		migrate("3");

		assertThatIllegalStateException().isThrownBy(() -> waitFor(Duration.ZERO))
			.withMessageStartingWith("The database schema is at version 3, but this worker needs version 13.");
	}

	@Test
	void shouldStartOnceTheWebTierHasMigratedWhileItWaited() {
		migrate("2");
		var started = CompletableFuture.runAsync(() -> waitFor(Duration.ofMinutes(1)));
		await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).until(() -> !started.isDone());

		migrate("13");

		await().atMost(Duration.ofSeconds(10)).until(started::isDone);
		assertThat(started).isCompleted();
	}

	@Test
	void shouldStartOnANewerSchema() {
		migrate("13");
		JdbcClient.create(database)
			.sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, installed_by,"
					+ " execution_time, success) VALUES (99, '5.1', 'from a newer web tier', 'SQL', 'V5_1__x.sql', 'test',"
					+ " 1, TRUE)")
			.update();

		waitFor(Duration.ZERO);
	}

	private void waitFor(Duration maxWait) {
		try {
			new SchemaVersionWait(JdbcClient.create(database), new WorkerSchemaProperties(maxWait))
				.afterPropertiesSet();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void migrate(String target) {
		Flyway.configure().dataSource(database).target(target).load().migrate();
	}

}
