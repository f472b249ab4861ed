package org.beanpress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTests {

	@TempDir
	Path workDirectory;

	@Test
	void shouldKeepRowsAcrossRestart() throws SQLException {
		Path dataDirectory = workDirectory.resolve("mariadb-data");

		try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDirectory, 0, "beanpress");
				Connection connection = connect(db);
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE post (id BIGINT PRIMARY KEY, title VARCHAR(200) NOT NULL)");
			statement.execute("INSERT INTO post (id, title) VALUES (1, 'Crème brûlée 🍮')");
		}

		try (EmbeddedMariaDb db = EmbeddedMariaDb.start(dataDirectory, 0, "beanpress");
				Connection connection = connect(db);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("SELECT title FROM post WHERE id = 1")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString("title")).isEqualTo("Crème brûlée 🍮");
		}
	}

	@Test
	void shouldCreateTheDatabaseWithUtf8mb4() throws SQLException {
		try (EmbeddedMariaDb db = EmbeddedMariaDb.start(workDirectory.resolve("data"), 0, "blog");
				Connection connection = connect(db);
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(
						"SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = 'blog'")) {
			assertThat(connection.getCatalog()).isEqualTo("blog");
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("utf8mb4");
		}
	}

	@Test
	void shouldRefuseConnectionsOnceClosed() {
		EmbeddedMariaDb db = EmbeddedMariaDb.start(workDirectory.resolve("data"), 0, "beanpress");
		db.close();
		db.close();

		assertThatThrownBy(() -> connect(db).close()).isInstanceOf(SQLException.class);
	}

	@Test
	void shouldRejectAWrongPassword() {
		try (EmbeddedMariaDb db = EmbeddedMariaDb.start(workDirectory.resolve("data"), 0, "beanpress")) {
			assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.username(), "wrong").close())
				.isInstanceOf(SQLException.class)
				.hasMessageContaining("Access denied");
		}
	}

	private static Connection connect(EmbeddedMariaDb db) throws SQLException {
		return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
	}

}
