package org.beanpress.worker.job;

import java.time.Duration;

import io.awspring.cloud.sqs.config.SqsMessageListenerContainerFactory;
import io.awspring.cloud.sqs.listener.errorhandler.ExponentialBackoffErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/** One listener container factory per queue, each with its own concurrency. */
@Configuration(proxyBeanMethods = false)
class WorkerJobsConfiguration {

	static final String IMAGE_LISTENERS = "imageListenerFactory";

	static final String CACHE_LISTENERS = "cacheListenerFactory";

	@Bean(IMAGE_LISTENERS)
	SqsMessageListenerContainerFactory<Object> imageListenerFactory(SqsAsyncClient sqs, JobRetryProperties retry,
			JobListenerProperties listeners) {
		return factory(sqs, retry, listeners.imageConcurrency(), listeners.pollTimeout());
	}

	@Bean(CACHE_LISTENERS)
	SqsMessageListenerContainerFactory<Object> cacheListenerFactory(SqsAsyncClient sqs, JobRetryProperties retry,
			JobListenerProperties listeners) {
		return factory(sqs, retry, listeners.cacheConcurrency(), listeners.pollTimeout());
	}

	/**
	 * Takes as many messages at a time as it runs jobs at once. Acknowledges (deletes)
	 * each message as soon as its job is done rather than in timed batches: batched acks
	 * still buffered at shutdown are lost (spring-cloud-aws #1661), and a deploy would
	 * then redo finished jobs. A job that throws comes back with exponential back-off
	 * (its visibility set from its receive count), not after the whole timeout, and never
	 * at once. On SIGTERM polling stops and jobs in flight get a bounded time to finish;
	 * unfinished ones reappear after their visibility timeout for another worker.
	 */
	private static SqsMessageListenerContainerFactory<Object> factory(SqsAsyncClient sqs, JobRetryProperties retry,
			int concurrency, Duration pollTimeout) {
		return SqsMessageListenerContainerFactory.builder()
			.sqsAsyncClient(sqs)
			.errorHandler(ExponentialBackoffErrorHandler.builder()
				.initialVisibilityTimeoutSeconds(retry.firstRetrySeconds())
				.multiplier(2)
				.maxVisibilityTimeoutSeconds(retry.maxRetrySeconds())
				.build())
			.configure(options -> options.maxConcurrentMessages(concurrency)
				.maxMessagesPerPoll(concurrency)
				.pollTimeout(pollTimeout)
				.acknowledgementInterval(Duration.ZERO)
				.acknowledgementThreshold(0)
				.listenerShutdownTimeout(Duration.ofSeconds(25))
				.acknowledgementShutdownTimeout(Duration.ofSeconds(5)))
			.build();
	}

}
