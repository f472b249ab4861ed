package org.beanpress.web.user;

/** The configured admin name belongs to an account that is not an admin. */
class AdminBootstrapException extends IllegalStateException {

	AdminBootstrapException(String message) {
		super(message);
	}

}
