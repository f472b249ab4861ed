package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaKey;
import org.beanpress.core.storage.SharedStorage;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import redis.clients.jedis.Jedis;

/**
 * The web tier down (an outage, a worker-only deploy) while the worker processes an image
 * the web tier accepted: the job the READY image leaves for the pages that show it is an
 * outbox row, which only the worker's own relay can send now, and the post's page is
 * warmed all the same.
 */
class WebOutageTests {

	@TempDir
	Path data;

	@Test
	void shouldWarmThePostPageOfAnImageProcessedWhileNoWebTierRuns() throws IOException {
		try (var stack = LocalStack.start(TestStacks.settings(data, "outage-admin", 0))) {
			var http = new TestHttp(stack.webUrl());
			var author = TestStacks.Author.signUp(http, "outage", "an outage password", "outage-admin");
			var owner = author.id();
			var bearer = author.bearer();
			// a key names its content, so a post can show the photo before it is
			// uploaded; its page is then cached
			// as the author wrote it, without variants
			var photo = TestImages.file("orientation/Landscape_1.jpg");
			var original = MediaKey.original(owner, SharedStorage.sha256(photo), ImageType.JPEG);
			var slug = http
				.postJson("/api/posts",
						Map.of("title", "Seen through an outage", "markdown", "![light](" + original.url() + ")",
								"status", "PUBLISHED"),
						bearer)
				.json()
				.get("slug")
				.asString();
			await().atMost(Duration.ofSeconds(60))
				.until(() -> "HIT".equals(new TestHttp(stack.webUrl()).get("/posts/" + slug).header("X-Page-Cache")));

			stack.stopWorker();
			var upload = http.upload("/api/media", photo, bearer);
			assertThat(upload.status()).as(upload.body()).isEqualTo(201);
			assertThat(upload.json().get("url").asString()).isEqualTo(original.url());
			stack.stopWeb();
			stack.startWorker();

			try (var redis = new Jedis("127.0.0.1", stack.redisPort())) {
				assertThat(redis.get(CacheKeys.post(slug))).contains("Seen through an outage")
					.doesNotContain("srcset=");
				await().atMost(Duration.ofSeconds(120))
					.untilAsserted(() -> assertThat(redis.get(CacheKeys.post(slug)))
						.contains("srcset=\"/media/variants/" + owner + "/"));
			}
		}
	}

}
