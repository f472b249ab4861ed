package org.beanpress.worker.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.EmbeddedSqs;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.QueueDefinition;
import org.beanpress.local.TestImages;
import org.beanpress.worker.image.ImagePipeline;
import org.beanpress.worker.image.ImagePipelineProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Image jobs whose render takes long: the worker holds no database connection and no row
 * lock meanwhile, and stops a render past the time limit, fails its media with a reason,
 * and goes on with the next job. Renders are held up by the pipeline's own seam, the
 * factory of the threads it renders on. The context has one database connection in all,
 * and queues of its own, so no other test's worker takes these jobs; it is closed after.
 */
@NeedsServices
@DirtiesContext
@SpringBootTest(properties = { "beanpress.tasks.local-schedule=false", "beanpress.worker.media.job-time-limit=3s",
		"spring.datasource.hikari.maximum-pool-size=1", "spring.datasource.hikari.connection-timeout=1000" })
class SlowImageJobTests {

	private static final EmbeddedSqs SQS = EmbeddedSqs.start(0, QueueDefinition.jobQueues(""));

	@DynamicPropertySource
	static void ownQueues(DynamicPropertyRegistry registry) {
		EmbeddedServices.properties().forEach((name, value) -> registry.add(name, () -> value));
		registry.add("spring.cloud.aws.endpoint", () -> SQS.endpoint().toString());
	}

	@AfterAll
	static void stop() {
		SQS.close();
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
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	RenderHook hook;

	@Value("${spring.datasource.url}")
	String databaseUrl;

	@Value("${spring.datasource.username}")
	String databaseUser;

	@Value("${spring.datasource.password}")
	String databasePassword;

	@AfterEach
	void renderAsUsual() {
		this.hook.beforeNextRender(null);
	}

	@Test
	void shouldHoldNoDatabaseConnectionNorLockTheRowWhileRendering() throws IOException {
		var item = pending("gps/DSCN0010.jpg");
		var pooledRead = new CompletableFuture<String>();
		var lockedElsewhere = new CompletableFuture<String>();
		this.hook.beforeNextRender(() -> {
			// the pool's only connection is free: the job holds none
			attempt(pooledRead, () -> this.transaction.execute(status -> statusLockedWithoutWaiting(item.id())));
			attempt(lockedElsewhere, () -> lockWithoutWaitingOnAConnectionOfItsOwn(item.id()));
		});

		send(item);

		var ready = awaitSettled(item);
		assertSoftly(softly -> {
			softly.assertThat(pooledRead).as("the pool's one connection, row locked").isCompletedWithValue("PENDING");
			softly.assertThat(lockedElsewhere)
				.as("a connection of its own, row locked")
				.isCompletedWithValue("PENDING");
		});
		assertThat(ready.status()).isEqualTo(MediaStatus.READY);
		assertThat(media.findVariants(List.of(item.id()))).isNotEmpty();
	}

	@Test
	void shouldFailAnImageWhoseRenderRunsPastTheTimeLimitAndGoOnWithTheNextJob() throws IOException {
		var slow = pending("gps/DSCN0012.jpg");
		var renderThread = new AtomicReference<Thread>();
		this.hook.beforeNextRender(() -> {
			renderThread.set(Thread.currentThread());
			try {
				// as a hostile image's decode would, until the thread is interrupted
				new CountDownLatch(1).await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		});

		send(slow);

		var failed = awaitSettled(slow);
		assertThat(failed.status()).isEqualTo(MediaStatus.FAILED);
		assertThat(failed.failureReason()).startsWith("Processing the image took longer than PT3S");
		assertThat(renderThread.get().isAlive()).as("the render thread ended").isFalse();
		assertThat(media.findVariants(List.of(slow.id()))).isEmpty();
		awaitQueueEmpty();
		assertThat(workFolders(slow)).isEmpty();

		var next = pending("gps/DSCN0021.jpg");
		send(next);
		assertThat(awaitSettled(next).status()).isEqualTo(MediaStatus.READY);
	}

	private static void attempt(CompletableFuture<String> result, Supplier<String> action) {
		try {
			result.complete(action.get());
		}
		catch (RuntimeException ex) {
			result.completeExceptionally(ex);
		}
	}

	/** The media's status, read with the row locked, refusing to wait for any lock. */
	private String statusLockedWithoutWaiting(long mediaId) {
		return this.jdbc.sql("SELECT status FROM media WHERE id = ? FOR UPDATE NOWAIT")
			.param(mediaId)
			.query(String.class)
			.single();
	}

	private String lockWithoutWaitingOnAConnectionOfItsOwn(long mediaId) {
		try (var connection = DriverManager.getConnection(this.databaseUrl, this.databaseUser, this.databasePassword)) {
			connection.setAutoCommit(false);
			try (var statement = connection
				.prepareStatement("SELECT status FROM media WHERE id = ? FOR UPDATE NOWAIT")) {
				statement.setLong(1, mediaId);
				try (var result = statement.executeQuery()) {
					result.next();
					return result.getString(1);
				}
			}
			finally {
				connection.rollback();
			}
		}
		catch (SQLException ex) {
			return ex.getMessage();
		}
	}

	private Media pending(String testImage) throws IOException {
		return PendingMedia.of(Files.readAllBytes(TestImages.file(testImage)), this.users, this.storage, this.media);
	}

	private void send(Media item) {
		this.sqs
			.sendMessage(request -> request.queueUrl(this.queues.url(JobQueue.IMAGES))
				.messageBody(JobCodec.write(ImageProcessJob.forMedia(item.id()))))
			.join();
	}

	/**
	 * Waits for the media to settle; a read may time out waiting for the one connection
	 * while something else has it.
	 */
	private Media awaitSettled(Media item) {
		await().atMost(Duration.ofSeconds(60))
			.ignoreExceptionsInstanceOf(TransientDataAccessException.class)
			.until(() -> this.media.findById(item.id()).orElseThrow().status() != MediaStatus.PENDING);
		return this.media.findById(item.id()).orElseThrow();
	}

	private void awaitQueueEmpty() {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			var attributes = this.sqs
				.getQueueAttributes(request -> request.queueUrl(this.queues.url(JobQueue.IMAGES))
					.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
							QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
				.join()
				.attributes();
			return attributes.values().stream().allMatch("0"::equals);
		});
	}

	private List<Path> workFolders(Media item) throws IOException {
		try (var entries = Files.list(this.storage.root().resolve("tmp"))) {
			return entries.filter(path -> path.getFileName().toString().startsWith("job-" + item.id() + "-")).toList();
		}
	}

	/**
	 * What the next render does on its thread before rendering: anything a test wants to
	 * happen, or hold the render up with, while an image job renders.
	 */
	static final class RenderHook {

		private final AtomicReference<Runnable> next = new AtomicReference<>();

		void beforeNextRender(Runnable action) {
			this.next.set(action);
		}

		void run() {
			var action = this.next.getAndSet(null);
			if (action != null) {
				action.run();
			}
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class HookedRenders {

		@Bean
		RenderHook renderHook() {
			return new RenderHook();
		}

		@Bean
		@Primary
		ImagePipeline hookedPipeline(ImagePipelineProperties properties, MediaProperties limits, RenderHook hook) {
			return new ImagePipeline(properties, limits.maxPixels(), render -> new Thread(() -> {
				hook.run();
				render.run();
			}, "hooked-image-render"));
		}

	}

}
