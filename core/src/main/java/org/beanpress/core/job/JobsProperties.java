package org.beanpress.core.job;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Queue naming per stage: {@code beanpress.jobs.queue-prefix=prod-} makes the images
 * queue {@code prod-images}.
 *
 * @param queuePrefix prepended to every queue name: letters, digits, hyphens and
 * underscores, as SQS allows in names
 */
@Validated
@ConfigurationProperties("beanpress.jobs")
public record JobsProperties(@DefaultValue("") @Pattern(regexp = "[A-Za-z0-9_-]{0,40}") String queuePrefix) {

	public String queueName(JobQueue queue) {
		return queuePrefix + queue.logicalName();
	}

	public String deadLetterQueueName(JobQueue queue) {
		return queuePrefix + queue.deadLetterName();
	}

}
