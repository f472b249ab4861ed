package org.beanpress.web.abuse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.beanpress.web.abuse.Clients.PASSWORD;
import static org.beanpress.web.abuse.Clients.from;
import static org.beanpress.web.abuse.Clients.logIn;
import static org.beanpress.web.abuse.Clients.newAddress;
import static org.beanpress.web.abuse.Clients.signUp;
import static org.beanpress.web.abuse.Clients.token;

import java.util.Map;

import org.beanpress.core.user.UserRepository;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

@WebTierTest
@TestPropertySource(properties = { "beanpress.abuse.failed-logins-per-account=3",
		"beanpress.abuse.failed-logins-per-address=5", "beanpress.abuse.sign-ups-per-address=2" })
class LoginLimitTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	UserRepository users;

	TestHttp browser;

	@BeforeEach
	void browser() {
		browser = new TestHttp("http://localhost:" + port);
	}

	@Test
	void shouldLockAnAccountAfterItsFailedLogInsEvenForTheRightPasswordFromElsewhere() {
		var name = TestAccounts.uniqueName("locked");
		signUp(browser, newAddress(), name);
		for (int i = 0; i < 3; i++) {
			assertThat(logIn(browser, newAddress(), name, "wrong password").header("Location"))
				.endsWith("/login?error");
		}

		var locked = logIn(browser, newAddress(), name, PASSWORD);

		assertThat(locked.status()).isEqualTo(429);
		assertThat(Long.parseLong(locked.header("Retry-After"))).isPositive();
		assertThat(locked.body()).contains("Too many attempts", "name=\"_csrf\"");
		assertThat(locked.header("Set-Cookie")).isNull();
	}

	@Test
	void shouldAnswerALockedUnknownAccountExactlyAsAKnownOne() {
		var known = TestAccounts.uniqueName("known");
		var unknown = TestAccounts.uniqueName("unknown");
		signUp(browser, newAddress(), known);
		for (int i = 0; i < 3; i++) {
			logIn(browser, newAddress(), known, "wrong password");
			logIn(browser, newAddress(), unknown, "wrong password");
		}

		var knownAnswer = logIn(browser, newAddress(), known, "wrong password");
		var unknownAnswer = logIn(browser, newAddress(), unknown, PASSWORD);

		assertThat(knownAnswer.status()).isEqualTo(429);
		assertThat(unknownAnswer.status()).isEqualTo(429);
		assertThat(withoutCsrfToken(unknownAnswer.body())).isEqualTo(withoutCsrfToken(knownAnswer.body()));
	}

	@Test
	void shouldCountEverySpellingOfAUsernameAsOneAccount() {
		var name = TestAccounts.uniqueName("spelled");
		logIn(browser, newAddress(), name.toUpperCase(), "wrong password");
		logIn(browser, newAddress(), name, "wrong password");
		// the first letter in its full-width form, which NFKC folds back
		logIn(browser, newAddress(), (char) (name.charAt(0) - 'a' + '\uFF41') + name.substring(1), "x");
		logIn(browser, newAddress(), name.substring(0, 1).toUpperCase() + name.substring(1), "wrong");

		assertThat(logIn(browser, newAddress(), name, "wrong password").status()).isEqualTo(429);
	}

	@Test
	void shouldLimitFailedLogInsFromOneAddressWhateverTheUsernames() {
		var address = newAddress();
		var name = TestAccounts.uniqueName("victim");
		signUp(browser, newAddress(), name);
		for (int i = 0; i < 5; i++) {
			logIn(browser, address, TestAccounts.uniqueName("sprayed"), "Summer2026!");
		}

		assertThat(logIn(browser, address, name, PASSWORD).status()).isEqualTo(429);
		assertThat(logIn(browser, newAddress(), name, PASSWORD).header("Location")).endsWith("/editor");
	}

	@Test
	void shouldNotCountGoodLogIns() {
		var address = newAddress();
		var name = TestAccounts.uniqueName("regular");
		signUp(browser, newAddress(), name);

		for (int i = 0; i < 8; i++) {
			assertThat(logIn(new TestHttp("http://localhost:" + port), address, name, PASSWORD).header("Location"))
				.endsWith("/editor");
		}
	}

	@Test
	void shouldRefuseHttpBasicOverTheLimitWithAProblemAndRetryAfter() {
		var name = TestAccounts.uniqueName("script");
		signUp(browser, newAddress(), name);
		for (int i = 0; i < 3; i++) {
			assertThat(token(browser, newAddress(), name, "wrong password").status()).isEqualTo(401);
		}

		var refused = token(browser, newAddress(), name, PASSWORD);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("status").asInt()).isEqualTo(429);
		assertThat(refused.json().get("detail").asString()).startsWith("Too many attempts");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
	}

	@Test
	void shouldLimitSignUpsPerAddressButNotCountRefusedOnes() {
		var address = newAddress();
		assertThat(
				browser.postJson("/api/accounts", Map.of("username", "x", "password", "short"), from(address)).status())
			.isEqualTo(400);
		assertThat(signUp(browser, address, TestAccounts.uniqueName("first")).status()).isEqualTo(201);
		assertThat(signUp(browser, address, TestAccounts.uniqueName("second")).status()).isEqualTo(201);

		var third = TestAccounts.uniqueName("third");
		var refused = signUp(browser, address, third);

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
		assertThat(users.findByUsername(third)).isEmpty();
		var form = browser.postForm("/signup", Map.of("_csrf", browser.get("/signup", from(address)).csrfToken(),
				"username", third, "password", PASSWORD), from(address));
		assertThat(form.status()).isEqualTo(429);
		assertThat(form.body()).contains("Too many attempts");
		assertThat(users.findByUsername(third)).isEmpty();
	}

	private static String withoutCsrfToken(String page) {
		return page.replaceAll("value=\"[^\"]+\"", "value=\"\"").replaceAll("\\d+ seconds", "N seconds");
	}

}
