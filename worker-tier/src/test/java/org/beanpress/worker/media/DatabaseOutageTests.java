package org.beanpress.worker.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedMariaDb;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.EmbeddedSqs;
import org.beanpress.local.LoopbackPorts;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.QueueDefinition;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The database goes away in the middle of the work: the image job fails, its message
 * comes back through the visibility timeout, and the job is done once the database is
 * back. This test has a MariaDB and an ElasticMQ of its own, so stopping them touches no
 * other test, and its application context is closed after it.
 */
@NeedsServices
@DirtiesContext
@SpringBootTest(properties = { "beanpress.tasks.local-schedule=false", "beanpress.worker.retry.first-retry-seconds=1",
		"spring.datasource.hikari.connection-timeout=1000" })
class DatabaseOutageTests {

	private static final Path DATA = createTemporaryFolder();

	private static final int DATABASE_PORT = LoopbackPorts.resolve(0);

	private static EmbeddedMariaDb database = EmbeddedMariaDb.start(DATA.resolve("mysql"), DATABASE_PORT, "beanpress");

	private static final EmbeddedSqs SQS = EmbeddedSqs.start(0, QueueDefinition.jobQueues(""));

	@DynamicPropertySource
	static void ownDatabaseAndQueues(DynamicPropertyRegistry registry) {
		EmbeddedServices.properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
		registry.add("spring.cloud.aws.endpoint", () -> SQS.endpoint().toString());
		registry.add("beanpress.storage.root", () -> DATA.resolve("storage").toString());
	}

	@AfterAll
	static void stop() {
		SQS.close();
		database.close();
	}

	@Autowired
	UserRepository users;

	@Autowired
	MediaRepository media;

	@Autowired
	SharedStorage storage;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsQueues queues;

	@Autowired
	MeterRegistry metrics;

	@Test
	void shouldRetryAnImageJobThroughADatabaseOutageAndFinishItWhenTheDatabaseIsBack() throws IOException {
		var item = PendingMedia.of(Files.readAllBytes(TestImages.file("gps/DSCN0027.jpg")), users, storage, media);

		database.close();
		sqs.sendMessage(request -> request.queueUrl(queues.url(JobQueue.IMAGES))
			.messageBody(JobCodec.write(ImageProcessJob.forMedia(item.id())))).join();

		// attempts fail while the database is down, and
		// the message is left for SQS to deliver again
		await().atMost(Duration.ofSeconds(60)).until(() -> retried() >= 2);
		database = EmbeddedMariaDb.start(DATA.resolve("mysql"), DATABASE_PORT, "beanpress");

		// the test's own reads share the pool, which
		// may still be reconnecting for a moment
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptionsInstanceOf(TransientDataAccessException.class)
			.until(() -> media.findById(item.id()).orElseThrow().status() == MediaStatus.READY);
		assertThat(media.findVariants(List.of(item.id()))).extracting(variant -> variant.sizeName())
			.contains("thumbnail", "medium")
			.doesNotHaveDuplicates();
		await().atMost(Duration.ofSeconds(30)).until(() -> messagesLeft() == 0);
	}

	private double retried() {
		var timer = metrics.find("beanpress.jobs").tags("queue", "images", "outcome", "retried").timer();
		return timer == null ? 0 : timer.count();
	}

	private long messagesLeft() {
		var attributes = sqs
			.getQueueAttributes(request -> request.queueUrl(queues.url(JobQueue.IMAGES))
				.attributeNamesWithStrings("ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"))
			.join()
			.attributesAsStrings();
		return attributes.values().stream().mapToLong(Long::parseLong).sum();
	}

	private static Path createTemporaryFolder() {
		try {
			return Files.createTempDirectory("beanpress-outage");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
