package org.beanpress.worker.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many jobs of each queue one worker runs at once.
 *
 * @param imageConcurrency image jobs at once: CPU-bound, so one per core unless set
 * @param cacheConcurrency cache jobs at once: short I/O
 */
@Validated
@ConfigurationProperties("beanpress.worker")
record JobListenerProperties(@Min(1) @Max(64) Integer imageConcurrency,
		@DefaultValue("8") @Min(1) @Max(64) int cacheConcurrency) {

	JobListenerProperties {
		if (imageConcurrency == null) {
			imageConcurrency = Runtime.getRuntime().availableProcessors();
		}
	}

}
