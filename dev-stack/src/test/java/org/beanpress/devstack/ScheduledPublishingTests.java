package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.beanpress.local.TestHttp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scheduled publishing and restoring a revision through both tiers from their jars: the
 * web tier stores and hides the post, the worker's own schedule of cron.yaml publishes it
 * and renders its pages into Redis through the outbox and SQS.
 */
@Tag(TestStacks.SHARED)
class ScheduledPublishingTests {

	@Test
	void shouldPublishAScheduledPostFromTheWorkersScheduleAndWarmItsPages() {
		var stack = TestStacks.shared();
		var http = new TestHttp(stack.webUrl());
		var author = TestStacks.Author.signUp(http, "planner", "a planner's password",
				TestStacks.SHARED_ADMIN_PASSWORD);
		var publishAt = Instant.now().plusSeconds(5);
		var created = http.postJson("/api/posts", Map.of("title", "Planned ahead", "markdown", "first words", "status",
				"SCHEDULED", "publishAt", publishAt.toString()), author.bearer());
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var slug = created.json().get("slug").asString();
		var id = created.json().get("id").asLong();
		var reader = new TestHttp(stack.webUrl());
		assertThat(reader.get("/posts/" + slug).status()).isEqualTo(404);

		// the worker runs publish-scheduled-posts every minute
		await().atMost(Duration.ofSeconds(100)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			var page = reader.get("/posts/" + slug);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.header("X-Page-Cache")).as("rendered ahead by the worker").isEqualTo("HIT");
			assertThat(reader.get("/").body()).contains("Planned ahead");
		});
		var published = http.get("/api/posts/" + slug).json();
		assertThat(published.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(Instant.parse(published.get("publishedAt").asString()))
			.isEqualTo(Instant.parse(created.json().get("publishAt").asString()));

		var edited = http.putJson("/api/posts/" + id, Map.of("title", "Planned ahead", "markdown", "second words",
				"status", "PUBLISHED", "version", published.get("version").asInt()), author.bearer());
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		var first = http.get("/api/posts/" + id + "/revisions", author.bearer()).json().get(1).get("id").asLong();
		var restored = http.postJson("/api/posts/" + id + "/revisions/" + first + "/restore", "", author.bearer());
		assertThat(restored.status()).as(restored.body()).isEqualTo(200);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			var page = reader.get("/posts/" + slug);
			assertThat(page.header("X-Page-Cache")).isEqualTo("HIT");
			assertThat(page.body()).contains("first words").doesNotContain("second words");
		});
	}

}
