package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.beanpress.core.user.Role;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

@WebTierTest
class TokenApiTests {

	@Value("${local.server.port}")
	int port;

	TestHttp http;

	@BeforeEach
	void client() {
		http = new TestHttp("http://localhost:" + port);
	}

	@Test
	void shouldRefuseToMintATokenWithABearerToken() {
		var account = TestAccounts.signUp(http, "minter", Role.AUTHOR);

		var minted = http.postJson("/api/tokens", "", account.bearer());

		assertThat(minted.status()).isEqualTo(401);
		assertThat(minted.header("WWW-Authenticate")).startsWith("Basic");
		assertThat(minted.json().get("detail").asString()).contains("HTTP Basic", "bearer token");
		assertThat(http.get("/api/tokens", account.bearer()).json()).hasSize(1);
	}

	@Test
	void shouldRefuseToMintATokenWithABrowserSession() {
		var account = TestAccounts.signUp(http, "sessioned", Role.AUTHOR);
		http.logIn(account.username(), account.password());
		var csrf = http.get("/editor").csrfToken();

		var minted = http.postJson("/api/tokens", "", "X-CSRF-TOKEN", csrf);

		assertThat(minted.status()).isEqualTo(401);
		assertThat(http.get("/api/tokens", account.bearer()).json()).hasSize(1);
	}

	@Test
	void shouldListTheCallersTokensWithoutTheirSecrets() {
		var account = TestAccounts.signUp(http, "lister", Role.AUTHOR);
		var second = http.postJson("/api/tokens", "", TestHttp.basic(account.username(), account.password())).json();
		var other = TestAccounts.signUp(http, "other", Role.AUTHOR);

		var listed = http.get("/api/tokens", account.bearer());

		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.json()).hasSize(2);
		var newest = listed.json().get(0);
		assertThat(newest.get("id").asLong()).isEqualTo(second.get("id").asLong());
		assertThat(newest.get("lastUsedAt").isNull()).isTrue();
		var used = listed.json().get(1);
		assertThat(used.get("lastUsedAt").isNull()).isFalse();
		assertThat(used.has("createdAt")).isTrue();
		assertThat(used.get("expiresAt").asString()).isNotBlank();
		assertThat(used.get("expired").asBoolean()).isFalse();
		assertThat(listed.body()).doesNotContain(account.token(), second.get("token").asString(), "\"token\"", "hash");
		assertThat(http.get("/api/tokens", other.bearer()).json()).hasSize(1);
	}

	@Test
	void shouldRevokeEveryTokenOfTheCallerAndNoOneElses() {
		var account = TestAccounts.signUp(http, "revoker", Role.AUTHOR);
		var second = http.postJson("/api/tokens", "", TestHttp.basic(account.username(), account.password()))
			.json()
			.get("token")
			.asString();
		var other = TestAccounts.signUp(http, "bystander", Role.AUTHOR);

		var revoked = http.delete("/api/tokens", account.bearer());

		assertThat(revoked.status()).isEqualTo(204);
		assertThat(http.get("/api/tokens", account.bearer()).status()).isEqualTo(401);
		assertThat(http.get("/api/tokens", TestHttp.bearer(second)).status()).isEqualTo(401);
		assertThat(http.get("/api/tokens", other.bearer()).status()).isEqualTo(200);
		assertThat(http.get("/api/tokens", TestHttp.basic(account.username(), account.password())).status())
			.as("Basic is for POST /api/tokens only")
			.isEqualTo(401);
	}

	@Test
	void shouldStillRequireAuthenticationToListOrRevoke() {
		assertThat(http.get("/api/tokens").status()).isEqualTo(401);
		assertThat(http.delete("/api/tokens").status()).isEqualTo(401);
	}

}
