package org.beanpress.core.user;

import java.time.Instant;

/**
 * A single-use sign-up link; only the SHA-256 of its secret is stored.
 *
 * @param createdBy the admin who made it (null once that account is deleted)
 * @param usedBy the account that signed up with it (null until used, or once deleted)
 */
public record Invitation(long id, String tokenHash, Role role, Long createdBy, Instant createdAt, Instant expiresAt,
		Instant usedAt, Long usedBy) {

	public boolean isUsed() {
		return usedAt != null;
	}

	public boolean isExpiredAt(Instant now) {
		return !expiresAt.isAfter(now);
	}

}
