package org.beanpress.web.user;

import org.springframework.security.core.AuthenticationException;

class InvalidTokenException extends AuthenticationException {

	InvalidTokenException(String message) {
		super(message);
	}

}
