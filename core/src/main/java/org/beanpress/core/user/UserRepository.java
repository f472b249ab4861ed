package org.beanpress.core.user;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
		return new User(keys.getKey().longValue(), canonical, passwordHash, role, now, 0, false, null, null);
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

	/**
	 * Disables or enables an account and raises the credentials version, so that every
	 * session signed in before it ends; returns false when there is no such account.
	 */
	public boolean updateDisabled(long id, boolean disabled) {
		return jdbc.sql("UPDATE users SET disabled = ?, credentials_version = credentials_version + 1 WHERE id = ?")
			.params(disabled, id)
			.update() == 1;
	}

	/**
	 * Sets the display name and e-mail address (either may be null); an address another
	 * account has raises {@link org.springframework.dao.DuplicateKeyException}.
	 */
	public void updateProfile(long id, String displayName, String email) {
		jdbc.sql("UPDATE users SET display_name = ?, email = ? WHERE id = ?")
			.params(displayName, email == null ? null : email.toLowerCase(Locale.ROOT), id)
			.update();
	}

	/**
	 * Locks the rows of the enabled admins until the transaction ends and returns their
	 * ids: two admins demoting or disabling each other at once cannot both pass a
	 * "someone else is still an admin" check.
	 */
	public List<Long> lockActiveAdmins() {
		return jdbc.sql("SELECT id FROM users WHERE role = 'ADMIN' AND disabled = FALSE ORDER BY id FOR UPDATE")
			.query(Long.class)
			.list();
	}

	public boolean delete(long id) {
		return jdbc.sql("DELETE FROM users WHERE id = ?").param(id).update() == 1;
	}

	/**
	 * One page of accounts whose username, display name or e-mail address starts with
	 * {@code prefix} (all accounts when it is empty), with their post counts.
	 */
	public List<UserSummary> search(String prefix, UserOrder order, int limit, int offset) {
		var params = new ArrayList<Object>();
		var sql = new StringBuilder("SELECT u.id, u.username, u.display_name, u.email, u.role, u.disabled,"
				+ " u.created_at, (SELECT COUNT(*) FROM posts p WHERE p.author_id = u.id) AS post_count FROM users u ");
		sql.append(where(prefix, params));
		sql.append(order == UserOrder.NAME ? "ORDER BY u.username " : "ORDER BY u.id DESC ");
		sql.append("LIMIT ? OFFSET ?");
		params.add(limit);
		params.add(offset);
		return jdbc.sql(sql.toString()).params(params).query(Rows.of(UserSummary.class)).list();
	}

	/** How many accounts {@link #search} finds in all. */
	public long count(String prefix) {
		var params = new ArrayList<Object>();
		return jdbc.sql("SELECT COUNT(*) FROM users u " + where(prefix, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(String prefix, List<Object> params) {
		if (prefix == null || prefix.isBlank()) {
			return "";
		}
		var trimmed = prefix.strip();
		params.add(like(Usernames.canonical(trimmed)));
		params.add(like(trimmed));
		params.add(like(trimmed.toLowerCase(Locale.ROOT)));
		return "WHERE u.username LIKE ? ESCAPE '!' OR u.display_name LIKE ? ESCAPE '!' OR u.email LIKE ? ESCAPE '!' ";
	}

	/** A LIKE pattern for "starts with", the wildcards in the text taken literally. */
	private static String like(String text) {
		return text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
	}

}
