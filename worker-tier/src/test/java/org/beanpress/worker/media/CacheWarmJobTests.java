package org.beanpress.worker.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.comment.CommentRepository;
import org.beanpress.core.comment.CommentStatus;
import org.beanpress.core.comment.NewComment;
import org.beanpress.core.job.CacheWarmJob;
import org.beanpress.core.job.JobCodec;
import org.beanpress.core.job.JobQueue;
import org.beanpress.core.job.SqsQueues;
import org.beanpress.core.post.PostContent;
import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.taxonomy.TermKind;
import org.beanpress.core.taxonomy.TermRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.User;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.EmbeddedServices;
import org.beanpress.local.NeedsServices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.test.context.ContextConfiguration;
import software.amazon.awssdk.services.sqs.SqsAsyncClient;

/**
 * The worker rendering public pages into Redis from cache.warm jobs on the cache queue.
 */
@NeedsServices
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedServices.class)
class CacheWarmJobTests {

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	@Autowired
	TermRepository terms;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	CommentRepository comments;

	@Autowired
	SqsAsyncClient sqs;

	@Autowired
	SqsQueues queues;

	User author;

	@BeforeEach
	void author() {
		author = users.create("cache-" + System.nanoTime(), "$2a$10$hash", Role.AUTHOR);
	}

	@Test
	void shouldRenderAPostsApprovedCommentsWithoutEmailsOrPendingOnesAndTheirCountOnTheFrontPage() {
		var slug = "commented-" + System.nanoTime();
		var id = posts.insert(slug, author.id(),
				new PostContent("Commented on", "x", "<p>Talk to me</p>", "x", PostStatus.PUBLISHED));
		var top = comments.insert(new NewComment(id, null, null, "Guest", "guest@example.com", "Hi",
				"<p>Approved words</p>", CommentStatus.APPROVED));
		comments.insert(new NewComment(id, top, author.id(), null, null, "Re", "<p>The author answers</p>",
				CommentStatus.APPROVED));
		comments.insert(new NewComment(id, null, null, "Bot", "bot@example.com", "Spam", "<p>Held words</p>",
				CommentStatus.PENDING));

		send(JobCodec.write(CacheWarmJob.post(id, slug)));
		send(JobCodec.write(CacheWarmJob.frontPage()));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(redis.opsForValue().get(CacheKeys.post(slug)))
				.contains("2 comments", "Guest", "<p>Approved words</p>", "<p>The author answers</p>")
				.doesNotContain("guest@example.com", "Held words");
			assertThat(redis.opsForValue().get(CacheKeys.frontPage()))
				.contains("href=\"/posts/" + slug + "#comments\">2 comments</a>");
		});
	}

	@Test
	void shouldRenderAPublishedPostAndTheFrontPageIntoTheCache() {
		var slug = "warmed-" + System.nanoTime();
		var id = posts.insert(slug, author.id(),
				new PostContent("Warmed by the worker", "x", "<p>Rendered ahead</p>", "x", PostStatus.PUBLISHED));

		send(JobCodec.write(CacheWarmJob.post(id, slug)));
		send(JobCodec.write(CacheWarmJob.frontPage()));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(redis.opsForValue().get(CacheKeys.post(slug))).contains("Rendered ahead", "Warmed by the worker")
				.doesNotContain("_csrf");
			assertThat(redis.opsForValue().get(CacheKeys.frontPage())).contains("Warmed by the worker");
		});
	}

	@Test
	void shouldEvictThePageOfAPostThatIsNoLongerPublished() {
		var slug = "unpublished-" + System.nanoTime();
		var id = posts.insert(slug, author.id(), new PostContent("Draft now", "x", "<p>x</p>", "x", PostStatus.DRAFT));
		redis.opsForValue().set(CacheKeys.post(slug), "stale page");

		send(JobCodec.write(CacheWarmJob.post(id, slug)));

		await().atMost(Duration.ofSeconds(30)).until(() -> redis.opsForValue().get(CacheKeys.post(slug)) == null);
	}

	@Test
	void shouldRenderATagsArchiveAndAnAuthorsArchiveIntoTheCache() {
		var id = posts.insert("archived-" + System.nanoTime(), author.id(),
				new PostContent("Filed under a tag", "x", "<p>x</p>", "In the archive", PostStatus.PUBLISHED));
		var tag = terms.insert(TermKind.TAG, "filed-" + System.nanoTime(), "filed", null);
		terms.assign(id, List.of(tag));

		send(JobCodec.write(CacheWarmJob.archive("tag", tag.slug())));
		send(JobCodec.write(CacheWarmJob.archive("author", author.username())));

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(redis.opsForValue().get(CacheKeys.archive("tag", tag.slug()))).contains("Tag: filed",
					"Filed under a tag");
			assertThat(redis.opsForValue().get(CacheKeys.archive("author", author.username())))
				.contains("Filed under a tag");
		});
	}

	@Test
	void shouldEvictTheArchiveOfATagThatNoLongerExists() {
		var slug = "gone-" + System.nanoTime();
		redis.opsForValue().set(CacheKeys.archive("tag", slug), "stale page");

		send(JobCodec.write(CacheWarmJob.archive("tag", slug)));

		await().atMost(Duration.ofSeconds(30))
			.until(() -> redis.opsForValue().get(CacheKeys.archive("tag", slug)) == null);
	}

	private void send(String body) {
		sqs.sendMessage(request -> request.queueUrl(queues.url(JobQueue.CACHE)).messageBody(body)).join();
	}

}
