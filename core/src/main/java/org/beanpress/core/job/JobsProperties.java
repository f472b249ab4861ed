package org.beanpress.core.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Queue naming per stage: {@code beanpress.jobs.queue-prefix=prod-} makes the images queue {@code prod-images}.
 *
 * @param queuePrefix prepended to every queue name
 * @param maxReceiveCount receives before a message moves to its DLQ
 */
@ConfigurationProperties("beanpress.jobs")
public record JobsProperties(@DefaultValue("") String queuePrefix, @DefaultValue("5") int maxReceiveCount) {

	public String queueName(JobQueue queue) {
		return queuePrefix + queue.logicalName();
	}

	public String deadLetterQueueName(JobQueue queue) {
		return queuePrefix + queue.deadLetterName();
	}

}
