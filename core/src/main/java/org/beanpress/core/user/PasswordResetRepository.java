package org.beanpress.core.user;

import java.time.Instant;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class PasswordResetRepository {

	private final JdbcClient jdbc;

	public PasswordResetRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public PasswordReset create(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO password_resets (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(userId, tokenHash, createdAt, expiresAt)
			.update(keys);
		return new PasswordReset(keys.getKey().longValue(), userId, tokenHash, createdAt, expiresAt, null);
	}

	public Optional<PasswordReset> findByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM password_resets WHERE token_hash = ?")
			.param(tokenHash)
			.query(Rows.of(PasswordReset.class))
			.optional();
	}

	/** Marks the link used if it still is unused and unexpired; exactly one use wins. */
	public boolean use(long id, Instant now) {
		return jdbc.sql("UPDATE password_resets SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
			.params(now, id, now)
			.update() == 1;
	}

	/** An account's earlier links stop working when a new one is issued. */
	public void expireAll(long userId, Instant now) {
		jdbc.sql("UPDATE password_resets SET expires_at = ? WHERE user_id = ? AND used_at IS NULL AND expires_at > ?")
			.params(now, userId, now)
			.update();
	}

}
