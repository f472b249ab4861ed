package org.beanpress.core.user;

import java.time.Instant;
import java.util.Optional;

import org.beanpress.core.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class ApiTokenRepository {

	private final JdbcClient jdbc;

	public ApiTokenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public ApiToken create(long userId, String tokenHash, Instant createdAt, Instant expiresAt) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("INSERT INTO api_tokens (user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?)")
			.params(userId, tokenHash, createdAt, expiresAt)
			.update(keys);
		return new ApiToken(keys.getKey().longValue(), userId, tokenHash, createdAt, expiresAt, null);
	}

	public Optional<ApiToken> findByHash(String tokenHash) {
		return jdbc.sql("SELECT * FROM api_tokens WHERE token_hash = ?")
			.param(tokenHash)
			.query(Rows.of(ApiToken.class))
			.optional();
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

}
