package org.beanpress.web.user;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;

/**
 * An account as its owner (and the admin who changes it) sees it.
 *
 * @param displayName the name it goes by, or null
 * @param email where password reset links go, or null; only its owner and admins see it
 */
record AccountView(long id, String username, Role role, String displayName, String email, boolean disabled) {

	static AccountView of(User user) {
		return new AccountView(user.id(), user.username(), user.role(), user.displayName(), user.email(),
				user.disabled());
	}

}
