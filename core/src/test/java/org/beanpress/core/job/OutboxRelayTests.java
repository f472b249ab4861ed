package org.beanpress.core.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import org.beanpress.core.settings.PropertyDefaults;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;

/** The relay both tiers run, from outbox rows in MariaDB to the embedded SQS. */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class OutboxRelayTests {

	@Autowired
	OutboxRelay relay;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsQueues queues;

	@Autowired
	JdbcClient jdbc;

	@Test
	void shouldSendADueJobToItsQueueAsPlainJson() {
		var mediaId = System.nanoTime();
		outbox.enqueue(JobQueue.IMAGES, ImageProcessJob.forMedia(mediaId));

		await().atMost(Duration.ofSeconds(30)).until(() -> sent(mediaId));
		var message = receiveUntil(body -> body.contains("\"mediaId\":" + mediaId + ","));
		assertThat(message.body()).contains("\"type\":\"image.process\"", "\"version\":1");
		assertThat(message.messageAttributes()).doesNotContainKey("JavaType");
	}

	@Test
	void shouldKeepJobsWhileSqsIsDownAndSendThemWhenItReturns() {
		var mediaId = System.nanoTime();
		EmbeddedServices.sqs().stop();
		try {
			outbox.enqueue(JobQueue.IMAGES, ImageProcessJob.forMedia(mediaId));
			await().atMost(Duration.ofSeconds(30)).until(() -> attempts(mediaId) >= 1);
			assertThat(sent(mediaId)).isFalse();
		}
		finally {
			EmbeddedServices.sqs().restart();
		}

		await().atMost(Duration.ofSeconds(60)).until(() -> sent(mediaId));
		assertThat(receiveUntil(body -> body.contains("\"mediaId\":" + mediaId + ","))).isNotNull();
	}

	@Test
	void shouldSendEveryRowExactlyOnceWhenRelaysRunTogether() {
		var marker = UUID.randomUUID().toString();
		for (int i = 0; i < 45; i++) {
			outbox.enqueue(JobQueue.CACHE, new Probe(marker, i));
		}

		CompletableFuture
			.allOf(CompletableFuture.runAsync(relay::relayDue), CompletableFuture.runAsync(relay::relayDue),
					CompletableFuture.runAsync(relay::relayDue))
			.join();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT COUNT(*) FROM outbox WHERE sent_at IS NULL AND body LIKE ?")
				.param("%" + marker + "%")
				.query(Long.class)
				.single() == 0);

		var received = new ArrayList<String>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			receive(JobQueue.CACHE).stream()
				.map(Message::body)
				.filter(body -> body.contains(marker))
				.forEach(received::add);
			return received.size() >= 45;
		});
		assertThat(received).hasSize(45).doesNotHaveDuplicates();
	}

	@Test
	void shouldBackOffExponentiallyUpToTheLimit() {
		var properties = PropertyDefaults.of(OutboxProperties.class);

		assertThat(properties.retryAfter(0)).isEqualTo(Duration.ofSeconds(1));
		assertThat(properties.retryAfter(3)).isEqualTo(Duration.ofSeconds(8));
		assertThat(properties.retryAfter(30)).isEqualTo(Duration.ofMinutes(5));
	}

	record Probe(String marker, int n) {
	}

	private boolean sent(long mediaId) {
		return jdbc.sql("SELECT sent_at IS NOT NULL FROM outbox WHERE body LIKE ?")
			.param("%\"mediaId\":" + mediaId + ",%")
			.query(Boolean.class)
			.single();
	}

	private int attempts(long mediaId) {
		return jdbc.sql("SELECT attempts FROM outbox WHERE body LIKE ?")
			.param("%\"mediaId\":" + mediaId + ",%")
			.query(Integer.class)
			.single();
	}

	private Message receiveUntil(Predicate<String> wanted) {
		var found = new ArrayList<Message>();
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			receive(JobQueue.IMAGES).stream().filter(message -> wanted.test(message.body())).forEach(found::add);
			return !found.isEmpty();
		});
		return found.get(0);
	}

	/** Receives (and deletes) what is there now. */
	private List<Message> receive(JobQueue queue) {
		var url = queues.url(queue);
		var messages = sqs
			.receiveMessage(request -> request.queueUrl(url)
				.maxNumberOfMessages(10)
				.waitTimeSeconds(1)
				.messageAttributeNames("All"))
			.join()
			.messages();
		messages.forEach(
				message -> sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle()))
					.join());
		return messages;
	}

}
