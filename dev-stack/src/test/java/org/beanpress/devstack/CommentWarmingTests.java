package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.local.TestHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Comments through both tiers: approving a comment reaches the worker through the outbox
 * and SQS, and the worker renders the post page (and the front page with its count) into
 * Redis with the comment before any reader asks.
 */
@Tag(TestStacks.SHARED)
class CommentWarmingTests {

	@Test
	void shouldPutAnApprovedCommentOnTheCachedPostPageAndItsCountOnTheFrontPage() {
		var stack = TestStacks.shared();
		try (var redis = new Jedis("127.0.0.1", stack.redisPort())) {
			var http = new TestHttp(stack.webUrl());
			var author = TestStacks.Author.signUp(http, "barista", "a barista's password",
					TestStacks.SHARED_ADMIN_PASSWORD);
			var post = http.postJson("/api/posts",
					Map.of("title", "Latte art", "markdown", "Pour slowly", "status", "PUBLISHED"), author.bearer());
			assertThat(post.status()).as(post.body()).isEqualTo(201);
			var id = post.json().get("id").asLong();
			var page = CacheKeys.post(post.json().get("slug").asString());
			var comment = new TestHttp(stack.webUrl()).postJson("/api/posts/" + id + "/comments",
					Map.of("body", "My *first* heart!", "name", "Guest", "email", "guest@example.com"));
			assertThat(comment.status()).as(comment.body()).isEqualTo(201);
			assertThat(comment.json().get("status").asString()).isEqualTo("PENDING");
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(redis.get(page)).contains("Pour slowly", "0 comments")
					.doesNotContain("first"));

			var approved = http.patchJson("/api/comments/" + comment.json().get("id").asLong(),
					Map.of("status", "APPROVED"), author.bearer());
			assertThat(approved.status()).as(approved.body()).isEqualTo(200);

			// no reader has asked since: only the worker can have rendered these
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(redis.get(page)).contains("My <em>first</em> heart!", "1 comment")
					.doesNotContain("guest@example.com");
				assertThat(redis.get(CacheKeys.frontPage())).contains("#comments\">1 comment</a>");
			});
			var reader = new TestHttp(stack.webUrl()).get("/posts/" + post.json().get("slug").asString());
			assertThat(reader.header("X-Page-Cache")).isEqualTo("HIT");
			assertThat(reader.body()).contains("My <em>first</em> heart!");
		}
	}

}
