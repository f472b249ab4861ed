package org.beanpress.core.user;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

	/**
	 * How stale {@code last_used_at} may get: one write a minute per busy token at most.
	 */
	private static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

	private final JdbcClient jdbc;

	public ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ApiToken create(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO api_tokens (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(userId, tokenHash, createdAt, expiresAt)
			.update(keys);
		return new ApiToken(keys.getKey().longValue(), userId, tokenHash, createdAt, expiresAt, null, null);
	}

	public Optional<ApiToken> findByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = ?")
			.param(tokenHash)
			.query(Rows.of(ApiToken.class))
			.optional();
	}

	/** The user's tokens that are not revoked, newest first (expired ones included). */
	public List<ApiToken> findUnrevoked(long userId) {
		return jdbc.sql("SELECT * FROM api_tokens WHERE user_id = ? AND revoked_at IS NULL ORDER BY id DESC")
			.param(userId)
			.query(Rows.of(ApiToken.class))
			.list();
	}

	/**
	 * Notes that the token was presented now, unless that was noted less than a minute
	 * ago.
	 */
	public void recordUse(ApiToken token, Instant now) {
		if (token.lastUsedAt() != null && token.lastUsedAt().plus(LAST_USE_PRECISION).isAfter(now)) {
			return;
		}
		jdbc.sql("UPDATE api_tokens SET last_used_at = ? WHERE id = ?").params(now, token.id()).update();
	}

	/**
	 * Revokes one of the user's tokens; returns false when the user has no such live
	 * token.
	 */
	public boolean revoke(long userId, long tokenId, Instant now) {
		return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND user_id = ? AND revoked_at IS NULL")
			.params(now, tokenId, userId)
			.update() == 1;
	}

	/** Revokes every token of the user; returns how many were live. */
	public int revokeAll(long userId, Instant now) {
		return jdbc.sql("UPDATE api_tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL")
			.params(now, userId)
			.update();
	}

}
