package org.beanpress.core.database;

import java.sql.Connection;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * The writer pool, with read-only transactions sent to the reader pool when there is one.
 * Connections are taken from a pool only at the first statement, so a transaction that
 * ends without touching the database (a page served from Redis inside a read-only
 * transaction) costs no connection and no round trip.
 */
class RoutingDataSource extends LazyConnectionDataSourceProxy implements AutoCloseable {

	private final HikariDataSource writer;

	private final HikariDataSource reader;

	RoutingDataSource(HikariDataSource writer, HikariDataSource reader) {
		super(writer);
		this.writer = writer;
		this.reader = reader;
		if (reader != null) {
			setReadOnlyDataSource(reader);
		}
		// Known defaults (MySQL's), so that nothing
		// asks the database for them at start-up.
		setDefaultAutoCommit(true);
		setDefaultTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
	}

	@Override
	public void close() {
		if (reader != null) {
			reader.close();
		}
		writer.close();
	}

}
