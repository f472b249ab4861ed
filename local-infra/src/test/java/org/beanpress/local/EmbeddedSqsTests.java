package org.beanpress.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

class EmbeddedSqsTests {

	private static final QueueDefinition MEDIA_JOBS = new QueueDefinition("media-jobs", "media-jobs-dlq", 3, 1);

	private static final QueueDefinition MAIL = new QueueDefinition("mail", "mail-dlq", 5, 30);

	private EmbeddedSqs sqs;

	private SqsClient client;

	@BeforeEach
	void startSqs() {
		sqs = EmbeddedSqs.start(0, List.of(MEDIA_JOBS, MAIL));
		client = SqsClient.builder()
			.endpointOverride(sqs.endpoint())
			.region(Region.EU_WEST_1)
			.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("x", "x")))
			.build();
	}

	@AfterEach
	void stopSqs() {
		client.close();
		sqs.close();
	}

	@Test
	void shouldListenOnLoopbackAtTheGivenEndpoint() {
		assertThat(sqs.endpoint()).hasToString("http://127.0.0.1:" + sqs.port());
		assertThat(sqs.queueUrl("media-jobs")).startsWith(sqs.endpoint() + "/").endsWith("/media-jobs");
	}

	@Test
	void shouldCreateEachQueueWithItsDeadLetterQueueAndRedrivePolicy() {
		assertThat(client.listQueues().queueUrls()).containsExactlyInAnyOrder(sqs.queueUrl("media-jobs"),
				sqs.queueUrl("media-jobs-dlq"), sqs.queueUrl("mail"), sqs.queueUrl("mail-dlq"));

		Map<QueueAttributeName, String> mediaJobs = attributes("media-jobs");
		assertThat(mediaJobs).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "1");
		String deadLetterArn = attributes("media-jobs-dlq").get(QueueAttributeName.QUEUE_ARN);
		assertThat(mediaJobs.get(QueueAttributeName.REDRIVE_POLICY))
			.contains("\"deadLetterTargetArn\":\"" + deadLetterArn + "\"")
			.containsPattern("\"maxReceiveCount\":\"?3\"?");
		assertThat(attributes("mail")).containsEntry(QueueAttributeName.VISIBILITY_TIMEOUT, "30");
	}

	@Test
	void shouldMoveAMessageToTheDeadLetterQueueAfterMaxReceiveCountReceivesWithoutDelete() {
		String queueUrl = sqs.queueUrl("media-jobs");
		client.sendMessage(request -> request.queueUrl(queueUrl).messageBody("resize image 42"));

		AtomicInteger receives = new AtomicInteger();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> {
			for (Message message : receive(queueUrl)) {
				receives.incrementAndGet();
				// a failing consumer: no delete, and the
				// message becomes visible again at once
				client.changeMessageVisibility(request -> request.queueUrl(queueUrl)
					.receiptHandle(message.receiptHandle())
					.visibilityTimeout(0));
			}
			return "1".equals(attributes("media-jobs-dlq").get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES));
		});

		assertThat(receives).hasValue(MEDIA_JOBS.maxReceiveCount());
		assertThat(receive(sqs.queueUrl("media-jobs-dlq"))).extracting(Message::body)
			.containsExactly("resize image 42");
		assertThat(receive(queueUrl)).isEmpty();
	}

	@Test
	void shouldFailToSendWhileStoppedAndSendAgainAfterRestartOnTheSamePort() {
		int port = sqs.port();
		String queueUrl = sqs.queueUrl("mail");

		sqs.stop();
		sqs.stop();
		assertThatThrownBy(() -> client.sendMessage(request -> request.queueUrl(queueUrl).messageBody("welcome")))
			.isInstanceOf(SdkClientException.class);

		sqs.restart();
		assertThat(sqs.port()).isEqualTo(port);
		assertThat(sqs.queueUrl("mail")).isEqualTo(queueUrl);
		client.sendMessage(request -> request.queueUrl(queueUrl).messageBody("welcome"));
		assertThat(receive(queueUrl)).extracting(Message::body).containsExactly("welcome");
		assertThat(attributes("mail").get(QueueAttributeName.REDRIVE_POLICY)).contains("mail-dlq");
	}

	@Test
	void shouldRejectAnUnknownQueueName() {
		assertThatThrownBy(() -> sqs.queueUrl("no-such-queue")).isInstanceOf(IllegalArgumentException.class);
	}

	private List<Message> receive(String queueUrl) {
		return client.receiveMessage(request -> request.queueUrl(queueUrl).maxNumberOfMessages(10).waitTimeSeconds(0))
			.messages();
	}

	private Map<QueueAttributeName, String> attributes(String queueName) {
		return client
			.getQueueAttributes(
					request -> request.queueUrl(sqs.queueUrl(queueName)).attributeNames(QueueAttributeName.ALL))
			.attributes();
	}

}
