package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.local.TestHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import redis.clients.jedis.Jedis;

/**
 * Archive pages through both tiers: a post's change reaches the worker through the outbox
 * and SQS, and the worker renders the archives the post is in (and was in) into Redis
 * before any reader asks for them.
 */
@Tag(TestStacks.SHARED)
class ArchiveWarmingTests {

	@Test
	void shouldWarmTheTagPageOfAPublishedPostAndDropThePostFromItsOldTagWhenRetagged() {
		var stack = TestStacks.shared();
		try (var redis = new Jedis("127.0.0.1", stack.redisPort())) {
			var http = new TestHttp(stack.webUrl());
			var author = TestStacks.Author.signUp(http, "roaster", "a roaster's password",
					TestStacks.SHARED_ADMIN_PASSWORD);
			var post = http.postJson("/api/posts", Map.of("title", "First crack", "markdown", "Listen for it", "status",
					"PUBLISHED", "tags", List.of("Roasting")), author.bearer());
			assertThat(post.status()).as(post.body()).isEqualTo(201);

			// no reader has asked for these pages: only the worker can have put them
			// there
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(redis.get(CacheKeys.archive("tag", "roasting"))).contains("Tag: Roasting", "First crack");
				assertThat(redis.get(CacheKeys.archive("author", "roaster"))).contains("First crack");
				assertThat(redis.get(CacheKeys.archive("category", "uncategorized"))).contains("First crack");
			});
			var reader = new TestHttp(stack.webUrl());
			var cached = reader.get("/tag/roasting");
			assertThat(cached.header("X-Page-Cache")).isEqualTo("HIT");

			var retagged = http.putJson("/api/posts/" + post.json().get("id").asLong(), Map.of("title", "First crack",
					"markdown", "Listen for it", "status", "PUBLISHED", "tags", List.of("Cooling")), author.bearer());
			assertThat(retagged.status()).as(retagged.body()).isEqualTo(200);

			// the old tag's page is re-rendered by the worker too (no reader asks first)
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				assertThat(redis.get(CacheKeys.archive("tag", "cooling"))).contains("First crack");
				assertThat(redis.get(CacheKeys.archive("tag", "roasting"))).contains("No posts yet")
					.doesNotContain("First crack");
			});
			var old = reader.get("/tag/roasting");
			assertThat(old.header("X-Page-Cache")).isEqualTo("HIT");
			assertThat(old.body()).contains("Tag: Roasting").doesNotContain("First crack");
		}
	}

}
