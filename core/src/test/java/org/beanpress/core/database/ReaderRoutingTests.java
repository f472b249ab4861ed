package org.beanpress.core.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.beanpress.core.page.PublicPages;
import org.beanpress.core.post.PostCursor;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Read-only transactions go to the reader endpoint. The reader here is an account that
 * may only SELECT, table by table, so that what reaches it shows in what it refuses.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class ReaderRoutingTests {

	private static final String READER = "beanpress_reader";

	private static final List<String> HOSTS = List.of("%", "localhost", "127.0.0.1");

	@DynamicPropertySource
	static void reader(DynamicPropertyRegistry registry) {
		registry.add("beanpress.datasource.reader.url",
				() -> EmbeddedServices.properties().get("spring.datasource.url"));
		registry.add("beanpress.datasource.reader.username", () -> READER);
		registry.add("beanpress.datasource.reader.password", () -> "reader-only");
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	PublicPages pages;

	@BeforeEach
	void readerAccount() {
		for (var host : HOSTS) {
			jdbc.sql("CREATE USER IF NOT EXISTS '" + READER + "'@'" + host + "' IDENTIFIED BY 'reader-only'").update();
			grantSelectOnEveryTable(host);
		}
	}

	@Test
	void shouldRunReadOnlyTransactionsOnTheReaderAndTheRestOnTheWriter() {
		var inReadOnly = inTransaction(true, () -> currentUser());
		var inReadWrite = inTransaction(false, () -> currentUser());

		assertThat(inReadOnly).startsWith(READER + "@");
		assertThat(inReadWrite).doesNotStartWith(READER + "@");
		assertThat(currentUser()).as("outside a transaction").isEqualTo(inReadWrite);
	}

	@Test
	void shouldNeverWriteThroughTheReader() {
		var marker = "reader-" + System.nanoTime();

		assertThatThrownBy(() -> inTransaction(true, () -> jdbc.sql(
				"INSERT INTO outbox (queue, body, created_at, attempts, next_attempt_at) VALUES ('cache', ?, NOW(6), 0, NOW(6))")
			.param(marker)
			.update())).isInstanceOf(DataAccessException.class);

		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE body = ?").param(marker).query(Long.class).single())
			.isZero();
	}

	@Test
	void shouldReadPublicPagesThroughTheReader() {
		var cursor = new PostCursor(Instant.now(), Long.MAX_VALUE);

		revokeFromReader("posts");
		try {
			assertThatThrownBy(() -> pages.olderPage(cursor)).isInstanceOf(DataAccessException.class)
				.rootCause()
				.hasMessageContaining("denied to user '" + READER);
		}
		finally {
			readerAccount();
		}
		assertThat(pages.olderPage(cursor)).contains("<html");
	}

	private <T> T inTransaction(boolean readOnly, Supplier<T> work) {
		var template = new TransactionTemplate(transactions.getTransactionManager());
		template.setReadOnly(readOnly);
		return template.execute(status -> work.get());
	}

	private String currentUser() {
		return jdbc.sql("SELECT CURRENT_USER()").query(String.class).single();
	}

	private void revokeFromReader(String table) {
		for (var host : HOSTS) {
			jdbc.sql("REVOKE SELECT ON " + table + " FROM '" + READER + "'@'" + host + "'").update();
		}
	}

	private void grantSelectOnEveryTable(String host) {
		var tables = jdbc.sql("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()")
			.query(String.class)
			.list();
		for (var table : tables) {
			jdbc.sql("GRANT SELECT ON " + table + " TO '" + READER + "'@'" + host + "'").update();
		}
	}

}
