package org.beanpress.web.mail;

/** A mail could not be handed to the mail service. */
public class MailException extends RuntimeException {

	MailException(String message, Throwable cause) {
		super(message, cause);
	}

}
