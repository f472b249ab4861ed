package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@WebTierTest
class PreviewApiTests {

	@Value("${local.server.port}")
	int port;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "previewer");
	}

	@Test
	void shouldRenderAndSanitizeAsASaveWouldForSignedInUsersStoringNothing() {
		var before = http.get("/api/posts").body();

		var preview = http.postJson("/api/preview",
				Map.of("markdown", "**Bold** <script>alert(1)</script>[x](javascript:alert(1)) ![a cup](/c.jpg)"),
				author.bearer());

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		var html = preview.json().get("html").asString();
		assertThat(html).contains("<strong>Bold</strong>", "<img src=\"/c.jpg\" alt=\"a cup\" />")
			.doesNotContain("<script", "javascript:");
		assertThat(http.get("/api/posts").body()).isEqualTo(before);
		assertThat(http.postJson("/api/preview", Map.of("markdown", "hi")).status()).isEqualTo(401);
	}

	@Test
	void shouldRefuseTooMuchMarkdownWithAProblemSayingSo() {
		var tooLong = http.postJson("/api/preview", Map.of("markdown", "a".repeat(200_001)), author.bearer());
		var missing = http.postJson("/api/preview", Map.of(), author.bearer());
		var tooLarge = http.postJson("/api/preview", Map.of("markdown", "a".repeat(1_100_000)), author.bearer());

		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().get("detail").asString()).contains("markdown: must be at most 200000 characters");
		assertThat(missing.status()).isEqualTo(400);
		assertThat(tooLarge.status()).isEqualTo(413);
	}

	@Test
	void shouldBeInTheApiDocument() {
		var paths = http.get("/v3/api-docs").json().get("paths");

		assertThat(paths.get("/api/preview").propertyNames()).contains("post");
	}

}
