package org.beanpress.web.user;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.beanpress.core.user.Role;

/**
 * A new invitation.
 *
 * @param role the role the invited account gets: CONTRIBUTOR (the default), AUTHOR or
 * EDITOR
 * @param validDays how many days the link works (default
 * {@code beanpress.accounts.invitation-ttl}, 7 days)
 */
record InvitationRequest(Role role,
		@Min(value = 1, message = "must be 1 to 90") @Max(value = 90, message = "must be 1 to 90") Integer validDays) {
}
