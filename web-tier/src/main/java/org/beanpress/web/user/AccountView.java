package org.beanpress.web.user;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;

record AccountView(long id, String username, Role role) {

	static AccountView of(User user) {
		return new AccountView(user.id(), user.username(), user.role());
	}

}
