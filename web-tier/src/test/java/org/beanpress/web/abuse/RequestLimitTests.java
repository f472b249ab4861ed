package org.beanpress.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.beanpress.core.post.PostRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** Requests too large in body, headers or parameters are refused as such, never a 500. */
@WebTierTest
@TestPropertySource(properties = { "beanpress.abuse.max-json-body=8KB", "beanpress.media.max-upload-size=16KB" })
class RequestLimitTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	PostRepository posts;

	@Autowired
	UserRepository users;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "limited", Role.AUTHOR);
	}

	@Test
	void shouldRefuseAJsonBodyOverTheLimitBeforeReadingIt() {
		var title = "Too long " + author.username();

		var response = http.postJson("/api/posts", post(title, 9 * 1024), author.bearer());

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("larger than the limit of 8192 bytes");
		assertThat(posts.findSlugsLike(slugOf(title))).isEmpty();
	}

	@Test
	void shouldRefuseAChunkedJsonBodyOverTheLimitAndStoreNothing() throws Exception {
		var title = "Chunked " + author.username();
		var body = JsonMapper.builder().build().writeValueAsBytes(post(title, 9 * 1024));
		var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/posts"))
			.headers(author.bearer())
			.header("Content-Type", "application/json")
			// no length known: sent chunked
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build();

		var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(response.body()).contains("larger than the limit of 8192 bytes");
		assertThat(posts.findSlugsLike(slugOf(title))).isEmpty();
	}

	@Test
	void shouldAcceptAJsonBodyUnderTheLimit() {
		var response = http.postJson("/api/posts", post("Fits " + author.username(), 6 * 1024), author.bearer());

		assertThat(response.status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseAnUploadOverItsOwnLimitWithAProblem() {
		var response = http.upload("/api/media", "file", "big.jpg", new byte[20 * 1024], author.bearer());

		assertThat(response.status()).isEqualTo(413);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void shouldRefuseTooLargeHeadersAsABadRequest() {
		var response = http.get("/", "X-Padding", "x".repeat(20 * 1024));

		// Tomcat answers 400 (431 would be more precise), before any filter runs
		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void shouldRefuseTooManyParametersAsABadRequest() {
		var query = new StringBuilder("/?");
		for (int i = 0; i < 1100; i++) {
			query.append("p").append(i).append("=1&");
		}

		assertThat(http.get(query.toString()).status()).isEqualTo(400);
	}

	@Test
	void shouldRefuseAFormPostOverTheFormLimit() {
		var browser = new TestHttp("http://localhost:" + port);
		var token = browser.get("/signup").csrfToken();
		var name = TestAccounts.uniqueName("bigform");

		var response = browser.postForm("/signup", Map.of("_csrf", token, "username", name, "password",
				"long enough pw", "padding", "x".repeat(1100 * 1024)));

		assertThat(response.status()).isIn(400, 413);
		assertThat(users.findByUsername(name)).isEmpty();
	}

	private static Map<String, Object> post(String title, int markdownBytes) {
		var post = new HashMap<String, Object>();
		post.put("title", title);
		post.put("markdown", "y".repeat(markdownBytes));
		post.put("status", "DRAFT");
		return post;
	}

	private static String slugOf(String title) {
		return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
	}

}
