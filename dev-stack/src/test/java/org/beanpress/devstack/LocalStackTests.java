package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first README command, as a newcomer meets it: the whole stack from the built jars
 * on embedded services, driven over HTTP; then stopped and started again on the same data
 * folder.
 */
class LocalStackTests {

	static final List<String> PHOTOS = List.of("orientation/Landscape_0.jpg", "orientation/Landscape_1.jpg",
			"orientation/Landscape_2.jpg", "orientation/Landscape_3.jpg", "orientation/Landscape_4.jpg",
			"orientation/Landscape_5.jpg", "orientation/Landscape_6.jpg", "orientation/Landscape_7.jpg",
			"orientation/Landscape_8.jpg", "gps/DSCN0010.jpg");

	@TempDir
	Path data;

	@Test
	void shouldRunTheWholeSystemAndKeepItsDataAcrossARestart() throws IOException {
		String slug;
		String mediaUrl;
		String username = "newcomer";
		String password = "a newcomer's password";
		try (var stack = LocalStack.start(settings())) {
			var http = new TestHttp(stack.webUrl());

			var bearer = TestStacks.Author.signUp(http, username, password, "local-stack-admin").bearer();

			// every EXIF orientation of one photo, and
			// a camera photo carrying GPS coordinates
			var uploads = new LinkedHashMap<String, Long>();
			for (var photo : PHOTOS) {
				var upload = http.upload("/api/media", TestImages.file(photo), bearer);
				assertThat(upload.status()).as(upload.body()).isEqualTo(201);
				assertThat(upload.json().get("status").asString()).isEqualTo("PENDING");
				uploads.put(photo, upload.json().get("id").asLong());
			}
			mediaUrl = http.get("/api/media/" + uploads.get("orientation/Landscape_6.jpg"), bearer)
				.json()
				.get("url")
				.asString();

			var post = http.postJson("/api/posts", Map.of("title", "First light", "markdown",
					"Hello **world** <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n"
							+ "![sunset](" + mediaUrl + ")",
					"status", "PUBLISHED"), bearer);
			assertThat(post.status()).as(post.body()).isEqualTo(201);
			slug = post.json().get("slug").asString();

			var reader = new TestHttp(stack.webUrl());
			assertThat(reader.get("/").body()).contains("First light");
			var page = reader.get("/posts/" + slug);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("<strong>world</strong>")
				.doesNotContain("<script>alert")
				.doesNotContainIgnoringCase("javascript:")
				.doesNotContainIgnoringCase("onerror");
			assertThat(reader.get(mediaUrl).status()).as("an original, only for its owner").isEqualTo(404);
			// feeds, sitemaps and meta name the stack's own address
			assertThat(reader.get("/robots.txt").body()).contains("Sitemap: " + stack.webUrl() + "/sitemap.xml");
			assertThat(reader.get("/feed").body()).contains("<link>" + stack.webUrl() + "/posts/" + slug + "</link>");
			assertThat(new TestHttp(stack.workerUrl()).get("/actuator/health/readiness").status()).isEqualTo(200);

			// through the outbox, SQS and the worker: variants
			// of the right sizes, upright, without EXIF or GPS
			await().atMost(Duration.ofSeconds(120))
				.until(() -> uploads.values()
					.stream()
					.allMatch(id -> http.get("/api/media/" + id, bearer)
						.json()
						.get("status")
						.asString()
						.equals("READY")));
			for (var upload : uploads.entrySet()) {
				var variants = http.get("/api/media/" + upload.getValue(), bearer).json().get("variants");
				assertThat(variants.valueStream().map(variant -> variant.get("size").asString())).as(upload.getKey())
					.containsExactlyInAnyOrderElementsOf(
							upload.getKey().startsWith("gps/") ? List.of("thumbnail", "medium", "full")
									: List.of("thumbnail", "medium", "medium_large", "large", "1536x1536", "full"));
				for (var variant : variants) {
					assertThat(reader.get(variant.get("url").asString()).header("Cache-Control")).contains("immutable");
					var file = reader.getBytes(variant.get("url").asString());
					var image = ImageIO.read(new ByteArrayInputStream(file));
					assertThat(image.getWidth()).isEqualTo(variant.get("width").asInt());
					assertThat(image.getHeight()).isEqualTo(variant.get("height").asInt());
					if (!variant.get("size").asString().equals("thumbnail")) {
						assertThat(image.getWidth()).as(upload.getKey() + " upright").isGreaterThan(image.getHeight());
					}
					assertThat(new String(file, StandardCharsets.ISO_8859_1)).doesNotContain("Exif\0\0", "GPS");
				}
			}

			// the worker re-rendered the post page once its image
			// was READY: responsive, and straight from Redis
			await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
				var warmed = reader.get("/posts/" + slug);
				assertThat(warmed.header("X-Page-Cache")).isEqualTo("HIT");
				assertThat(warmed.body()).contains("srcset=", "alt=\"sunset\"");
			});
		}
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();

		try (var again = LocalStack.start(settings())) {
			var reader = new TestHttp(again.webUrl());
			assertThat(reader.get("/posts/" + slug).body()).contains("First light");
			assertThat(reader.logIn(username, password).header("Location")).endsWith("/editor");
			assertThat(reader.get(mediaUrl).status()).isEqualTo(200);
		}
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
	}

	private StackSettings settings() {
		return TestStacks.settings(data, "local-stack-admin", 0);
	}

}
