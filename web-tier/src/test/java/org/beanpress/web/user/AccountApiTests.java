package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.beanpress.core.user.ApiTokenRepository;
import org.beanpress.core.user.Role;
import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

@WebTierTest
class AccountApiTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserRepository users;

	@Autowired
	ApiTokenRepository tokens;

	TestHttp http;

	@BeforeEach
	void client() {
		http = new TestHttp("http://localhost:" + port);
	}

	@Test
	void shouldSignUpAContributorAndStoreOnlyABcryptHash() {
		var name = TestAccounts.uniqueName("ann");
		var response = http.postJson("/api/accounts", Map.of("username", name, "password", "a long password"));

		assertThat(response.status()).isEqualTo(201);
		assertThat(response.json().get("role").asString()).isEqualTo("CONTRIBUTOR");
		assertThat(response.body()).doesNotContain("password");
		assertThat(users.findByUsername(name).orElseThrow().passwordHash()).startsWith("$2").doesNotContain("long");
	}

	@Test
	void shouldRefuseADuplicateUsernameInAnyLetterCase() {
		var name = TestAccounts.uniqueName("bob");
		http.postJson("/api/accounts", Map.of("username", name, "password", "a long password"));

		var again = http.postJson("/api/accounts",
				Map.of("username", name.toUpperCase(), "password", "other password"));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.header("Content-Type")).startsWith("application/problem+json");
		assertThat(again.json().get("detail").asString()).contains("is taken");
		assertThat(users.findByUsername(name).orElseThrow().username()).isEqualTo(name);
	}

	@Test
	void shouldRefuseMissingAndInvalidFieldsWithReasons() {
		var name = TestAccounts.uniqueName("cy");
		var response = http.postJson("/api/accounts", Map.of("username", name + " <b>", "password", "short"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("username: may hold only letters",
				"password: must be 10 to 72 characters");
		assertThat(users.findByUsername(name + " <b>")).isEmpty();
		assertThat(http.postJson("/api/accounts", "{}").json().get("detail").asString())
			.contains("username: is required");
	}

	@Test
	void shouldRefuseMalformedJson() {
		var response = http.postJson("/api/accounts", "{\"username\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("not valid JSON");
		assertThat(response.body()).doesNotContain("Exception", "at org.");
	}

	@Test
	void shouldRefuseAPasswordLongerThanBcryptReads() {
		var response = http.postJson("/api/accounts",
				Map.of("username", TestAccounts.uniqueName("dee"), "password", "é".repeat(40)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("72 bytes");
	}

	@Test
	void shouldIssueATokenForBasicCredentialsAndAcceptItAsBearer() {
		var account = TestAccounts.signUp(http, "eve", Role.AUTHOR);

		assertThat(account.token()).startsWith("bp_");
		assertThat(tokens.findByHash(account.token())).isEmpty();
		assertThat(tokens.findByHash(TokenService.hash(account.token()))).isPresent();
		assertThat(http.get("/api/media", account.bearer()).status()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAWrongPasswordWithAProblem() {
		var account = TestAccounts.signUp(http, "fay", Role.AUTHOR);

		var response = http.postJson("/api/tokens", "", TestHttp.basic(account.username(), "wrong password"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).isEqualTo("The username or password is wrong");
	}

	@Test
	void shouldRefuseAnExpiredTokenSayingSo() {
		var account = TestAccounts.signUp(http, "gus", Role.AUTHOR);
		var secret = "bp_expired" + System.nanoTime();
		var past = Instant.now().minusSeconds(3600);
		tokens.create(account.id(), TokenService.hash(secret), past.minusSeconds(60), past);

		var response = http.get("/api/media", TestHttp.bearer(secret));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("expired", "POST /api/tokens");
	}

	@Test
	void shouldStopAcceptingARevokedTokenAtOnce() {
		var account = TestAccounts.signUp(http, "hal", Role.AUTHOR);
		var issued = http.postJson("/api/tokens", "", TestHttp.basic(account.username(), account.password())).json();

		var revoked = http.delete("/api/tokens/" + issued.get("id").asLong(), account.bearer());

		assertThat(revoked.status()).isEqualTo(204);
		var refused = http.get("/api/media", TestHttp.bearer(issued.get("token").asString()));
		assertThat(refused.status()).isEqualTo(401);
		assertThat(refused.json().get("detail").asString()).contains("unknown or revoked");
		assertThat(http.get("/api/media", account.bearer()).status()).isEqualTo(200);
	}

	@Test
	void shouldNotLetOneUserRevokeAnothersToken() {
		var owner = TestAccounts.signUp(http, "ida", Role.AUTHOR);
		var other = TestAccounts.signUp(http, "jon", Role.AUTHOR);
		var ownersToken = tokens.findByHash(TokenService.hash(owner.token())).orElseThrow();

		assertThat(http.delete("/api/tokens/" + ownersToken.id(), other.bearer()).status()).isEqualTo(404);
		assertThat(http.get("/api/media", owner.bearer()).status()).isEqualTo(200);
	}

	@Test
	void shouldAskForCredentialsWhenNoneAreSent() {
		var response = http.get("/api/media");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.json().get("detail").asString()).contains("Authorization: Bearer");
	}

	@Test
	void shouldBootstrapTheAdminFromConfiguration() {
		assertThat(users.findByUsername("admin").orElseThrow().role().name()).isEqualTo("ADMIN");
	}

	@Test
	void shouldTakeEveryWidthAndCaseOfANameAsOneName() {
		var name = TestAccounts.uniqueName("wide");
		var fullWidth = "\uFF37" + name.substring(1).toUpperCase();

		var created = http.postJson("/api/accounts", Map.of("username", fullWidth, "password", "a long password"));
		var again = http.postJson("/api/accounts", Map.of("username", name, "password", "a long password"));

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("username").asString()).isEqualTo(name);
		assertThat(again.status()).isEqualTo(409);
		assertThat(users.findByUsername(name.toUpperCase()).orElseThrow().username()).isEqualTo(name);
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic(name.toUpperCase(), "a long password")).status())
			.isEqualTo(201);
	}

	@Test
	void shouldChangeAPasswordOnlyWithTheCurrentOneAndRevokeEveryToken() {
		var account = TestAccounts.signUp(http, "changer", Role.AUTHOR);
		var second = http.postJson("/api/tokens", "", TestHttp.basic(account.username(), account.password()))
			.json()
			.get("token")
			.asString();

		var wrong = http.putJson("/api/account/password",
				Map.of("currentPassword", "not my password", "newPassword", "a brand new password"), account.bearer());
		assertThat(wrong.status()).isEqualTo(403);
		assertThat(wrong.json().get("detail").asString()).contains("currentPassword: is wrong");
		assertThat(http.get("/api/media", account.bearer()).status()).isEqualTo(200);

		var changed = http.putJson("/api/account/password",
				Map.of("currentPassword", account.password(), "newPassword", "a brand new password"), account.bearer());

		assertThat(changed.status()).isEqualTo(204);
		assertThat(http.get("/api/media", account.bearer()).status()).isEqualTo(401);
		assertThat(http.get("/api/media", TestHttp.bearer(second)).status()).isEqualTo(401);
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic(account.username(), account.password())).status())
			.isEqualTo(401);
		assertThat(
				http.postJson("/api/tokens", "", TestHttp.basic(account.username(), "a brand new password")).status())
			.isEqualTo(201);
	}

	@Test
	void shouldRefuseAnInvalidNewPassword() {
		var account = TestAccounts.signUp(http, "weak", Role.AUTHOR);

		var response = http.putJson("/api/account/password",
				Map.of("currentPassword", account.password(), "newPassword", "short"), account.bearer());

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("newPassword: must be 10 to 72 characters");
		assertThat(http.get("/api/media", account.bearer()).status()).isEqualTo(200);
	}

	@Test
	void shouldLetOnlyAnAdminChangeARoleAndEndTheAccountsTokensAndSessions() {
		var author = TestAccounts.signUp(http, "promoted", Role.AUTHOR);
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(author.username(), author.password());
		assertThat(browser.get("/editor").status()).isEqualTo(200);
		var admin = TestAccounts.adminBearer(http, true);

		assertThat(http.patchJson("/api/users/" + author.id(), Map.of("role", "ADMIN"), author.bearer()).status())
			.isEqualTo(403);
		var promoted = http.patchJson("/api/users/" + author.id(), Map.of("role", "ADMIN"), admin);

		assertThat(promoted.status()).as(promoted.body()).isEqualTo(200);
		assertThat(promoted.json().get("role").asString()).isEqualTo("ADMIN");
		assertThat(http.get("/api/media", author.bearer()).status()).isEqualTo(401);
		assertThat(browser.get("/editor").status()).as("the old session ends").isEqualTo(302);
		assertThat(http.patchJson("/api/users/" + author.id(), Map.of("role", "KING"), admin).status()).isEqualTo(400);
		assertThat(http.patchJson("/api/users/99999999", Map.of("role", "AUTHOR"), admin).status()).isEqualTo(404);
		assertThat(users.findById(author.id()).orElseThrow().role().name()).isEqualTo("ADMIN");
	}

}
