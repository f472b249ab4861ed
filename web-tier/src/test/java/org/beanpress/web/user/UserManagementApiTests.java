package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

@WebTierTest
class UserManagementApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserRepository users;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	String[] admin;

	@BeforeEach
	void client() {
		http = new TestHttp("http://localhost:" + port);
		admin = TestAccounts.adminBearer(http, true);
	}

	@Test
	void shouldListAndSearchUsersByThePrefixOfTheirNameOrEmailForAdminsOnly() {
		var prefix = TestAccounts.uniqueName("srch").replace("-", "");
		var ann = TestAccounts.signUp(http, prefix + "ann");
		var bob = TestAccounts.signUp(http, prefix + "bob");
		http.patchJson("/api/account", Map.of("displayName", "Zebedee " + prefix, "email", prefix + "@example.com"),
				bob.bearer());

		var byName = http.get("/api/users?q=" + prefix.toUpperCase() + "&sort=NAME", admin);

		assertThat(byName.status()).as(byName.body()).isEqualTo(200);
		assertThat(byName.json().get("total").asLong()).isEqualTo(2);
		var first = byName.json().get("users").get(0);
		assertThat(first.get("username").asString()).isEqualTo(ann.username());
		assertThat(first.get("role").asString()).isEqualTo("CONTRIBUTOR");
		assertThat(first.get("disabled").asBoolean()).isFalse();
		assertThat(first.get("postCount").asLong()).isZero();
		assertThat(first.has("createdAt")).isTrue();
		var byDisplayName = http.get("/api/users?q=zebedee%20" + prefix, admin).json();
		assertThat(byDisplayName.get("users").get(0).get("id").asLong()).isEqualTo(bob.id());
		assertThat(byDisplayName.get("users").get(0).get("email").asString()).isEqualTo(prefix + "@example.com");
		var byEmail = http.get("/api/users?q=" + prefix + "@EXAMPLE", admin).json();
		assertThat(byEmail.get("total").asLong()).isEqualTo(1);
		assertThat(http.get("/api/users?q=%25", admin).json().get("total").asLong()).as("wildcards are literal")
			.isZero();
		assertThat(http.get("/api/users?size=2", admin).json().get("users")).hasSize(2);
		assertThat(http.get("/api/users", ann.bearer()).status()).isEqualTo(403);
		assertThat(http.get("/api/users").status()).isEqualTo(401);
		var badPage = http.get("/api/users?page=0", admin);
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.json().get("detail").asString()).contains("page: must be 1 to");
		assertThat(http.get("/api/users?size=1000", admin).json().get("detail").asString())
			.contains("size: must be 1 to 100");
		assertThat(http.get("/api/users?sort=AGE", admin).status()).isEqualTo(400);
	}

	@Test
	void shouldDisableAnAccountEndingItsTokensAndSessionsAndRefusingItsPassword() {
		var user = TestAccounts.signUp(http, "disabled");
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(user.username(), user.password());
		assertThat(browser.get("/editor").status()).isEqualTo(200);

		var disabled = http.patchJson("/api/users/" + user.id(), Map.of("disabled", true), admin);

		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(disabled.json().get("disabled").asBoolean()).isTrue();
		assertThat(http.get("/api/media", user.bearer()).status()).isEqualTo(401);
		assertThat(browser.get("/editor").status()).as("the session ends").isEqualTo(302);
		var basic = http.postJson("/api/tokens", "", TestHttp.basic(user.username(), user.password()));
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.json().get("detail").asString()).contains("disabled");
		var form = new TestHttp("http://localhost:" + port).logIn(user.username(), user.password());
		assertThat(form.header("Location")).contains("/login?error");

		var enabled = http.patchJson("/api/users/" + user.id(), Map.of("disabled", false), admin);

		assertThat(enabled.json().get("disabled").asBoolean()).isFalse();
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic(user.username(), user.password())).status())
			.isEqualTo(201);
		assertThat(http.get("/api/media", user.bearer()).status()).as("revoked tokens stay revoked").isEqualTo(401);
	}

	@Test
	void shouldChangeRoleAndDisabledTogetherAndRefuseAnEmptyOrSelfChange() {
		var user = TestAccounts.signUp(http, "both");
		var adminId = users.findByUsername("admin").orElseThrow().id();

		var both = http.patchJson("/api/users/" + user.id(), Map.of("role", "EDITOR", "disabled", true), admin);

		assertThat(both.status()).as(both.body()).isEqualTo(200);
		assertThat(both.json().get("role").asString()).isEqualTo("EDITOR");
		assertThat(both.json().get("disabled").asBoolean()).isTrue();
		var empty = http.patchJson("/api/users/" + user.id(), Map.of(), admin);
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).contains("'role'", "'disabled'");
		var self = http.patchJson("/api/users/" + adminId, Map.of("disabled", true), admin);
		assertThat(self.status()).isEqualTo(409);
		assertThat(self.json().get("detail").asString()).contains("cannot disable their own account");
		assertThat(http.patchJson("/api/users/99999999", Map.of("disabled", true), admin).status()).isEqualTo(404);
		assertThat(users.findByUsername("admin").orElseThrow().disabled()).isFalse();
	}

	@Test
	void shouldDeleteAnAccountGivingItsPostsAndMediaToAnotherAndWarmTheirPages() {
		var leaver = TestAccounts.signUp(http, "leaver", Role.AUTHOR);
		var heir = TestAccounts.signUp(http, "heir");
		var post = http.postJson("/api/posts",
				Map.of("title", "Legacy " + leaver.username(), "markdown", "text", "status", "PUBLISHED"),
				leaver.bearer());
		assertThat(post.status()).as(post.body()).isEqualTo(201);
		var postId = post.json().get("id").asLong();
		var slug = post.json().get("slug").asString();
		var media = http.upload("/api/media", TestImages.file("gps/DSCN0010.jpg"), leaver.bearer());
		assertThat(media.status()).as(media.body()).isEqualTo(201);
		var mediaId = media.json().get("id").asLong();
		var warmsBefore = countWarms(postId);

		var deleted = http.delete("/api/users/" + leaver.id() + "?reassignTo=" + heir.id(), admin);

		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		assertThat(users.findById(leaver.id())).isEmpty();
		assertThat(http.get("/api/posts/" + slug).json().get("author").asString()).isEqualTo(heir.username());
		assertThat(jdbc.sql("SELECT owner_id FROM media WHERE id = ?").param(mediaId).query(Long.class).single())
			.isEqualTo(heir.id());
		assertThat(http.get("/api/media", leaver.bearer()).status()).isEqualTo(401);
		assertThat(countWarms(postId)).as("the post page is warmed again").isGreaterThan(warmsBefore);
		assertThat(countArchiveWarms(heir.username())).as("the new author's archive").isPositive();
		assertThat(countArchiveWarms(leaver.username())).as("the old author's archive").isPositive();
	}

	@Test
	void shouldWarmThePagesTheDeletedAccountsCommentsWereOn() {
		var author = TestAccounts.signUp(http, "host", Role.AUTHOR);
		var commenter = TestAccounts.signUp(http, "guest");
		var post = http.postJson("/api/posts",
				Map.of("title", "Talked about " + author.username(), "markdown", "text", "status", "PUBLISHED"),
				author.bearer());
		assertThat(post.status()).as(post.body()).isEqualTo(201);
		var postId = post.json().get("id").asLong();
		var comment = http.postJson("/api/posts/" + postId + "/comments", Map.of("body", "Nice one"),
				commenter.bearer());
		assertThat(comment.status()).as(comment.body()).isEqualTo(201);
		var approved = http.patchJson("/api/comments/" + comment.json().get("id").asLong(),
				Map.of("status", "APPROVED"), author.bearer());
		assertThat(approved.status()).as(approved.body()).isEqualTo(200);
		var warmsBefore = countWarms(postId);

		var deleted = http.delete("/api/users/" + commenter.id(), admin);

		assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
		assertThat(http.get("/api/posts/" + postId + "/comments").body()).doesNotContain("Nice one");
		assertThat(countWarms(postId)).as("the page that showed the comment is warmed again")
			.isGreaterThan(warmsBefore);
	}

	@Test
	void shouldRefuseToDeleteWithoutAUsableHeirAndKeepEverything() {
		var owner = TestAccounts.signUp(http, "owner");
		var disabledHeir = TestAccounts.signUp(http, "gone");
		http.patchJson("/api/users/" + disabledHeir.id(), Map.of("disabled", true), admin);
		http.postJson("/api/posts", Map.of("title", "Kept " + owner.username(), "markdown", "x", "status", "DRAFT"),
				owner.bearer());
		var adminId = users.findByUsername("admin").orElseThrow().id();

		var missing = http.delete("/api/users/" + owner.id(), admin);
		var unknown = http.delete("/api/users/" + owner.id() + "?reassignTo=99999999", admin);
		var same = http.delete("/api/users/" + owner.id() + "?reassignTo=" + owner.id(), admin);
		var disabled = http.delete("/api/users/" + owner.id() + "?reassignTo=" + disabledHeir.id(), admin);
		var self = http.delete("/api/users/" + adminId + "?reassignTo=" + owner.id(), admin);
		var notAdmin = http.delete("/api/users/" + disabledHeir.id(), owner.bearer());

		assertThat(missing.status()).isEqualTo(400);
		assertThat(missing.json().get("detail").asString()).contains("reassignTo: is required", "1 posts");
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().get("detail").asString()).contains("no account with id 99999999");
		assertThat(same.status()).isEqualTo(400);
		assertThat(disabled.status()).isEqualTo(409);
		assertThat(disabled.json().get("detail").asString()).contains("is disabled");
		assertThat(self.status()).isEqualTo(409);
		assertThat(self.json().get("detail").asString()).contains("cannot delete their own account");
		assertThat(notAdmin.status()).isEqualTo(403);
		assertThat(users.findById(owner.id())).isPresent();
		assertThat(http.get("/api/media", owner.bearer()).status()).isEqualTo(200);
		assertThat(http.delete("/api/users/99999999", admin).status()).isEqualTo(404);
	}

	@Test
	void shouldDeleteAnAccountThatOwnsNothingWithoutAnHeir() {
		var empty = TestAccounts.signUp(http, "empty");

		assertThat(http.delete("/api/users/" + empty.id(), admin).status()).isEqualTo(204);
		assertThat(users.findById(empty.id())).isEmpty();
	}

	@Test
	void shouldChangeTheCallersDisplayNameAndEmailWithValidation() {
		var user = TestAccounts.signUp(http, "profile");
		var other = TestAccounts.signUp(http, "taken");
		http.patchJson("/api/account", Map.of("email", other.username() + "@example.com"), other.bearer());

		var saved = http.patchJson("/api/account",
				Map.of("displayName", "  Ann   <b>Lee</b> ", "email", "Ann." + user.username() + "@Example.com"),
				user.bearer());

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		assertThat(saved.json().get("displayName").asString()).isEqualTo("Ann <b>Lee</b>");
		assertThat(saved.json().get("email").asString()).isEqualTo("ann." + user.username() + "@example.com");
		assertThat(http.get("/api/account", user.bearer()).json().get("displayName").asString())
			.isEqualTo("Ann <b>Lee</b>");
		var onlyName = http.patchJson("/api/account", Map.of("displayName", "Ann"), user.bearer()).json();
		assertThat(onlyName.get("email").asString()).as("left out: unchanged").contains("@example.com");
		assertThat(http.patchJson("/api/account", Map.of("email", "not an address"), user.bearer())
			.json()
			.get("detail")
			.asString()).contains("email: must be an e-mail address");
		assertThat(http.patchJson("/api/account", Map.of("displayName", "x".repeat(81)), user.bearer()).status())
			.isEqualTo(400);
		var hidden = http.patchJson("/api/account", Map.of("displayName", "Ann\u202Eevil"), user.bearer());
		assertThat(hidden.status()).isEqualTo(400);
		assertThat(hidden.json().get("detail").asString()).contains("control or formatting");
		var duplicate = http.patchJson("/api/account", Map.of("email", other.username() + "@EXAMPLE.com"),
				user.bearer());
		assertThat(duplicate.status()).isEqualTo(409);
		var cleared = http.patchJson("/api/account", Map.of("displayName", "", "email", ""), user.bearer()).json();
		assertThat(cleared.get("displayName").isNull()).isTrue();
		assertThat(cleared.get("email").isNull()).isTrue();
		assertThat(http.patchJson("/api/account", Map.of("displayName", "x"), new String[0]).status()).isEqualTo(401);
	}

	@Test
	void shouldDescribeTheUserRoutesInTheOpenApiDocument() {
		var paths = http.get("/v3/api-docs").json().get("paths");

		assertThat(paths.get("/api/users").has("get")).isTrue();
		assertThat(paths.get("/api/users/{id}").has("patch")).isTrue();
		assertThat(paths.get("/api/users/{id}").has("delete")).isTrue();
		assertThat(paths.get("/api/users/{id}/password-reset").has("post")).isTrue();
		assertThat(paths.get("/api/invitations").has("post")).isTrue();
		assertThat(paths.get("/api/invitations/{id}").has("delete")).isTrue();
		assertThat(paths.get("/api/account").has("patch")).isTrue();
	}

	private long countWarms(long postId) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND body LIKE ?")
			.param("%\"postId\":" + postId + ",%")
			.query(Long.class)
			.single();
	}

	private long countArchiveWarms(String username) {
		return jdbc.sql("SELECT COUNT(*) FROM outbox WHERE queue = 'cache' AND body LIKE ? AND body LIKE ?")
			.params("%\"archive\":\"author\"%", "%\"slug\":\"" + username + "\"%")
			.query(Long.class)
			.single();
	}

}
