package org.beanpress.core.user;

import java.time.Instant;

/**
 * A one-time password reset link an admin issued; only its secret's SHA-256 is stored.
 */
public record PasswordReset(long id, long userId, String tokenHash, Instant createdAt, Instant expiresAt,
		Instant usedAt) {

	public boolean isUsed() {
		return usedAt != null;
	}

	public boolean isExpiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}

}
