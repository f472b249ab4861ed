package org.beanpress.core.job;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox relay.
 *
 * @param pollInterval pause between looks for due jobs
 * @param firstRetry wait after the first failed send; it doubles with every further
 * failure...
 * @param maxRetry ...up to this
 * @param sendTimeout how long one SendMessageBatch may take before it counts as failed
 */
@Validated
@ConfigurationProperties("beanpress.outbox")
record OutboxProperties(@DefaultValue("500ms") @DurationMin(millis = 10) @DurationMax(hours = 1) Duration pollInterval,
		@DefaultValue("1s") @DurationMin(millis = 10) Duration firstRetry,
		@DefaultValue("5m") @DurationMax(hours = 24) Duration maxRetry,
		@DefaultValue("10s") @DurationMin(millis = 100) @DurationMax(minutes = 5) Duration sendTimeout) {

	@AssertTrue(message = "beanpress.outbox.max-retry must be at least beanpress.outbox.first-retry")
	boolean isMaxRetryAtLeastFirstRetry() {
		return maxRetry.compareTo(firstRetry) >= 0;
	}

	/** Exponential back-off: firstRetry x 2^attempts, capped. */
	Duration retryAfter(int failedAttempts) {
		var factor = 1L << Math.min(failedAttempts, 20);
		var delay = firstRetry.multipliedBy(factor);
		return delay.compareTo(maxRetry) > 0 ? maxRetry : delay;
	}

}
