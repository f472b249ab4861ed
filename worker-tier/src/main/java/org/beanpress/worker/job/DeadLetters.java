package org.beanpress.worker.job;

import java.util.Map;

import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.MessageAttributeValue;

/**
 * Moves a message no retry can help (not JSON, unknown type or version) straight to its
 * queue's DLQ with the reason, instead of letting it bounce until the receive limit: no
 * retry storm, and operators see why.
 */
@Component
class DeadLetters {

	static final String REASON_ATTRIBUTE = "beanpress-reason";

	private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

	private final SqsAsyncClient sqs;

	private final SqsQueues queues;

	DeadLetters(SqsAsyncClient sqs, SqsQueues queues) {
		this.sqs = sqs;
		this.queues = queues;
	}

	void send(JobQueue queue, String body, String reason) {
		log.warn("Job refused and moved to the {} DLQ: {}", queue.logicalName(), reason);
		var attribute = MessageAttributeValue.builder().dataType("String").stringValue(reason).build();
		sqs.sendMessage(request -> request.queueUrl(queues.deadLetterUrl(queue))
			.messageBody(body.isEmpty() ? "(empty)" : body)
			.messageAttributes(Map.of(REASON_ATTRIBUTE, attribute))).join();
	}

}
