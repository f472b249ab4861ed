package org.beanpress.worker.job;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a failed job comes back: after {@code firstRetrySeconds}, then twice as long each
 * time, at most {@code maxRetrySeconds}, until the queue's receive limit sends it to the
 * DLQ. Both are SQS visibility timeouts, so at most 12 hours.
 */
@Validated
@ConfigurationProperties("beanpress.worker.retry")
record JobRetryProperties(@DefaultValue("10") @Min(1) @Max(43_200) int firstRetrySeconds,
		@DefaultValue("900") @Min(1) @Max(43_200) int maxRetrySeconds) {

	@AssertTrue(
			message = "beanpress.worker.retry.max-retry-seconds must be at least beanpress.worker.retry.first-retry-seconds")
	boolean isMaxRetryAtLeastFirstRetry() {
		return maxRetrySeconds >= firstRetrySeconds;
	}

}
