package org.beanpress.web.ops;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.job.RegenerateVariantsJob;
import org.beanpress.core.job.SqsQueues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageSystemAttributeName;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Queue depths, DLQ redrive and bulk jobs for admins. Depths are SQS's approximate counts
 * (they settle within about a minute on AWS). The age of the oldest dead letter is read
 * by peeking (receive with visibility 0): harmless on a DLQ, which has no receive limit.
 * A source queue is never peeked, since every receive counts towards its DLQ limit; its
 * oldest-message age is CloudWatch's ApproximateAgeOfOldestMessage.
 */
@Service
class QueueOperations {

	private final SqsAsyncClient sqs;

	private final SqsQueues queues;

	private final OutboxRepository outbox;

	private final Clock clock;

	QueueOperations(SqsAsyncClient sqs, SqsQueues queues, OutboxRepository outbox, Clock clock) {
		this.sqs = sqs;
		this.queues = queues;
		this.outbox = outbox;
		this.clock = clock;
	}

	List<QueueState> states() {
		return Arrays.stream(JobQueue.values()).map(this::state).toList();
	}

	/**
	 * Moves the DLQ's messages back to their queue (SQS StartMessageMoveTask); returns
	 * the task handle.
	 */
	String redrive(JobQueue queue) {
		var source = arn(queues.deadLetterUrl(queue));
		var destination = arn(queues.url(queue));
		return sqs.startMessageMoveTask(request -> request.sourceArn(source).destinationArn(destination))
			.join()
			.taskHandle();
	}

	/** Starts the bulk job that makes every media item's variants again. */
	@Transactional
	void regenerateAllVariants() {
		outbox.enqueue(JobQueue.IMAGES, RegenerateVariantsJob.from(0));
	}

	private QueueState state(JobQueue queue) {
		var main = counts(queues.url(queue));
		var dead = counts(queues.deadLetterUrl(queue));
		return new QueueState(queue.logicalName(), count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES),
				count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
				count(main, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED),
				count(dead, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
						+ count(dead, QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE),
				oldestAgeSeconds(queues.deadLetterUrl(queue)));
	}

	private Map<QueueAttributeName, String> counts(String url) {
		return sqs
			.getQueueAttributes(request -> request.queueUrl(url)
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE,
						QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_DELAYED))
			.join()
			.attributes();
	}

	private static long count(Map<QueueAttributeName, String> attributes, QueueAttributeName name) {
		return Long.parseLong(attributes.getOrDefault(name, "0"));
	}

	private Long oldestAgeSeconds(String deadLetterUrl) {
		return sqs
			.receiveMessage(request -> request.queueUrl(deadLetterUrl)
				.maxNumberOfMessages(10)
				.visibilityTimeout(0)
				.messageSystemAttributeNames(MessageSystemAttributeName.SENT_TIMESTAMP))
			.join()
			.messages()
			.stream()
			.map(message -> Long.parseLong(message.attributes().get(MessageSystemAttributeName.SENT_TIMESTAMP)))
			.min(Long::compare)
			.map(sent -> Math.max(0, (clock.millis() - sent) / 1000))
			.orElse(null);
	}

	private String arn(String url) {
		return sqs.getQueueAttributes(request -> request.queueUrl(url).attributeNames(QueueAttributeName.QUEUE_ARN))
			.join()
			.attributes()
			.get(QueueAttributeName.QUEUE_ARN);
	}

}
