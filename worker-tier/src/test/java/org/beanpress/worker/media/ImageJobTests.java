package org.beanpress.worker.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.job.ImageProcessJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;
import software.amazon.awssdk.services.sqs.model.Message;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * The worker consuming real SQS messages (ElasticMQ) against MariaDB and shared storage
 * on disk.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class ImageJobTests {

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
	PostRepository posts;

	@Autowired
	MeterRegistry metrics;

	@Autowired
	MediaProcessor processor;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	StringRedisTemplate redis;

	final Map<String, Message> deadLetters = new ConcurrentHashMap<>();

	@Test
	void shouldMakeThePhotosVariantsAndMarkItReady() throws IOException {
		var item = pending("exif/jolla.jpg");

		send(JobCodec.write(ImageProcessJob.forMedia(item.id())));

		var ready = awaitSettled(item);
		assertThat(ready.status()).isEqualTo(MediaStatus.READY);
		var variants = media.findVariants(List.of(item.id()));
		assertThat(variants).extracting(variant -> variant.sizeName())
			.containsExactlyInAnyOrder("thumbnail", "medium", "medium_large", "large", "1536x1536", "2048x2048",
					"scaled");
		for (var variant : variants) {
			assertThat(storage.resolve(variant.storageKey().value())).isRegularFile().hasSize(variant.bytes());
			assertThat(variant.storageKey().value())
				.startsWith("variants/" + item.ownerId() + "/" + item.sha256() + "-" + variant.sizeName() + "-");
		}
		assertThat(listFiles(storage.root().resolve("tmp")))
			.noneMatch(path -> path.getFileName().toString().startsWith("job-"));
		await().atMost(Duration.ofSeconds(10)).until(() -> jobs("image.process v1", "done") > 0);
	}

	@Test
	void shouldAskToRewarmThePagesShowingTheImageOnceItIsReady() throws IOException {
		var item = pending("gps/DSCN0012.jpg");
		var postId = postShowing(item);

		send(JobCodec.write(ImageProcessJob.forMedia(item.id())));

		awaitSettled(item);
		assertThat(cacheJobsFor(postId)).isOne();
	}

	/**
	 * A worker-only deploy, or a web outage: this context is the worker alone, so only
	 * its own outbox relay can send the image job an upload left in the outbox, and the
	 * page job the READY image leaves there in turn.
	 */
	@Test
	void shouldWarmThePostPageOfAnImageItProcessedWithNoWebTierRunning() throws IOException {
		var item = pending("gps/DSCN0040.jpg");
		var postId = postShowing(item);
		var slug = posts.findById(postId).orElseThrow().slug();

		outbox.enqueue(JobQueue.IMAGES, ImageProcessJob.forMedia(item.id()));

		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			var variants = media.findVariants(List.of(item.id()));
			assertThat(variants).isNotEmpty();
			assertThat(redis.opsForValue().get(CacheKeys.post(slug))).contains("srcset=",
					variants.get(variants.size() - 1).storageKey().url());
		});
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND sent_at IS NOT NULL AND body LIKE ?")
			.param("%\"postId\":" + postId + ",%")
			.query(Long.class)
			.single()).as("sent by the worker's relay").isOne();
	}

	@Test
	void shouldDecodeAsTheUploadsProbeSaysAndProbeAgainToRegenerate() throws IOException {
		// stored 1800x1200, shown 1200x1800 (EXIF orientation 6); the
		// row says what the upload's probe found, and were it wrong, the
		// job would follow the row rather than read the header again
		var item = pending("orientation/Portrait_6.jpg");
		jdbc.sql("UPDATE media SET orientation = 1, width = 1800, height = 1200 WHERE id = ?")
			.param(item.id())
			.update();

		processor.process(item.id(), false);
		assertThat(size(item, "medium")).containsExactly(300, 200);

		processor.process(item.id(), true);
		assertThat(size(item, "medium")).as("regenerated with today's probe").containsExactly(200, 300);
		var probed = media.findById(item.id()).orElseThrow();
		assertThat(probed.image()).contains(ImageInfo.ofDisplaySize(ImageType.JPEG, 1200, 1800, 6, false, true));
	}

	@Test
	void shouldGiveMediaMadeBeforeTheFullSizeCopyExistedOneWhenRegenerated() throws IOException {
		var item = pending("gps/DSCN0021.jpg");
		processor.process(item.id(), false);
		jdbc.sql("DELETE FROM media_variants WHERE media_id = ? AND size_name = 'full'").param(item.id()).update();

		// what each image.process job of the admins' media.regenerate does
		processor.process(item.id(), true);

		assertThat(size(item, "full")).containsExactly(640, 480);
	}

	@Test
	void shouldProbeMediaUploadedBeforeTheProbeWasKeptAndKeepWhatItFound() throws IOException {
		var item = pending("orientation/Portrait_6.jpg");
		jdbc.sql("UPDATE media SET orientation = NULL, progressive = NULL, eight_bit_colour = NULL WHERE id = ?")
			.param(item.id())
			.update();

		processor.process(item.id(), false);

		assertThat(size(item, "medium")).containsExactly(200, 300);
		assertThat(media.findById(item.id()).orElseThrow().image()).map(ImageInfo::orientation).contains(6);
	}

	@Test
	void shouldProcessAJobDeliveredTwiceOnce() throws IOException {
		var item = pending("gps/DSCN0040.jpg");
		var body = JobCodec.write(ImageProcessJob.forMedia(item.id()));

		send(body);
		send(body);

		awaitSettled(item);
		awaitQueueEmpty(JobQueue.IMAGES);
		var variants = media.findVariants(List.of(item.id()));
		assertThat(variants).extracting(variant -> variant.sizeName()).doesNotHaveDuplicates();
		assertThat(listFiles(storage.resolve("variants/" + item.ownerId())))
			.filteredOn(path -> path.getFileName().toString().startsWith(item.sha256()))
			.hasSameSizeAs(variants);
	}

	@Test
	void shouldMakeOneSetOfVariantsWhenTwoWorkersTakeTheSameJobAtOnce() throws Exception {
		var item = pending("gps/DSCN0021.jpg");
		var postId = postShowing(item);
		var bothStarted = new CyclicBarrier(2);
		var workers = Executors.newFixedThreadPool(2);
		try {
			// two workers, each with its own database
			// connection, as two instances would be
			var runs = List.of(workers.submit(() -> processAfter(bothStarted, item)),
					workers.submit(() -> processAfter(bothStarted, item)));
			for (var run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			workers.shutdownNow();
		}

		assertThat(media.findById(item.id()).orElseThrow().status()).isEqualTo(MediaStatus.READY);
		var variants = media.findVariants(List.of(item.id()));
		assertThat(variants).extracting(variant -> variant.sizeName()).doesNotHaveDuplicates().isNotEmpty();
		assertThat(listFiles(storage.resolve("variants/" + item.ownerId())))
			.filteredOn(path -> path.getFileName().toString().startsWith(item.sha256()))
			.hasSameSizeAs(variants);
		assertThat(cacheJobsFor(postId)).as("the image became READY once, so its post is rewarmed once").isOne();
	}

	@Test
	void shouldMarkAnUndecodableImageFailedWithAReadableReasonAndDeleteTheMessage() throws IOException {
		var item = pendingBytes(truncatedJpeg());

		send(JobCodec.write(ImageProcessJob.forMedia(item.id())));

		var failed = awaitSettled(item);
		assertThat(failed.status()).isEqualTo(MediaStatus.FAILED);
		assertThat(failed.failureReason()).isNotBlank().doesNotContain("Exception", "at org.");
		awaitQueueEmpty(JobQueue.IMAGES);
	}

	@Test
	void shouldRetryAJobWhoseOriginalIsNotInStorageYetUntilItIs() throws IOException {
		var owner = users.create("late-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		var bytes = Files.readAllBytes(TestImages.file("gps/DSCN0025.jpg"));
		var received = storage.receive(new ByteArrayInputStream(bytes), bytes.length);
		var key = MediaKey.original(owner.id(), received.sha256(), ImageType.JPEG);
		var item = media.insertPending(new NewMedia(owner.id(), key, "late.jpg",
				new ImageInfo(ImageType.JPEG, 640, 480, 1), received.bytes(), received.sha256()));

		send(JobCodec.write(ImageProcessJob.forMedia(item.id())));
		// the first attempt finds no file and fails: storage
		// trouble is transient, so the message comes back
		await().atMost(Duration.ofSeconds(30)).until(() -> inFlight(JobQueue.IMAGES) > 0);
		assertThat(media.findById(item.id()).orElseThrow().status()).isEqualTo(MediaStatus.PENDING);
		storage.publish(received, key.value());

		assertThat(awaitSettled(item).status()).isEqualTo(MediaStatus.READY);
	}

	@Test
	void shouldMoveAMessageThatIsNotJsonToTheDlqWithoutRetrying() {
		var body = "not json " + System.nanoTime();

		send(body);

		var dead = awaitDeadLetter(body);
		assertThat(dead.messageAttributes().get("beanpress-reason").stringValue()).isEqualTo("The message is not JSON");
		awaitQueueEmpty(JobQueue.IMAGES);
		// timed under a type no sender can choose
		await().atMost(Duration.ofSeconds(10)).until(() -> jobs("unknown", "dead_letter") > 0);
	}

	@Test
	void shouldMoveUnknownTypesAndVersionsToTheDlq() {
		var unknownType = JobCodec
			.write(Map.of("type", "image.explode", "version", 1, "jobId", UUID.randomUUID().toString()));
		var unknownVersion = JobCodec
			.write(Map.of("type", "image.process", "version", 99, "jobId", UUID.randomUUID().toString(), "mediaId", 1));

		send(unknownType);
		send(unknownVersion);

		assertThat(awaitDeadLetter(unknownType).messageAttributes().get("beanpress-reason").stringValue())
			.isEqualTo("No handler for job image.explode v1");
		assertThat(awaitDeadLetter(unknownVersion).messageAttributes().get("beanpress-reason").stringValue())
			.isEqualTo("No handler for job image.process v99");
	}

	@Test
	void shouldIgnoreAJobForMediaThatNoLongerExists() {
		send(JobCodec.write(ImageProcessJob.forMedia(987_654_321L)));

		awaitQueueEmpty(JobQueue.IMAGES);
		assertThat(media.findById(987_654_321L)).isEmpty();
	}

	private long postShowing(Media item) {
		var postId = posts.insert("shows-" + System.nanoTime(), item.ownerId(), new PostContent("Shows it", "x",
				"<p><img src=\"" + item.originalKey().url() + "\" alt=\"x\" /></p>", "x", PostStatus.PUBLISHED));
		posts.replaceImages(postId, List.of(item.originalKey()));
		return postId;
	}

	private List<Integer> size(Media item, String sizeName) {
		return media.findVariants(List.of(item.id()))
			.stream()
			.filter(variant -> variant.sizeName().equals(sizeName))
			.map(variant -> List.of(variant.width(), variant.height()))
			.findFirst()
			.orElseThrow();
	}

	private long cacheJobsFor(long postId) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND body LIKE ?")
			.param("%\"postId\":" + postId + ",%")
			.query(Long.class)
			.single();
	}

	private Void processAfter(CyclicBarrier start, Media item) throws Exception {
		start.await(10, TimeUnit.SECONDS);
		processor.process(item.id(), false);
		return null;
	}

	private long jobs(String type, String outcome) {
		var timer = metrics.find("beanpress.jobs").tags("queue", "images", "type", type, "outcome", outcome).timer();
		return timer == null ? 0 : timer.count();
	}

	private Media pending(String testImage) throws IOException {
		return pendingBytes(Files.readAllBytes(TestImages.file(testImage)));
	}

	private Media pendingBytes(byte[] bytes) throws IOException {
		return PendingMedia.of(bytes, users, storage, media);
	}

	/**
	 * A real photo cut off after a third of its bytes: its header is fine, its image data
	 * is not.
	 */
	private static byte[] truncatedJpeg() throws IOException {
		var bytes = Files.readAllBytes(TestImages.file("gps/DSCN0042.jpg"));
		return Arrays.copyOf(bytes, bytes.length / 3);
	}

	private void send(String body) {
		sqs.sendMessage(request -> request.queueUrl(queues.url(JobQueue.IMAGES)).messageBody(body)).join();
	}

	private Media awaitSettled(Media item) {
		await().atMost(Duration.ofSeconds(60))
			.until(() -> media.findById(item.id()).orElseThrow().status() != MediaStatus.PENDING);
		return media.findById(item.id()).orElseThrow();
	}

	private long inFlight(JobQueue queue) {
		return Long.parseLong(sqs
			.getQueueAttributes(request -> request.queueUrl(queues.url(queue))
				.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
			.join()
			.attributes()
			.get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE));
	}

	private void awaitQueueEmpty(JobQueue queue) {
		await().atMost(Duration.ofSeconds(60)).until(() -> {
			var attributes = sqs
				.getQueueAttributes(request -> request.queueUrl(queues.url(queue))
					.attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES,
							QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES_NOT_VISIBLE))
				.join()
				.attributes();
			return attributes.values().stream().allMatch("0"::equals);
		});
	}

	/**
	 * Waits for a body in the images DLQ; everything received there is deleted and kept
	 * for later calls.
	 */
	private Message awaitDeadLetter(String body) {
		var url = queues.deadLetterUrl(JobQueue.IMAGES);
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			for (var message : sqs
				.receiveMessage(request -> request.queueUrl(url)
					.maxNumberOfMessages(10)
					.waitTimeSeconds(1)
					.messageAttributeNames("All"))
				.join()
				.messages()) {
				deadLetters.put(message.body(), message);
				sqs.deleteMessage(request -> request.queueUrl(url).receiptHandle(message.receiptHandle())).join();
			}
			return deadLetters.containsKey(body);
		});
		return deadLetters.get(body);
	}

	private static List<Path> listFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (var files = Files.list(folder)) {
			return files.toList();
		}
	}

}
