package org.beanpress.worker.job;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a failed job comes back: after {@code firstRetrySeconds}, then twice as long each
 * time, at most {@code maxRetrySeconds}, until the queue's receive limit sends it to the
 * DLQ.
 */
@ConfigurationProperties("beanpress.worker.retry")
record JobRetryProperties(@DefaultValue("10") int firstRetrySeconds, @DefaultValue("900") int maxRetrySeconds) {
}
