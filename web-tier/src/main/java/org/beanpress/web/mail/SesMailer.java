package org.beanpress.web.mail;

import java.net.URI;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;

/**
 * Sends mail through Amazon SES (API v2, {@code SendEmail}); the instance role needs
 * {@code ses:SendEmail} on the sender identity.
 */
class SesMailer implements Mailer, AutoCloseable {

	private final SesV2Client ses;

	private final String from;

	SesMailer(MailProperties properties, AwsCredentialsProvider credentials) {
		var builder = SesV2Client.builder().region(Region.of(properties.region())).credentialsProvider(credentials);
		if (!properties.endpoint().isBlank()) {
			builder.endpointOverride(URI.create(properties.endpoint()));
		}
		this.ses = builder.build();
		this.from = properties.from();
	}

	@Override
	public void send(String to, String subject, String text) {
		try {
			ses.sendEmail(email -> email.fromEmailAddress(from)
				.destination(destination -> destination.toAddresses(to))
				.content(content -> content
					.simple(message -> message.subject(part -> part.data(subject).charset("UTF-8"))
						.body(body -> body.text(part -> part.data(text).charset("UTF-8"))))));
		}
		catch (SdkException ex) {
			throw new MailException("Amazon SES did not take the mail: " + ex.getMessage(), ex);
		}
	}

	@Override
	public String channel() {
		return "ses";
	}

	@Override
	public void close() {
		ses.close();
	}

}
