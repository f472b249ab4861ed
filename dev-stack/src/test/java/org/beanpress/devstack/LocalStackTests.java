package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first README command, as a newcomer meets it: the whole stack from the built jars on embedded services, driven
 * over HTTP; then stopped and started again on the same data folder.
 */
class LocalStackTests {

	@TempDir
	Path data;

	@Test
	void shouldRunTheWholeSystemAndKeepItsDataAcrossARestart() {
		String slug;
		String mediaUrl;
		String username = "newcomer";
		String password = "a newcomer's password";
		try (var stack = LocalStack.start(settings())) {
			var http = new TestHttp(stack.webUrl());

			assertThat(http.postJson("/api/accounts", Map.of("username", username, "password", password)).status())
				.isEqualTo(201);
			var token = http.postJson("/api/tokens", "", TestHttp.basic(username, password)).json().get("token").asString();
			var bearer = TestHttp.bearer(token);

			var post = http.postJson("/api/posts", Map.of("title", "First light", "markdown",
					"Hello **world** <script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>",
					"status", "PUBLISHED"), bearer);
			assertThat(post.status()).as(post.body()).isEqualTo(201);
			slug = post.json().get("slug").asString();

			var upload = http.upload("/api/media", TestImages.file("orientation/Landscape_6.jpg"), bearer);
			assertThat(upload.status()).as(upload.body()).isEqualTo(201);
			assertThat(upload.json().get("status").asString()).isEqualTo("PENDING");
			mediaUrl = upload.json().get("url").asString();

			var reader = new TestHttp(stack.webUrl());
			assertThat(reader.get("/").body()).contains("First light");
			var page = reader.get("/posts/" + slug);
			assertThat(page.status()).isEqualTo(200);
			assertThat(page.body()).contains("<strong>world</strong>")
				.doesNotContain("<script>alert")
				.doesNotContainIgnoringCase("javascript:")
				.doesNotContainIgnoringCase("onerror");
			assertThat(reader.get(mediaUrl).header("Cache-Control")).contains("immutable");
			assertThat(new TestHttp(stack.workerUrl()).get("/actuator/health/readiness").status()).isEqualTo(200);
		}
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();

		try (var again = LocalStack.start(settings())) {
			var reader = new TestHttp(again.webUrl());
			assertThat(reader.get("/posts/" + slug).body()).contains("First light");
			assertThat(reader.get(mediaUrl).status()).isEqualTo(200);
			assertThat(reader.logIn(username, password).header("Location")).endsWith("/editor");
		}
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
	}

	private StackSettings settings() {
		return new StackSettings(data, Path.of(System.getProperty("beanpress.stack.tiers-directory", "target/tiers")), 0,
				0, 0, 0, 0, "local-stack-admin");
	}

}
