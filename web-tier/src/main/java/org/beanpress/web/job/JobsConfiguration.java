package org.beanpress.web.job;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.beanpress.core.job.JobsProperties;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.job.SqsQueues;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The outbox relay's schedule, the queue lookup, and the outbox metrics operators watch
 * for relay lag.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class JobsConfiguration {

	@Bean
	SqsQueues sqsQueues(SqsAsyncClient sqs, JobsProperties properties) {
		return new SqsQueues(sqs, properties);
	}

	@Bean
	Gauge outboxPending(MeterRegistry registry, OutboxRepository outbox) {
		return Gauge.builder("beanpress.outbox.pending", outbox, OutboxRepository::countPending)
			.description("Jobs written but not yet sent to SQS")
			.register(registry);
	}

	@Bean
	Gauge outboxOldestAge(MeterRegistry registry, OutboxRepository outbox, Clock clock) {
		return Gauge
			.builder("beanpress.outbox.oldest.age", outbox,
					repository -> repository.oldestPendingCreatedAt()
						.map(created -> Duration.between(created, clock.instant()).toMillis() / 1000.0)
						.orElse(0.0))
			.baseUnit("seconds")
			.description("Age of the oldest job not yet sent to SQS")
			.register(registry);
	}

}
