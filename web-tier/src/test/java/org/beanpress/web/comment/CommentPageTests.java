package org.beanpress.web.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beanpress.web.comment.CommentFixtures.anonymous;
import static org.beanpress.web.comment.CommentFixtures.body;
import static org.beanpress.web.comment.CommentFixtures.comment;

import java.util.Map;
import java.util.regex.Pattern;

import org.beanpress.core.page.PublicPages;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.TestAccounts.Account;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Comments on pages: the cached post page and listings for readers, the signed-in page's
 * form, and the moderation pages.
 */
@WebTierTest
@TestPropertySource(properties = { "beanpress.comments.per-address=3", "beanpress.comments.max-links=2" })
class CommentPageTests {

	private static final Pattern DATA_CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");

	@Value("${local.server.port}")
	int port;

	@Autowired
	PublicPages pages;

	TestHttp http;

	Account author;

	JsonNode post;

	@BeforeEach
	void publish() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "paged");
		post = CommentFixtures.post(http, author, "PUBLISHED");
	}

	@Test
	void shouldShowApprovedCommentsOnTheCachedPostPageWithoutEmailsOrPendingOnes() {
		var email = "guest-" + System.nanoTime() + "@example.com";
		var shown = comment(http, id(), anonymous("Shown *here*", "Guest", email)).json().get("id").asLong();
		comment(http, id(), anonymous("Still pending", "Other", "other-" + email));
		http.patchJson("/api/comments/" + shown, Map.of("status", "APPROVED"), author.bearer());

		var reader = new TestHttp("http://localhost:" + port);
		var first = reader.get("/posts/" + slug());
		var cached = reader.get("/posts/" + slug());

		assertThat(cached.header("X-Page-Cache")).isEqualTo("HIT");
		assertThat(cached.body())
			.contains("1 comment", "Guest", "Shown <em>here</em>", "id=\"comment-form\"", "name=\"website\"",
					"/js/comments.js")
			.doesNotContain(email, "Still pending", "data-csrf", "_csrf");
		assertThat(first.body()).isEqualTo(cached.body());
	}

	@Test
	void shouldShowCommentCountsOnTheFrontPageAndTheAuthorsArchive() {
		var id = comment(http, id(), body("Counted"), author.bearer());
		assertThat(id.json().get("status").asString()).isEqualTo("APPROVED");
		pages.warmFrontPage();

		var front = new TestHttp("http://localhost:" + port).get("/");
		var archive = new TestHttp("http://localhost:" + port).get("/author/" + author.username());

		assertThat(front.body()).contains("href=\"/posts/" + slug() + "#comments\">1 comment</a>");
		assertThat(archive.body()).contains("href=\"/posts/" + slug() + "#comments\">1 comment</a>");
	}

	@Test
	void shouldShowNoFormOnAClosedPost() {
		http.putJson("/api/posts/" + id() + "/comments/settings", Map.of("closed", true), author.bearer());

		var page = new TestHttp("http://localhost:" + port).get("/posts/" + slug());

		assertThat(page.body()).contains("Comments are closed.").doesNotContain("id=\"comment-form\"");
	}

	@Test
	void shouldGiveASignedInReaderAFormWithTheirCsrfTokenThatThePageScriptSends() {
		var browser = new TestHttp("http://localhost:" + port);
		var reader = TestAccounts.signUp(browser, "browser");
		browser.logIn(reader.username(), reader.password());
		var page = browser.get("/posts/" + slug());
		assertThat(page.header("X-Page-Cache")).isEqualTo("BYPASS");
		var token = DATA_CSRF.matcher(page.body());
		assertThat(token.find()).as("the CSRF token on the signed-in page").isTrue();

		var withoutToken = comment(browser, id(), body("Forged?"));
		var withToken = comment(browser, id(), body("From my browser"), "X-CSRF-TOKEN", token.group(1));

		assertThat(withoutToken.status()).isEqualTo(403);
		assertThat(withToken.status()).as(withToken.body()).isEqualTo(201);
		assertThat(withToken.json().get("authorName").asString()).isEqualTo(reader.username());
	}

	@Test
	void shouldLetTheAuthorApproveFromTheModerationQueuePage() {
		var email = "queued-" + System.nanoTime() + "@example.com";
		var id = comment(http, id(), anonymous("Queued", "Queue", email)).json().get("id").asLong();
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());

		var queue = browser.get("/editor/comments");
		assertThat(queue.status()).isEqualTo(200);
		assertThat(queue.body()).contains("Queued", email, "/editor/comments/" + id);
		assertThat(browser.get("/editor").body()).contains("href=\"/editor/comments\"");
		var approved = browser.postForm("/editor/comments/" + id,
				Map.of("action", "APPROVED", "_csrf", queue.csrfToken()));

		assertThat(approved.status()).isEqualTo(302);
		assertThat(http.get("/api/posts/" + id() + "/comments").body()).contains("Queued");
	}

	@Test
	void shouldLetTheAuthorCloseCommentsFromThePostsCommentPage() {
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
		var page = browser.get("/editor/" + id() + "/comments");
		assertThat(page.body()).contains("Comments are open.", "Close comments");
		assertThat(browser.get("/editor/" + id()).body()).contains("/editor/" + id() + "/comments");

		var closed = browser.postForm("/editor/" + id() + "/comments",
				Map.of("closed", "true", "_csrf", page.csrfToken()));

		assertThat(closed.status()).isEqualTo(302);
		assertThat(http.get("/api/posts/" + id() + "/comments").json().get("open").asBoolean()).isFalse();
		var stranger = new TestHttp("http://localhost:" + port);
		var other = TestAccounts.signUp(stranger, "nosy");
		stranger.logIn(other.username(), other.password());
		assertThat(stranger.get("/editor/" + id() + "/comments").status()).isEqualTo(403);
	}

	private long id() {
		return post.get("id").asLong();
	}

	private String slug() {
		return post.get("slug").asString();
	}

}
