package org.beanpress.core.user;

import java.time.Clock;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Accounts; every username in or out is in {@link Usernames#canonical canonical form}.
 */
@Repository
public class UserRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public UserRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Inserts a new account; a name taken already (in canonical form) raises
	 * {@link org.springframework.dao.DuplicateKeyException}.
	 */
	public User create(String username, String passwordHash, Role role) {
		var keys = new GeneratedKeyHolder();
		var now = clock.instant();
		var canonical = Usernames.canonical(username);
		jdbc.sql("INSERT INTO users (username, password_hash, role, created_at) VALUES (?, ?, ?, ?)")
			.params(canonical, passwordHash, role.name(), now)
			.update(keys);
		return new User(keys.getKey().longValue(), canonical, passwordHash, role, now, 0);
	}

	public Optional<User> findByUsername(String username) {
		return jdbc.sql("SELECT * FROM users WHERE username = ?")
			.param(Usernames.canonical(username))
			.query(Rows.of(User.class))
			.optional();
	}

	public Optional<User> findById(long id) {
		return jdbc.sql("SELECT * FROM users WHERE id = ?").param(id).query(Rows.of(User.class)).optional();
	}

	/**
	 * The version a session must carry to stay signed in, if the account still exists.
	 */
	public Optional<Integer> findCredentialsVersion(long id) {
		return jdbc.sql("SELECT credentials_version FROM users WHERE id = ?").param(id).query(Integer.class).optional();
	}

	/** Sets a new password hash and raises the credentials version. */
	public void updatePassword(long id, String passwordHash) {
		jdbc.sql("UPDATE users SET password_hash = ?, credentials_version = credentials_version + 1 WHERE id = ?")
			.params(passwordHash, id)
			.update();
	}

	/**
	 * Sets a new role and raises the credentials version; returns false when there is no
	 * such account.
	 */
	public boolean updateRole(long id, Role role) {
		return jdbc.sql("UPDATE users SET role = ?, credentials_version = credentials_version + 1 WHERE id = ?")
			.params(role.name(), id)
			.update() == 1;
	}

}
