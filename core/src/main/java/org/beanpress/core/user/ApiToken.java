package org.beanpress.core.user;

import java.time.Instant;

/** A bearer token for scripts; only the SHA-256 of the secret is stored. */
public record ApiToken(long id, long userId, String tokenHash, Instant createdAt, Instant expiresAt, Instant revokedAt,
		Instant lastUsedAt) {

	public boolean isExpiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}

	public boolean isRevoked() {
		return revokedAt != null;
	}

}
