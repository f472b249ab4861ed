package org.beanpress.core.user;

import java.time.Instant;

/** An account as the admin list shows it, with how many posts it has written. */
public record UserSummary(long id, String username, String displayName, String email, Role role, boolean disabled,
		Instant createdAt, long postCount) {
}
