package org.beanpress.web.mail;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param from the sender address (an identity verified in SES); empty means mail is
 * written to the log instead of sent
 * @param region the SES region, e.g. {@code eu-west-1}; required with {@code from}
 * @param endpoint another SES endpoint (a VPC endpoint, or a stub in tests); empty for
 * the region's
 */
@Validated
@ConfigurationProperties("beanpress.mail")
record MailProperties(
		@DefaultValue("") @Pattern(regexp = "|[^@\\s]+@[^@\\s]+",
				message = "must be an e-mail address, or empty to write mail to the log") String from,
		@DefaultValue("") @Pattern(regexp = "|[a-z]{2}(-[a-z]+)+-\\d",
				message = "must be an AWS region such as eu-west-1") String region,
		@DefaultValue("") @Pattern(regexp = "|https?://\\S+", message = "must be an http(s) URL") String endpoint) {

	boolean sends() {
		return !from.isBlank();
	}

}
