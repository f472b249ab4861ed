package org.beanpress.core.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Queue naming per stage: {@code beanpress.jobs.queue-prefix=prod-} makes the images
 * queue {@code prod-images}.
 *
 * @param queuePrefix prepended to every queue name
 */
@ConfigurationProperties("beanpress.jobs")
public record JobsProperties(@DefaultValue("") String queuePrefix) {

	public String queueName(JobQueue queue) {
		return queuePrefix + queue.logicalName();
	}

	public String deadLetterQueueName(JobQueue queue) {
		return queuePrefix + queue.deadLetterName();
	}

}
