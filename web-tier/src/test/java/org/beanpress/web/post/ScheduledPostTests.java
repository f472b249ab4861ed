package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import org.beanpress.core.post.PostRepository;
import org.beanpress.core.post.PostStatus;
import org.beanpress.core.user.Role;
import org.beanpress.local.TestClock;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Scheduling through the API and the editor, on a clock the test moves on: the web tier
 * validates and hides scheduled posts; only the worker's task publishes them.
 */
@WebTierTest
class ScheduledPostTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	TestClock clock;

	@Autowired
	PostRepository posts;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	Account author;

	@BeforeEach
	void signUp() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "scheduler", Role.AUTHOR);
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
	void shouldScheduleAPostAndHideItFromReadersAndTheFrontPageButNotFromItsAuthor() {
		var at = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
		var created = http.postJson("/api/posts", scheduled("Coming soon " + author.username(), at), author.bearer());

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("status").asString()).isEqualTo("SCHEDULED");
		assertThat(Instant.parse(created.json().get("publishAt").asString())).isEqualTo(at);
		assertThat(created.json().get("publishedAt").isNull()).isTrue();
		var slug = created.json().get("slug").asString();
		var reader = new TestHttp("http://localhost:" + port);
		assertThat(reader.get("/api/posts/" + slug).status()).isEqualTo(404);
		assertThat(reader.get("/posts/" + slug).status()).isEqualTo(404);
		assertThat(reader.get("/").body()).doesNotContain("Coming soon " + author.username());
		assertThat(reader.get("/api/posts").body()).doesNotContain("Coming soon " + author.username());
		assertThat(http.get("/api/posts/" + slug, author.bearer()).status()).isEqualTo(200);
		var stranger = TestAccounts.signUp(http, "stranger", Role.AUTHOR);
		assertThat(http.get("/api/posts/" + slug, stranger.bearer()).status()).isEqualTo(404);
	}

	@Test
	void shouldNeverPublishADuePostOnAReadersVisit() {
		var at = clock.instant().plus(Duration.ofMinutes(30));
		var slug = create(scheduled("Due " + author.username(), at)).get("slug").asString();

		clock.advance(Duration.ofHours(1));
		var reader = new TestHttp("http://localhost:" + port);

		assertThat(reader.get("/posts/" + slug).status()).isEqualTo(404);
		assertThat(reader.get("/").body()).doesNotContain("Due " + author.username());
		assertThat(http.get("/api/posts/" + slug, author.bearer()).json().get("status").asString())
			.isEqualTo("SCHEDULED");
		assertThat(posts.findBySlug(slug).orElseThrow().status()).isEqualTo(PostStatus.SCHEDULED);
	}

	@Test
	void shouldRefuseASchedulingTimeInThePastOrMissingAndStoreNothing() {
		var before = countPosts();

		var past = http.postJson("/api/posts", scheduled("Past", clock.instant().minusSeconds(60)), author.bearer());
		var now = http.postJson("/api/posts", scheduled("Now", clock.instant()), author.bearer());
		var missing = http.postJson("/api/posts", Map.of("title", "No time", "markdown", "x", "status", "SCHEDULED"),
				author.bearer());
		var farAway = http.postJson("/api/posts", scheduled("Far", clock.instant().plus(Duration.ofDays(40_000))),
				author.bearer());
		var notATime = http.postJson("/api/posts",
				Map.of("title", "Bad", "markdown", "x", "status", "SCHEDULED", "publishAt", "tomorrow"),
				author.bearer());

		assertThat(past.status()).isEqualTo(400);
		assertThat(past.header("Content-Type")).startsWith("application/problem+json");
		assertThat(past.json().get("detail").asString()).contains("publishAt: must be in the future");
		assertThat(now.status()).isEqualTo(400);
		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("publishAt: is required when status is SCHEDULED");
		assertThat(farAway.status()).isEqualTo(400);
		assertThat(notATime.status()).isEqualTo(400);
		assertThat(countPosts()).isEqualTo(before);
	}

	@Test
	void shouldRefuseReschedulingIntoThePastAndKeepThePost() {
		var post = create(scheduled("Kept " + author.username(), clock.instant().plus(Duration.ofHours(2))));
		var id = post.get("id").asLong();

		var edit = http.putJson("/api/posts/" + id, scheduled("Kept", clock.instant().minus(Duration.ofHours(1))),
				author.bearer());

		assertThat(edit.status()).isEqualTo(400);
		assertThat(edit.json().get("detail").asString()).contains("must be in the future");
		assertThat(posts.findById(id).orElseThrow().version()).isZero();
	}

	@Test
	void shouldPublishAtOnceWhenAScheduledPostIsEditedToPublished() {
		var post = create(scheduled("Early " + author.username(), clock.instant().plus(Duration.ofDays(2))));
		var slug = post.get("slug").asString();

		var edit = http.putJson("/api/posts/" + post.get("id").asLong(),
				Map.of("title", "Early " + author.username(), "markdown", "x", "status", "PUBLISHED", "version", 0),
				author.bearer());

		assertThat(edit.status()).as(edit.body()).isEqualTo(200);
		assertThat(edit.json().get("publishAt").isNull()).isTrue();
		assertThat(Instant.parse(edit.json().get("publishedAt").asString())).isBefore(clock.instant().plusSeconds(1));
		var reader = new TestHttp("http://localhost:" + port);
		assertThat(reader.get("/posts/" + slug).status()).isEqualTo(200);
		assertThat(reader.get("/").body()).contains("Early " + author.username());
	}

	@Test
	void shouldScheduleFromTheEditorFormInUtcAndSayWhatIsWrongWithAPastTime() {
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
		var form = browser.get("/editor/new");
		assertThat(form.body()).contains("value=\"SCHEDULED\"", "type=\"datetime-local\"");
		var at = LocalDateTime.ofInstant(clock.instant().plus(Duration.ofDays(3)), ZoneOffset.UTC)
			.truncatedTo(ChronoUnit.MINUTES);

		var saved = browser.postForm("/editor/new",
				Map.of("_csrf", form.csrfToken(), "title", "Form schedule " + author.username(), "markdown", "x",
						"status", "SCHEDULED", "publishAt", at.toString()));
		var past = browser.postForm("/editor/new", Map.of("_csrf", form.csrfToken(), "title", "Too late", "markdown",
				"x", "status", "SCHEDULED", "publishAt", at.minusDays(10).toString()));

		assertThat(saved.status()).as(saved.body()).isEqualTo(302);
		var id = Long.parseLong(saved.header("Location").replaceAll(".*/editor/(\\d+).*", "$1"));
		var post = posts.findById(id).orElseThrow();
		assertThat(post.status()).isEqualTo(PostStatus.SCHEDULED);
		assertThat(post.publishAt()).isEqualTo(at.toInstant(ZoneOffset.UTC));
		assertThat(browser.get("/editor/" + id).body()).contains("value=\"" + at + "\"");
		assertThat(browser.get("/editor").body()).contains("SCHEDULED", "for " + at.toString().replace('T', ' '));
		assertThat(past.status()).isEqualTo(200);
		assertThat(past.body()).contains("publishAt: must be in the future");
	}

	private JsonNode create(Map<String, Object> body) {
		var response = http.postJson("/api/posts", body, author.bearer());
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		return response.json();
	}

	private static Map<String, Object> scheduled(String title, Instant at) {
		var body = new HashMap<String, Object>();
		body.put("title", title);
		body.put("markdown", "x");
		body.put("status", "SCHEDULED");
		body.put("publishAt", at.toString());
		return body;
	}

	private long countPosts() {
		return jdbc.sql("SELECT COUNT(*) FROM posts").query(Long.class).single();
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
