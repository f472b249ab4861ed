package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** beanpress.accounts.sign-up CLOSED and INVITATION (OPEN is every other test's). */
@NeedsServices
class SignUpModeTests {

	static ConfigurableApplicationContext closed;

	static ConfigurableApplicationContext invitationOnly;

	@BeforeAll
	static void startOneInstancePerMode() {
		closed = WebTierInstances.start(Map.of("beanpress.accounts.sign-up", "CLOSED"));
		invitationOnly = WebTierInstances.start(Map.of("beanpress.accounts.sign-up", "INVITATION"));
	}

	@AfterAll
	static void stop() {
		invitationOnly.close();
		closed.close();
	}

	@Test
	void shouldRefuseEverySignUpWhenClosed() {
		var http = new TestHttp(WebTierInstances.baseUrl(closed));
		var name = TestAccounts.uniqueName("shut");

		var api = http.postJson("/api/accounts", Map.of("username", name, "password", "a long password"));

		assertThat(api.status()).isEqualTo(403);
		assertThat(api.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.json().get("detail").asString()).contains("Sign-up is closed");
		var page = http.get("/signup");
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("Sign-up is closed on this site").doesNotContain("Create account");
		var form = http.postForm("/signup",
				Map.of("username", name, "password", "a long password", "_csrf", http.get("/login").csrfToken()));
		assertThat(form.body()).contains("Sign-up is closed");
		var admin = adminToken(http);
		var invitation = http.postJson("/api/invitations", "", admin);
		assertThat(invitation.status()).isEqualTo(409);
		assertThat(invitation.json().get("detail").asString()).contains("Sign-up is closed");
	}

	@Test
	void shouldSignUpOnlyWithAnInvitationInInvitationMode() {
		var http = new TestHttp(WebTierInstances.baseUrl(invitationOnly));
		var name = TestAccounts.uniqueName("guest");

		var uninvited = http.postJson("/api/accounts", Map.of("username", name, "password", "a long password"));

		assertThat(uninvited.status()).isEqualTo(403);
		assertThat(uninvited.json().get("detail").asString()).contains("by invitation only");
		assertThat(http.get("/signup").body()).contains("by invitation only").doesNotContain("Create account");
		var link = http.postJson("/api/invitations", Map.of("role", "AUTHOR"), adminToken(http))
			.json()
			.get("link")
			.asString();
		var secret = InvitationApiTests.secret(link);
		var page = http.get("/signup?invitation=" + secret);
		assertThat(page.body()).contains("Create account", "value=\"" + secret + "\"");

		var invited = http.postForm("/signup", Map.of("username", name, "password", "a long password", "invitation",
				secret, "_csrf", page.csrfToken()));

		assertThat(invited.status()).as(invited.body()).isEqualTo(302);
		assertThat(invited.header("Location")).endsWith("/login?registered");
		var token = http.postJson("/api/tokens", "", TestHttp.basic(name, "a long password"));
		assertThat(token.status()).isEqualTo(201);
		var me = http.get("/api/account", TestHttp.bearer(token.json().get("token").asString())).json();
		assertThat(me.get("role").asString()).isEqualTo("AUTHOR");
	}

	private static String[] adminToken(TestHttp http) {
		return TestAccounts.adminBearer(http, true);
	}

}
