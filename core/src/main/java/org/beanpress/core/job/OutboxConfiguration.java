package org.beanpress.core.job;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The outbox relay's schedule in both tiers, and the outbox metrics operators watch for
 * relay lag.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OutboxConfiguration {

	/**
	 * Bound to the tier's meter registry (CloudWatch in AWS); the same database-wide
	 * figures from every instance.
	 */
	@Bean
	MeterBinder outboxMetrics(OutboxRepository outbox, Clock clock) {
		return registry -> {
			Gauge.builder("beanpress.outbox.pending", outbox, OutboxRepository::countPending)
				.description("Jobs written but not yet sent to SQS")
				.register(registry);
			Gauge
				.builder("beanpress.outbox.oldest.age", outbox,
						repository -> repository.oldestPendingCreatedAt()
							.map(created -> Duration.between(created, clock.instant()).toMillis() / 1000.0)
							.orElse(0.0))
				.baseUnit("seconds")
				.description("Age of the oldest job not yet sent to SQS")
				.register(registry);
		};
	}

}
