package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;

import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** /admin/users for admins, /account for everyone signed in. */
@WebTierTest
class UserPagesTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserRepository users;

	TestHttp http;

	TestHttp adminBrowser;

	@BeforeEach
	void client() {
		http = new TestHttp("http://localhost:" + port);
		adminBrowser = new TestHttp("http://localhost:" + port);
		adminBrowser.logIn("admin", "test-admin-password");
	}

	@Test
	void shouldListSearchDisableAndDeleteUsersOnTheAdminPage() {
		var user = TestAccounts.signUp(http, "paged");
		var heir = TestAccounts.signUp(http, "pageheir");
		assertThat(adminBrowser.get("/admin").body()).contains("href=\"/admin/users\"");

		var page = adminBrowser.get("/admin/users?q=" + user.username());

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(user.username(), "1 accounts found", "Give posts and media to")
			.doesNotContain(heir.username());
		var csrf = page.csrfToken();
		var disabled = adminBrowser.postForm("/admin/users/" + user.id() + "/disabled",
				Map.of("disabled", "true", "_csrf", csrf));
		assertThat(disabled.status()).isEqualTo(302);
		assertThat(follow(disabled).body()).contains("is disabled");
		assertThat(users.findById(user.id()).orElseThrow().disabled()).isTrue();
		var role = adminBrowser.postForm("/admin/users/" + heir.id() + "/role",
				Map.of("role", "EDITOR", "_csrf", csrf));
		assertThat(follow(role).body()).contains("is now EDITOR");
		var selfDisable = adminBrowser.postForm(
				"/admin/users/" + users.findByUsername("admin").orElseThrow().id() + "/disabled",
				Map.of("disabled", "true", "_csrf", csrf));
		assertThat(follow(selfDisable).body()).contains("cannot disable their own account");
		var reset = adminBrowser.postForm("/admin/users/" + heir.id() + "/password-reset", Map.of("_csrf", csrf));
		assertThat(follow(reset).body()).contains("/reset-password?token=bpr_", "no mail was sent");
		var invite = adminBrowser.postForm("/admin/invitations",
				Map.of("role", "AUTHOR", "validDays", "3", "_csrf", csrf));
		assertThat(follow(invite).body()).contains("/signup?invitation=bpi_", "PENDING");

		var deleted = adminBrowser.postForm("/admin/users/" + user.id() + "/delete",
				Map.of("reassignTo", String.valueOf(heir.id()), "_csrf", csrf));

		assertThat(follow(deleted).body()).contains("is deleted");
		assertThat(users.findById(user.id())).isEmpty();
	}

	@Test
	void shouldKeepTheUserPagesFromNonAdmins() {
		var author = TestAccounts.signUp(http, "snoop");
		http.logIn(author.username(), author.password());

		assertThat(http.get("/admin/users").status()).isEqualTo(403);
		assertThat(new TestHttp("http://localhost:" + port).get("/admin/users").status()).isEqualTo(302);
	}

	@Test
	void shouldChangeTheDisplayNameEmailAndPasswordOnTheAccountPage() {
		var user = TestAccounts.signUp(http, "selfserve");
		http.logIn(user.username(), user.password());
		var page = http.get("/account");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(user.username(), "Display name", "Current password");
		var csrf = page.csrfToken();

		var saved = http.postForm("/account/profile",
				Map.of("displayName", "Ann <Lee>", "email", user.username() + "@example.com", "_csrf", csrf));
		var bad = http.postForm("/account/profile", Map.of("displayName", "", "email", "nope", "_csrf", csrf));
		var wrong = http.postForm("/account/password",
				Map.of("currentPassword", "not it at all", "newPassword", "a brand new password", "_csrf", csrf));
		var changed = http.postForm("/account/password",
				Map.of("currentPassword", user.password(), "newPassword", "a brand new password", "_csrf", csrf));

		assertThat(saved.header("Location")).endsWith("/account?saved");
		assertThat(http.get("/account").body()).contains("value=\"Ann &lt;Lee&gt;\"");
		assertThat(bad.body()).contains("must be an e-mail address");
		assertThat(wrong.body()).contains("currentPassword: is wrong");
		assertThat(changed.header("Location")).endsWith("/account?passwordChanged");
		assertThat(http.get("/account").status()).as("this session stays signed in").isEqualTo(200);
		assertThat(http.get("/api/media", user.bearer()).status()).isEqualTo(401);
		assertThat(users.findById(user.id()).orElseThrow().displayName()).isEqualTo("Ann <Lee>");
	}

	/**
	 * The page a form's redirect leads to, in the same browser (with its flash message).
	 */
	private TestHttp.Response follow(TestHttp.Response redirect) {
		assertThat(redirect.status()).as(redirect.body()).isEqualTo(302);
		var location = URI.create(redirect.header("Location"));
		return adminBrowser
			.get(location.getRawPath() + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
	}

}
