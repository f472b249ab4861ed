package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Invitations in the default OPEN sign-up mode; SignUpModeTests has the others. */
@WebTierTest
class InvitationApiTests {

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
	void shouldSignUpOnceWithAnInvitationsRoleAndStoreOnlyItsHash() {
		var created = http.postJson("/api/invitations", Map.of("role", "EDITOR", "validDays", 2), admin);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		var link = created.json().get("link").asString();
		assertThat(link).startsWith("http://127.0.0.1:8080/signup?invitation=bpi_");
		var secret = secret(link);
		assertThat(created.json().get("role").asString()).isEqualTo("EDITOR");
		assertThat(jdbc.sql("SELECT COUNT(*) FROM invitations WHERE token_hash = ?")
			.param(TokenService.hash(secret))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM invitations WHERE token_hash = ?")
			.param(secret)
			.query(Long.class)
			.single()).isZero();

		var name = TestAccounts.uniqueName("invited");
		var signedUp = http.postJson("/api/accounts",
				Map.of("username", name, "password", "a long password", "invitation", secret));
		var again = http.postJson("/api/accounts",
				Map.of("username", name + "x", "password", "a long password", "invitation", secret));

		assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
		assertThat(signedUp.json().get("role").asString()).isEqualTo("EDITOR");
		assertThat(again.status()).isEqualTo(410);
		assertThat(again.json().get("detail").asString()).contains("used already");
		assertThat(users.findByUsername(name + "x")).isEmpty();
		var listed = http.get("/api/invitations", admin).json();
		var mine = findById(listed, created.json().get("id").asLong());
		assertThat(mine.get("status").asString()).isEqualTo("USED");
		assertThat(mine.get("usedBy").asLong()).isEqualTo(signedUp.json().get("id").asLong());
		assertThat(listed.toString()).doesNotContain(secret);
	}

	@Test
	void shouldDefaultToAContributorForSevenDaysAndRefuseBadRequests() {
		var created = http.postJson("/api/invitations", "", admin);

		assertThat(created.status()).as(created.body()).isEqualTo(201);
		assertThat(created.json().get("role").asString()).isEqualTo("CONTRIBUTOR");
		var adminRole = http.postJson("/api/invitations", Map.of("role", "ADMIN"), admin);
		assertThat(adminRole.status()).isEqualTo(400);
		assertThat(adminRole.json().get("detail").asString()).contains("CONTRIBUTOR, AUTHOR or EDITOR");
		assertThat(http.postJson("/api/invitations", Map.of("validDays", 0), admin).json().get("detail").asString())
			.contains("validDays: must be 1 to 90");
		assertThat(http.postJson("/api/invitations", Map.of("role", "KING"), admin).status()).isEqualTo(400);
		var author = TestAccounts.signUp(http, "nosy");
		assertThat(http.postJson("/api/invitations", "", author.bearer()).status()).isEqualTo(403);
		assertThat(http.get("/api/invitations", author.bearer()).status()).isEqualTo(403);
		var unknown = http.postJson("/api/accounts", Map.of("username", TestAccounts.uniqueName("fake"), "password",
				"a long password", "invitation", "bpi_made-up"));
		assertThat(unknown.status()).isEqualTo(403);
		assertThat(unknown.json().get("detail").asString()).contains("not an invitation of this site");
	}

	@Test
	void shouldStopAWithdrawnOrExpiredInvitation() {
		var created = http.postJson("/api/invitations", "", admin).json();
		var id = created.get("id").asLong();

		assertThat(http.delete("/api/invitations/" + id, admin).status()).isEqualTo(204);
		assertThat(http.delete("/api/invitations/" + id, admin).status()).isEqualTo(404);
		assertThat(http
			.postJson("/api/accounts", Map.of("username", TestAccounts.uniqueName("late"), "password",
					"a long password", "invitation", secret(created.get("link").asString())))
			.status()).isEqualTo(403);

		var expiring = http.postJson("/api/invitations", "", admin).json();
		jdbc.sql("UPDATE invitations SET expires_at = created_at WHERE id = ?")
			.param(expiring.get("id").asLong())
			.update();
		var expired = http.postJson("/api/accounts", Map.of("username", TestAccounts.uniqueName("late"), "password",
				"a long password", "invitation", secret(expiring.get("link").asString())));
		assertThat(expired.status()).isEqualTo(410);
		assertThat(expired.json().get("detail").asString()).contains("expired");
	}

	@Test
	void shouldLetExactlyOneOfTwoConcurrentSignUpsUseAnInvitation() throws Exception {
		var secret = secret(http.postJson("/api/invitations", "", admin).json().get("link").asString());
		var start = new CountDownLatch(1);
		var attempts = List.of("racer-a", "racer-b").stream().map(prefix -> CompletableFuture.supplyAsync(() -> {
			try {
				start.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return new TestHttp("http://localhost:" + port)
				.postJson("/api/accounts", Map.of("username", TestAccounts.uniqueName(prefix), "password",
						"a long password", "invitation", secret))
				.status();
		})).toList();

		start.countDown();

		var statuses = attempts.stream().map(CompletableFuture::join).toList();
		assertThat(statuses).containsExactlyInAnyOrder(201, 410);
	}

	static String secret(String link) {
		return link.substring(link.indexOf("invitation=") + "invitation=".length());
	}

	private static tools.jackson.databind.JsonNode findById(tools.jackson.databind.JsonNode list, long id) {
		for (var node : list) {
			if (node.get("id").asLong() == id) {
				return node;
			}
		}
		throw new AssertionError("No invitation " + id + " in " + list);
	}

}
