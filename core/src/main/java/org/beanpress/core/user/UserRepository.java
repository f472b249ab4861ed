package org.beanpress.core.user;

import java.time.Clock;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public UserRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Inserts a new account; a username taken already (case-insensitively) raises
	 * {@link org.springframework.dao.DuplicateKeyException}.
	 */
	public User create(String username, String passwordHash, Role role) {
		var keys = new GeneratedKeyHolder();
		var now = clock.instant();
		jdbc.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
			.params(username, passwordHash, role.name(), now)
			.update(keys);
		return new User(keys.getKey().longValue(), username, passwordHash, role, now);
	}

	public Optional<User> findByUsername(String username) {
		return jdbc.sql("SELECT * FROM users WHERE username = ?").param(username).query(Rows.of(User.class)).optional();
	}

	public Optional<User> findById(long id) {
		return jdbc.sql("SELECT * FROM users WHERE id = ?").param(id).query(Rows.of(User.class)).optional();
	}

	public void updatePasswordAndRole(long id, String passwordHash, Role role) {
		jdbc.sql("UPDATE users SET password_hash = ?, role = ? WHERE id = ?")
			.params(passwordHash, role.name(), id)
			.update();
	}

}
