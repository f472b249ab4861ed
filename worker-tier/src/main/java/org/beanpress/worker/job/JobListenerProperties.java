package org.beanpress.worker.job;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many jobs of each queue one worker runs at once.
 *
 * @param imageConcurrency image jobs at once: CPU-bound, so one per core unless set
 * @param cacheConcurrency cache jobs at once: short I/O
 * @param pollTimeout how long one receive waits for messages (SQS long polling, at most
 * 20 s); a stopping worker waits for the polls in flight, so the local stack shortens it
 */
@Validated
@ConfigurationProperties("beanpress.worker")
record JobListenerProperties(@Min(1) @Max(64) Integer imageConcurrency,
		@DefaultValue("8") @Min(1) @Max(64) int cacheConcurrency,
		@DefaultValue("10s") @DurationMin(seconds = 1) @DurationMax(seconds = 20) Duration pollTimeout) {

	JobListenerProperties {
		if (imageConcurrency == null) {
			imageConcurrency = Runtime.getRuntime().availableProcessors();
		}
	}

}
