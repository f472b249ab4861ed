package org.beanpress.web.job;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox relay.
 *
 * @param pollInterval pause between looks for due jobs
 * @param firstRetry wait after the first failed send; it doubles with every further
 * failure...
 * @param maxRetry ...up to this
 * @param sendTimeout how long one SendMessageBatch may take before it counts as failed
 */
@ConfigurationProperties("beanpress.outbox")
record OutboxProperties(@DefaultValue("500ms") Duration pollInterval, @DefaultValue("1s") Duration firstRetry,
		@DefaultValue("5m") Duration maxRetry, @DefaultValue("10s") Duration sendTimeout) {

	/** Exponential back-off: firstRetry x 2^attempts, capped. */
	Duration retryAfter(int failedAttempts) {
		var factor = 1L << Math.min(failedAttempts, 20);
		var delay = firstRetry.multipliedBy(factor);
		return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
	}

}
