package org.beanpress.web.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each mail to the log at INFO instead of sending it: without mail infrastructure
 * (the local stack) an operator reads reset links there.
 */
class LogMailer implements Mailer {

	private static final Logger log = LoggerFactory.getLogger(LogMailer.class);

	@Override
	public void send(String to, String subject, String text) {
		log.info("Mail not sent (beanpress.mail.from is not set) to {}: {}\n{}", to, subject, text);
	}

	@Override
	public String channel() {
		return "log";
	}

}
