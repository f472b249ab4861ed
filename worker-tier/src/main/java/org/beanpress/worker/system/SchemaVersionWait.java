package org.beanpress.worker.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Holds the worker's start-up until the database has the schema its code was built with.
 * The web tier owns the migrations (the worker carries no Flyway, which is memory it
 * would pay for on every instance), so a deploy updates the web environment first; a
 * worker started against an older schema waits for it, and exits with the reason if it
 * does not come. A newer schema is fine: migrations only ever add what older code can
 * ignore.
 */
@Component
@DependsOnDatabaseInitialization
class SchemaVersionWait implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(SchemaVersionWait.class);

	private static final Duration POLL = Duration.ofSeconds(1);

	private final JdbcClient jdbc;

	private final Duration maxWait;

	private final SchemaVersion required;

	SchemaVersionWait(JdbcClient jdbc, WorkerSchemaProperties properties) {
		this.jdbc = jdbc;
		this.maxWait = properties.maxWait();
		this.required = latestMigration();
	}

	/**
	 * The newest migration on the class path: the schema the shared library's
	 * repositories are written against.
	 */
	static SchemaVersion latestMigration() {
		try {
			var migrations = new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*.sql");
			return Arrays.stream(migrations)
				.map(migration -> SchemaVersion.ofMigrationFile(Objects.requireNonNull(migration.getFilename())))
				.filter(Objects::nonNull)
				.max(Comparator.naturalOrder())
				.orElseThrow(() -> new IllegalStateException("No migrations in db/migration on the class path"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not list the schema migrations", ex);
		}
	}

	@Override
	public void afterPropertiesSet() throws InterruptedException {
		var deadline = Instant.now().plus(maxWait);
		var logged = false;
		while (true) {
			var state = current();
			if (state.version().filter(version -> version.compareTo(required) >= 0).isPresent()) {
				log.info("Database schema is at version {}; this worker needs {}", state.version().get(), required);
				return;
			}
			if (!Instant.now().isBefore(deadline)) {
				throw new IllegalStateException("The database schema is " + state.describe() + ", but this worker needs"
						+ " version " + required + ". The web tier migrates the schema: deploy it first.");
			}
			if (!logged) {
				log.info("Waiting up to {} for the web tier to migrate the database to schema version {} (it is {})",
						maxWait, required, state.describe());
				logged = true;
			}
			Thread.sleep(POLL.toMillis());
		}
	}

	private SchemaState current() {
		try {
			var version = jdbc
				.sql("SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL")
				.query(String.class)
				.list()
				.stream()
				.map(SchemaVersion::parse)
				.max(Comparator.naturalOrder());
			return new SchemaState(version, null);
		}
		catch (DataAccessException ex) {
			// no history table yet, or no database yet: both are worth waiting for
			return new SchemaState(Optional.empty(), ex.getMostSpecificCause().getMessage());
		}
	}

	private record SchemaState(Optional<SchemaVersion> version, String error) {

		String describe() {
			if (error != null) {
				return "unreadable (" + error + ")";
			}
			return version.map(found -> "at version " + found).orElse("empty");
		}

	}

}
