package org.beanpress.web.mail;

/**
 * Sends the site's few mails (password reset links). Two implementations:
 * {@link SesMailer} when {@code beanpress.mail.from} is set, {@link LogMailer} otherwise
 * (the local stack and tests, which read the link from the log).
 */
public interface Mailer {

	/**
	 * Sends a plain-text mail; a failure to hand it over raises {@link MailException}.
	 */
	void send(String to, String subject, String text);

	/** Where mail goes, for answers that say so: {@code ses} or {@code log}. */
	String channel();

}
