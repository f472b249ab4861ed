package org.beanpress.web.mail;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

@Configuration(proxyBeanMethods = false)
class MailConfiguration {

	/**
	 * SES when a sender is configured, the log otherwise. Credentials are Spring Cloud
	 * AWS's (the instance role on Elastic Beanstalk).
	 */
	@Bean
	Mailer mailer(MailProperties properties, ObjectProvider<AwsCredentialsProvider> credentials) {
		if (!properties.sends()) {
			return new LogMailer();
		}
		if (properties.region().isBlank()) {
			throw new IllegalStateException(
					"beanpress.mail.from is set, so mail goes through Amazon SES: set beanpress.mail.region too");
		}
		return new SesMailer(properties,
				credentials.getIfAvailable(() -> DefaultCredentialsProvider.builder().build()));
	}

}
