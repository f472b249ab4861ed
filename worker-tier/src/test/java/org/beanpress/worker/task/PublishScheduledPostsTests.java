package org.beanpress.worker.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestClock;
import org.beanpress.local.TestHttp;
import org.beanpress.worker.system.WorkerHttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Scheduled publication on a clock the test moves on, with the local schedule off so only
 * the test runs the task.
 */
@NeedsServices
@SpringBootTest(properties = "beanpress.tasks.local-schedule=false")
@ContextConfiguration(initializers = EmbeddedServices.class)
class PublishScheduledPostsTests {

	@Autowired
	WorkerHttpServer server;

	@Autowired
	PublishScheduledPosts task;

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	User author;

	@BeforeEach
	void author() {
		author = users.create("sched-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
		// what other tests left scheduled must not count here
		jdbc.sql("UPDATE posts SET status = 'DRAFT', publish_at = NULL WHERE status = 'SCHEDULED'").update();
	}

	/**
	 * Posts published on the moved clock are dated in the future: left behind, they would
	 * top the front page every other test class reads.
	 */
	@AfterEach
	void removePostsFromTheFuture() {
		jdbc.sql("DELETE FROM posts WHERE published_at > ?").param(Instant.now()).update();
	}

	@Test
	void shouldPublishAScheduledPostOnceItsTimeHasComeAndWarmItsPages() {
		var at = clock.instant().plus(Duration.ofHours(1));
		var id = schedule("Tomorrow's news", at);

		var early = daemon("publish-scheduled-posts");

		assertThat(early.status()).isEqualTo(200);
		assertThat(early.json().get("result").asString()).isEqualTo("published 0 scheduled posts");
		assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(warmJobsFor(id)).isZero();

		clock.advance(Duration.ofHours(1).plusSeconds(5));
		var due = daemon("publish-scheduled-posts");
		var again = daemon("publish-scheduled-posts");

		assertThat(due.json().get("result").asString()).isEqualTo("published 1 scheduled posts");
		assertThat(again.json().get("result").asString()).isEqualTo("published 0 scheduled posts");
		var post = posts.findById(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.PUBLISHED);
		assertThat(post.publishedAt()).isEqualTo(at);
		assertThat(warmJobsFor(id)).as("its page warmed once").isOne();
	}

	@Test
	void shouldPublishAndWarmEachPostOnceWhenTwoRunsOverlap() throws Exception {
		var at = clock.instant().plus(Duration.ofMinutes(10));
		var ids = new ArrayList<Long>();
		for (int i = 0; i < 30; i++) {
			ids.add(schedule("Overlap " + i, at));
		}
		clock.advance(Duration.ofMinutes(11));

		// both runs start together, bypassing the task lock as two instances
		// whose lock was lost would
		var start = new CyclicBarrier(2);
		var first = CompletableFuture.supplyAsync(() -> runAfter(start));
		var second = CompletableFuture.supplyAsync(() -> runAfter(start));

		var published = List.of(first.get(), second.get())
			.stream()
			.mapToInt(result -> Integer.parseInt(result.split(" ")[1]))
			.sum();
		assertThat(published).isEqualTo(ids.size());
		for (var id : ids) {
			assertThat(posts.findById(id).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
			assertThat(warmJobsFor(id)).as("post %d warmed once", id).isOne();
		}
	}

	@Test
	void shouldNotPublishWhatAnotherRunPublishedAfterThisOneFoundItDue() {
		var at = clock.instant().plus(Duration.ofMinutes(1));
		var id = schedule("Raced", at);
		clock.advance(Duration.ofMinutes(2));
		var seenDue = posts.findDue(clock.instant(), 10);

		assertThat(task.run()).isEqualTo("published 1 scheduled posts");

		assertThat(seenDue).hasSize(1);
		assertThat(posts.publishIfDue(id, clock.instant())).isFalse();
		assertThat(warmJobsFor(id)).isOne();
	}

	private String runAfter(CyclicBarrier start) {
		try {
			start.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
		return task.run();
	}

	private long schedule(String title, java.time.Instant at) {
		return posts.insert("sched-" + System.nanoTime(), author.id(),
				new PostContent(title, "x", "<p>x</p>", "x", PostStatus.SCHEDULED, at));
	}

	private TestHttp.Response daemon(String name) {
		return new TestHttp("http://127.0.0.1:" + server.port()).postJson("/tasks/" + name, "",
				TaskEndpoint.TASK_HEADER, name);
	}

	private long warmJobsFor(long postId) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue LIKE '%cache%' AND body LIKE ?")
			.param("%\"postId\":" + postId + ",%")
			.query(Long.class)
			.single();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class MovableClock {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
