package org.beanpress.core.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.SendMessageBatchRequestEntry;

/**
 * Sends outbox rows to SQS. Every instance of both tiers runs it, because both write
 * outbox rows (the web tier for uploads and edits, the worker for the pages an image
 * shows and for bulk jobs): jobs go out while either tier is down. Rows are claimed with
 * SKIP LOCKED, so instances share the work and never send a row at the same time; they
 * are sent in batches of ten (SendMessageBatch) and marked sent in the same transaction.
 * A failed send is retried later with exponential back-off. A crash between sending and
 * marking sends the row again: delivery is at least once, and every job handler is
 * idempotent.
 */
@Component
class OutboxRelay implements SchedulingConfigurer {

	static final int BATCH_SIZE = 10;

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private final OutboxRepository outbox;

	private final SqsAsyncClient sqs;

	private final SqsQueues queues;

	private final TransactionTemplate transaction;

	private final OutboxProperties properties;

	OutboxRelay(OutboxRepository outbox, SqsAsyncClient sqs, SqsQueues queues, TransactionTemplate transaction,
			OutboxProperties properties) {
		this.outbox = outbox;
		this.sqs = sqs;
		this.queues = queues;
		this.transaction = transaction;
		this.properties = properties;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		registrar.addFixedDelayTask(this::relayDue, this.properties.pollInterval());
	}

	/**
	 * Drains what is due, batch after batch, until a batch comes back short or had
	 * failures.
	 */
	void relayDue() {
		Result result;
		do {
			result = transaction.execute(status -> relayBatch());
		}
		while (result.claimed() == BATCH_SIZE && result.failed() == 0);
	}

	record Result(int claimed, int failed) {
	}

	private Result relayBatch() {
		var batch = outbox.claimDue(BATCH_SIZE);
		var sent = new ArrayList<Long>();
		var failed = 0;
		Map<String, List<OutboxMessage>> byQueue = batch.stream().collect(Collectors.groupingBy(OutboxMessage::queue));
		for (var entry : byQueue.entrySet()) {
			var delivered = send(JobQueue.ofLogicalName(entry.getKey()), entry.getValue());
			sent.addAll(delivered);
			for (var message : entry.getValue()) {
				if (!delivered.contains(message.id())) {
					outbox.markFailed(message.id(), properties.retryAfter(message.attempts()));
					failed++;
				}
			}
		}
		outbox.markSent(sent);
		return new Result(batch.size(), failed);
	}

	/** Sends one queue's messages in one request; returns the ids SQS accepted. */
	private List<Long> send(JobQueue queue, List<OutboxMessage> messages) {
		var entries = messages.stream()
			.map(message -> SendMessageBatchRequestEntry.builder()
				.id(Long.toString(message.id()))
				.messageBody(message.body())
				.build())
			.toList();
		try {
			var response = sqs.sendMessageBatch(request -> request.queueUrl(queues.url(queue)).entries(entries))
				.get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
			response.failed()
				.forEach(failure -> log.warn("SQS refused outbox row {}: {} {}", failure.id(), failure.code(),
						failure.message()));
			return response.successful().stream().map(success -> Long.parseLong(success.id())).toList();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		catch (Exception ex) {
			// SQS unreachable or slow: the rows stay, and go out when it answers again
			log.warn("Could not send {} job(s) to {}: {}", messages.size(), queue.logicalName(), ex.toString());
			return List.of();
		}
	}

}
