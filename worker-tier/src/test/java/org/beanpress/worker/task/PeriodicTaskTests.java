package org.beanpress.worker.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.OutboxRepository;
import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.media.MediaRepository;
import org.beanpress.core.media.MediaVariant;
import org.beanpress.core.media.NewMedia;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostRevisionRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.worker.system.WorkerHttpServer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * The tasks cron.yaml lists, delivered as the Elastic Beanstalk worker daemon delivers
 * them.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class PeriodicTaskTests {

	@Autowired
	WorkerHttpServer server;

	@Autowired
	MediaRepository media;

	@Autowired
	UserRepository users;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	SharedStorage storage;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PostRepository posts;

	@Autowired
	PostRevisionRepository revisions;

	@Autowired
	DataSource dataSource;

	@Autowired
	StringRedisTemplate redis;

	TestHttp daemon;

	@BeforeEach
	void daemon() {
		daemon = new TestHttp("http://127.0.0.1:" + server.port());
	}

	@Test
	void shouldSendTheJobAgainForMediaPendingTooLong() {
		var owner = users.create("stuck-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		var sha = Long.toHexString(System.nanoTime()).repeat(8).substring(0, 64);
		var stuck = media.insertPending(new NewMedia(owner.id(), MediaKey.original(owner.id(), sha, ImageType.JPEG),
				"x.jpg", new ImageInfo(ImageType.JPEG, 10, 10, 1), 10, sha));
		jdbc.sql("UPDATE media SET updated_at = ? WHERE id = ?")
			.params(Instant.now().minus(Duration.ofHours(1)), stuck.id())
			.update();

		var response = task("requeue-stuck-media");

		assertThat(response.status()).isEqualTo(200);
		assertThat(jobsFor(stuck.id())).isEqualTo(1);
		assertThat(task("requeue-stuck-media").status()).isEqualTo(200);
		assertThat(jobsFor(stuck.id())).as("touched, so not requeued again at once").isEqualTo(1);
		// the worker's relay sends the job: gone, it finds
		// nothing to do instead of retrying a file that never was
		jdbc.sql("DELETE FROM media WHERE id = ?").param(stuck.id()).update();
	}

	@Test
	void shouldDeleteOnlyOldSentOutboxRows() {
		outbox.enqueue(JobQueue.CACHE, Map.of("marker", "old-sent"));
		outbox.enqueue(JobQueue.CACHE, Map.of("marker", "fresh-sent"));
		outbox.enqueue(JobQueue.CACHE, Map.of("marker", "old-unsent"));
		jdbc.sql("UPDATE outbox SET sent_at = ? WHERE body LIKE '%old-sent%'")
			.param(Instant.now().minus(Duration.ofDays(30)))
			.update();
		jdbc.sql("UPDATE outbox SET sent_at = ? WHERE body LIKE '%fresh-sent%'").param(Instant.now()).update();

		assertThat(task("sweep-outbox").status()).isEqualTo(200);

		assertThat(rowsWith("old-sent")).isZero();
		assertThat(rowsWith("fresh-sent")).isOne();
		assertThat(rowsWith("old-unsent")).isOne();
	}

	@Test
	void shouldDeleteOnlyOldTemporaryLeftovers() throws IOException {
		var tmp = storage.root().resolve("tmp");
		var old = Files.writeString(tmp.resolve("upload-old.part"), "crashed upload");
		Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		var oldJob = Files.createDirectories(tmp.resolve("job-1-old"));
		Files.writeString(oldJob.resolve("medium.jpg.tmp"), "half a variant");
		Files.setLastModifiedTime(oldJob, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
		var fresh = Files.writeString(tmp.resolve("upload-fresh.part"), "upload going on");

		assertThat(task("clean-temporary-files").status()).isEqualTo(200);

		assertThat(old).doesNotExist();
		assertThat(oldJob).doesNotExist();
		assertThat(fresh).exists();
	}

	@Test
	void shouldRenderTheFrontPageIntoTheCache() {
		redis.delete(CacheKeys.frontPage());

		assertThat(task("warm-front-page").status()).isEqualTo(200);

		assertThat(redis.opsForValue().get(CacheKeys.frontPage())).contains("<title>Home · Beanpress</title>");
	}

	@Test
	void shouldDeleteVariantFilesAWhileAfterARegenerationReplacedThem() throws IOException {
		var owner = users.create("regen-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		var sha = Long.toHexString(System.nanoTime()).repeat(8).substring(0, 64);
		var original = MediaKey.original(owner.id(), sha, ImageType.JPEG);
		var item = media.insertPending(
				new NewMedia(owner.id(), original, "x.jpg", new ImageInfo(ImageType.JPEG, 400, 300, 1), 10, sha));
		var old = variantFile(original.variant("medium", "a".repeat(64), ImageType.JPEG));
		var kept = variantFile(original.variant("thumbnail", "b".repeat(64), ImageType.JPEG));
		var fresh = variantFile(original.variant("medium", "c".repeat(64), ImageType.JPEG));
		media.markReady(item.id(), List.of(variant(item.id(), "medium", old), variant(item.id(), "thumbnail", kept)));
		media.markReady(item.id(), List.of(variant(item.id(), "medium", fresh), variant(item.id(), "thumbnail", kept)));

		assertThat(task("delete-replaced-variants").status()).isEqualTo(200);
		assertThat(storage.resolve(old.value())).as("too recent to delete").exists();

		jdbc.sql("UPDATE replaced_files SET replaced_at = ? WHERE storage_key = ?")
			.params(Instant.now().minus(Duration.ofDays(8)), old.value())
			.update();
		assertThat(task("delete-replaced-variants").status()).isEqualTo(200);

		assertThat(storage.resolve(old.value())).doesNotExist();
		assertThat(storage.resolve(kept.value())).exists();
		assertThat(storage.resolve(fresh.value())).exists();
	}

	@Test
	void shouldKeepOnlyTheNewestRevisionsOfEachPost() {
		var author = users.create("pruned-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		var post = posts.insert("pruned-" + System.nanoTime(), author.id(),
				new PostContent("T", "x", "<p>x</p>", "x", PostStatus.DRAFT));
		for (int i = 0; i < 28; i++) {
			revisions.record(post, author.id(), "Edit " + i, "text " + i);
		}

		var response = task("prune-revisions");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().get("result").asString()).startsWith("deleted ").endsWith(" old post revisions");
		var kept = revisions.findByPost(post);
		assertThat(kept).as("beanpress.tasks.revisions-per-post defaults to 25").hasSize(25);
		assertThat(kept.get(0).title()).isEqualTo("Edit 27");
		assertThat(kept.get(24).title()).isEqualTo("Edit 3");
	}

	@Test
	void shouldRefuseRequestsThatDoNotComeFromTheDaemon() {
		var withoutHeader = daemon.postJson("/tasks/sweep-outbox", "");
		var wrongHeader = daemon.postJson("/tasks/sweep-outbox", "", TaskEndpoint.TASK_HEADER, "requeue-stuck-media");
		var unknown = daemon.postJson("/tasks/format-disk", "", TaskEndpoint.TASK_HEADER, "format-disk");

		assertThat(withoutHeader.status()).isEqualTo(400);
		assertThat(withoutHeader.json().get("detail").asString()).contains(TaskEndpoint.TASK_HEADER);
		assertThat(wrongHeader.status()).isEqualTo(400);
		assertThat(unknown.status()).isEqualTo(404);
	}

	@Test
	void shouldAnswerConflictWhileAnotherInstanceRunsTheTask() throws Exception {
		// Closing a pooled connection keeps its session, and
		// the session keeps the lock: release it explicitly.
		try (var connection = dataSource.getConnection()) {
			assertThat(namedLock(connection, "GET_LOCK(?, 0)")).isOne();

			assertThat(task("sweep-outbox").status()).isEqualTo(409);

			assertThat(namedLock(connection, "RELEASE_LOCK(?)")).isOne();
		}
		assertThat(task("sweep-outbox").status()).isEqualTo(200);
	}

	@Test
	void shouldHaveATaskForEveryEntryOfCronYaml() {
		var entries = LocalTaskSchedule.entries();

		assertThat(entries).extracting(LocalTaskSchedule.Entry::name)
			.containsExactlyInAnyOrder("requeue-stuck-media", "sweep-outbox", "clean-temporary-files",
					"warm-front-page", "delete-replaced-variants", "publish-scheduled-posts", "prune-revisions");
		for (var entry : entries) {
			assertThat(entry.url()).isEqualTo("/tasks/" + entry.name());
			// a 409 means this context's own schedule is running the task at that moment
			await().atMost(Duration.ofSeconds(30))
				.untilAsserted(() -> assertThat(task(entry.name()).status()).as(entry.name()).isEqualTo(200));
		}
	}

	private static int namedLock(Connection connection, String call) throws SQLException {
		try (var statement = connection.prepareStatement("SELECT " + call)) {
			statement.setString(1, "beanpress-task-sweep-outbox");
			try (var result = statement.executeQuery()) {
				result.next();
				return result.getInt(1);
			}
		}
	}

	private MediaKey variantFile(MediaKey key) throws IOException {
		var file = storage.resolve(key.value());
		Files.createDirectories(file.getParent());
		Files.writeString(file, key.value());
		return key;
	}

	private static MediaVariant variant(long mediaId, String size, MediaKey key) {
		return new MediaVariant(mediaId, size, key, 300, 225, 10);
	}

	private TestHttp.Response task(String name) {
		return daemon.postJson("/tasks/" + name, "", TaskEndpoint.TASK_HEADER, name, "User-Agent", "aws-sqsd/2.4");
	}

	private long jobsFor(long mediaId) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE body LIKE ?")
			.param("%\"mediaId\":" + mediaId + ",%")
			.query(Long.class)
			.single();
	}

	private long rowsWith(String marker) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE body LIKE ?")
			.param("%" + marker + "%")
			.query(Long.class)
			.single();
	}

}
