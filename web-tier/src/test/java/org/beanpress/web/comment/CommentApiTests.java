package org.beanpress.web.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beanpress.web.comment.CommentFixtures.anonymous;
import static org.beanpress.web.comment.CommentFixtures.body;
import static org.beanpress.web.comment.CommentFixtures.comment;
import static org.beanpress.web.comment.CommentFixtures.commentFrom;
import static org.beanpress.web.comment.CommentFixtures.items;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Comments through the API: who may post, what is refused, and moderation. */
@WebTierTest
@TestPropertySource(properties = { "beanpress.comments.per-address=3", "beanpress.comments.max-links=2" })
class CommentApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserRepository users;

	TestHttp http;

	Account author;

	Account reader;

	long postId;

	@BeforeEach
	void publish() {
		http = new TestHttp("http://localhost:" + port);
		author = TestAccounts.signUp(http, "commented");
		reader = TestAccounts.signUp(http, "reader");
		postId = CommentFixtures.post(http, author, "PUBLISHED").get("id").asLong();
	}

	@Test
	void shouldHoldANewCommentersFirstCommentUntilTheAuthorApprovesItAndTakeTheirNextAtOnce() {
		var first = comment(http, postId, body("First!"), reader.bearer());
		assertThat(first.status()).as(first.body()).isEqualTo(201);
		assertThat(first.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(publicComments()).isEmpty();

		var approved = http.patchJson("/api/comments/" + first.json().get("id").asLong(), Map.of("status", "APPROVED"),
				author.bearer());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND body LIKE ?")
			.param("%\"postId\":" + postId + ",%")
			.query(Long.class)
			.single()).as("cache jobs for the post: its publication's and the approval's").isEqualTo(2);
		var second = comment(http, postId, body("Second"), reader.bearer());

		assertThat(second.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(publicComments()).extracting(c -> c.get("html").asString())
			.containsExactly("<p>First!</p>\n", "<p>Second</p>\n");
	}

	@Test
	void shouldApproveTheCommentOfThePostsAuthorAndOfAnEditorAtOnce() {
		var editor = CommentFixtures.withRole(http, users, "editor", Role.EDITOR);

		var own = comment(http, postId, body("Thanks for reading"), author.bearer());
		var editors = comment(http, postId, body("Edited"), editor.bearer());

		assertThat(own.json().get("status").asString()).isEqualTo("APPROVED");
		assertThat(editors.json().get("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void shouldTakeAnAnonymousCommentAndShowItsEmailToModeratorsOnly() {
		var email = "ann-" + System.nanoTime() + "@example.com";
		var posted = comment(http, postId, anonymous("Lovely", "Ann", email));
		assertThat(posted.status()).as(posted.body()).isEqualTo(201);
		assertThat(posted.json().get("status").asString()).isEqualTo("PENDING");
		assertThat(posted.body()).doesNotContain(email);
		http.patchJson("/api/comments/" + posted.json().get("id").asLong(), Map.of("status", "APPROVED"),
				author.bearer());

		var forReaders = http.get("/api/posts/" + postId + "/comments");
		var forOtherAccounts = http.get("/api/posts/" + postId + "/comments", reader.bearer());
		var forTheAuthor = http.get("/api/posts/" + postId + "/comments", author.bearer());

		assertThat(forReaders.body()).contains("Lovely", "Ann").doesNotContain(email);
		assertThat(forOtherAccounts.body()).contains("Lovely").doesNotContain(email);
		assertThat(forTheAuthor.json().get("comments").get(0).get("email").asString()).isEqualTo(email);
		// the same email is a known commenter now (in any letter case)
		var again = comment(http, postId, anonymous("Me again", "Ann", email.toUpperCase()));
		assertThat(again.json().get("status").asString()).isEqualTo("APPROVED");
	}

	@Test
	void shouldRefuseACommentOnAnUnknownPost() {
		var response = comment(http, postId + 100_000, body("Hello?"), reader.bearer());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.json().get("detail").asString()).contains("no published post");
	}

	@Test
	void shouldRefuseACommentOnADraftAsOnAnUnknownPost() {
		var draft = CommentFixtures.post(http, author, "DRAFT").get("id").asLong();

		var response = comment(http, draft, body("Early"), reader.bearer());

		assertThat(response.status()).isEqualTo(404);
		assertThat(storedOn(draft)).isZero();
	}

	@Test
	void shouldRefuseCommentsOnAPostItsAuthorClosedUntilReopened() {
		var closed = http.putJson("/api/posts/" + postId + "/comments/settings", Map.of("closed", true),
				author.bearer());
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		assertThat(closed.json().get("open").asBoolean()).isFalse();

		var refused = comment(http, postId, body("Too late"), reader.bearer());
		assertThat(refused.status()).isEqualTo(403);
		assertThat(refused.json().get("detail").asString()).contains("closed");

		http.putJson("/api/posts/" + postId + "/comments/settings", Map.of("closed", false), author.bearer());
		assertThat(comment(http, postId, body("Open again"), reader.bearer()).status()).isEqualTo(201);
	}

	@Test
	void shouldRefuseToLetAnotherAuthorCloseComments() {
		var response = http.putJson("/api/posts/" + postId + "/comments/settings", Map.of("closed", true),
				reader.bearer());

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void shouldCloseCommentsOnAPostOlderThanTheCommentAge() {
		jdbc.sql("UPDATE posts SET published_at = ? WHERE id = ?")
			.params(Instant.now().minus(Duration.ofDays(31)), postId)
			.update();

		var response = comment(http, postId, body("Necro"), reader.bearer());

		assertThat(response.status()).isEqualTo(403);
		assertThat(http.get("/api/posts/" + postId + "/comments").json().get("open").asBoolean()).isFalse();
	}

	@Test
	void shouldRefuseATooLongCommentSayingTheLimit() {
		var response = comment(http, postId, body("x".repeat(5001)), reader.bearer());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("at most 5000 characters", "5001");
		assertThat(storedOn(postId)).isZero();
	}

	@Test
	void shouldRefuseACommentWithTooManyLinks() {
		var response = comment(http, postId,
				body("[a](https://a.example) [b](https://b.example) [c](https://c.example)"), reader.bearer());

		assertThat(response.status()).isEqualTo(422);
		assertThat(response.json().get("detail").asString()).contains("at most 2 links", "has 3");
		assertThat(storedOn(postId)).isZero();
	}

	@Test
	void shouldRefuseAnEmptyComment() {
		var response = comment(http, postId, body("  "), reader.bearer());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("body");
	}

	@Test
	void shouldRefuseAFilledHoneypotWithoutStoringAnything() {
		var trap = anonymous("Buy now", "Bot", "bot@example.com");
		trap.put("website", "https://spam.example");

		var response = comment(http, postId, trap);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("website");
		assertThat(storedOn(postId)).isZero();
	}

	@Test
	void shouldRefuseAnAnonymousCommentWithoutNameOrEmail() {
		var response = comment(http, postId, body("Who am I"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("name and an email");
	}

	@Test
	void shouldLimitCommentsPerAddressWith429AndAReason() {
		var address = CommentFixtures.newAddress();
		for (int i = 0; i < 3; i++) {
			assertThat(commentFrom(address, http, postId, body("Comment " + i), reader.bearer()).status())
				.isEqualTo(201);
		}

		var refused = commentFrom(address, http, postId, body("One more"), reader.bearer());

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(refused.json().get("detail").asString()).contains("Too many comments from this address");
		assertThat(storedOn(postId)).isEqualTo(3);
		// another address is not held back
		assertThat(comment(http, postId, body("Elsewhere"), reader.bearer()).status()).isEqualTo(201);
	}

	@Test
	void shouldTakeAReplyToATopLevelCommentButRefuseAReplyToAReply() {
		var top = approved(comment(http, postId, body("Top"), reader.bearer()));
		var reply = reply(top, "Reply", author);
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().get("parentId").asLong()).isEqualTo(top);

		var nested = reply(reply.json().get("id").asLong(), "Deeper", author);

		assertThat(nested.status()).isEqualTo(400);
		assertThat(nested.json().get("detail").asString()).contains("one level deep", "answer comment " + top);
	}

	@Test
	void shouldRefuseAParentFromAnotherPost() {
		var otherPost = CommentFixtures.post(http, author, "PUBLISHED").get("id").asLong();
		var elsewhere = approved(comment(http, otherPost, body("Elsewhere"), reader.bearer()));

		var response = reply(elsewhere, "Wrong thread", author);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("not an approved comment on post " + postId);
	}

	@Test
	void shouldRefuseModerationByAnyoneButThePostsModerators() {
		var id = comment(http, postId, body("Judge me"), reader.bearer()).json().get("id").asLong();
		var stranger = TestAccounts.signUp(http, "stranger");

		var byStranger = http.patchJson("/api/comments/" + id, Map.of("status", "APPROVED"), stranger.bearer());
		var byNobody = http.patchJson("/api/comments/" + id, Map.of("status", "APPROVED"));
		var deleteByStranger = http.delete("/api/comments/" + id, stranger.bearer());

		assertThat(byStranger.status()).isEqualTo(403);
		assertThat(byStranger.json().get("detail").asString()).contains("author, an editor or an admin");
		assertThat(byNobody.status()).isEqualTo(401);
		assertThat(deleteByStranger.status()).isEqualTo(403);
		assertThat(storedOn(postId)).isOne();
	}

	@Test
	void shouldRefuseToSetACommentBackToPending() {
		var id = comment(http, postId, body("Hold"), reader.bearer()).json().get("id").asLong();

		var response = http.patchJson("/api/comments/" + id, Map.of("status", "PENDING"), author.bearer());

		assertThat(response.status()).isEqualTo(400);
	}

	@Test
	void shouldLetAnEditorModerateAnyPostAndMarkSpamThenDelete() {
		var editor = CommentFixtures.withRole(http, users, "moderator", Role.EDITOR);
		var id = comment(http, postId, anonymous("Cheap pills", "Spam", "spam@example.com")).json().get("id").asLong();

		var queue = http.get("/api/comments?status=PENDING", editor.bearer());
		assertThat(items(queue.json().get("comments"))).extracting(c -> c.get("id").asLong()).contains(id);
		var spam = http.patchJson("/api/comments/" + id, Map.of("status", "SPAM"), editor.bearer());
		assertThat(spam.json().get("status").asString()).isEqualTo("SPAM");
		var deleted = http.delete("/api/comments/" + id, editor.bearer());

		assertThat(deleted.status()).isEqualTo(204);
		assertThat(storedOn(postId)).isZero();
	}

	@Test
	void shouldShowAnAuthorOnlyTheQueueOfTheirOwnPosts() {
		var mine = comment(http, postId, body("For the author"), reader.bearer()).json().get("id").asLong();

		var authorsQueue = http.get("/api/comments?status=PENDING", author.bearer());
		var strangersQueue = http.get("/api/comments", TestAccounts.signUp(http, "other").bearer());

		assertThat(items(authorsQueue.json().get("comments"))).extracting(c -> c.get("id").asLong())
			.containsExactly(mine);
		assertThat(items(strangersQueue.json().get("comments"))).extracting(c -> c.get("id").asLong())
			.doesNotContain(mine);
		assertThat(http.get("/api/comments").status()).isEqualTo(401);
	}

	@Test
	void shouldDocumentTheCommentRoutes() {
		var docs = http.get("/v3/api-docs").body();

		assertThat(docs).contains("/api/posts/{id}/comments", "/api/comments/{id}", "/api/comments",
				"/api/posts/{id}/comments/settings");
	}

	private long approved(TestHttp.Response comment) {
		var id = comment.json().get("id").asLong();
		http.patchJson("/api/comments/" + id, Map.of("status", "APPROVED"), author.bearer());
		return id;
	}

	private TestHttp.Response reply(long parentId, String text, Account who) {
		var body = body(text);
		body.put("parentId", parentId);
		return comment(http, postId, body, who.bearer());
	}

	private List<JsonNode> publicComments() {
		var list = http.get("/api/posts/" + postId + "/comments");
		assertThat(list.status()).as(list.body()).isEqualTo(200);
		return items(list.json().get("comments"));
	}

	private long storedOn(long post) {
		return jdbc.sql("SELECT COUNT(*) FROM comments WHERE post_id = ?").param(post).query(Long.class).single();
	}

}
