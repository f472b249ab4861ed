package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.beanpress.core.user.Role;
import org.beanpress.local.NeedsServices;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierInstances;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two web-tier instances on one Redis, as behind a load balancer: the cookie holds only a
 * session id, so a log-in on one instance is a log-in on every instance.
 */
@NeedsServices
class SessionSharingTests {

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = WebTierInstances.start(Map.of());
		second = WebTierInstances.start(Map.of());
	}

	@AfterAll
	static void stop() {
		second.close();
		first.close();
	}

	@Test
	void shouldUseASessionMadeOnOneInstanceOnTheOther() {
		var browser = new TestHttp(WebTierInstances.baseUrl(first));
		var account = TestAccounts.signUp(browser, "roamer", Role.AUTHOR);

		var login = browser.logIn(account.username(), account.password());

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).endsWith("/editor");
		assertThat(login.header("Set-Cookie")).startsWith("SESSION=").doesNotContain(account.username());
		var onSecond = browser.at(WebTierInstances.baseUrl(second)).get("/editor");
		assertThat(onSecond.status()).isEqualTo(200);
		assertThat(onSecond.body()).contains("Log out " + account.username());
	}

	@Test
	void shouldLogOutEverywhereWhenLoggingOutOnOneInstance() {
		var browser = new TestHttp(WebTierInstances.baseUrl(first));
		var account = TestAccounts.signUp(browser, "leaver", Role.AUTHOR);
		browser.logIn(account.username(), account.password());
		var onSecond = browser.at(WebTierInstances.baseUrl(second));
		var token = onSecond.get("/editor").csrfToken();

		var logout = onSecond.postForm("/logout", Map.of("_csrf", token));

		assertThat(logout.status()).isEqualTo(302);
		assertThat(browser.get("/editor").status()).isEqualTo(302);
	}

	@Test
	void shouldRefuseAFormPostWithoutTheCsrfToken() {
		var browser = new TestHttp(WebTierInstances.baseUrl(first));
		var account = TestAccounts.signUp(browser, "forged", Role.AUTHOR);
		browser.logIn(account.username(), account.password());

		var forged = browser.postForm("/editor/new", Map.of("title", "Forged", "markdown", "x", "status", "PUBLISHED"));

		assertThat(forged.status()).isEqualTo(403);
		assertThat(browser.get("/editor").body()).doesNotContain("Forged");
	}

	@Test
	void shouldEndEveryOtherSessionOnEveryInstanceWhenThePasswordChanges() {
		var laptop = new TestHttp(WebTierInstances.baseUrl(first));
		var account = TestAccounts.signUp(laptop, "rotator", Role.AUTHOR);
		laptop.logIn(account.username(), account.password());
		var phone = new TestHttp(WebTierInstances.baseUrl(second));
		phone.logIn(account.username(), account.password());
		assertThat(phone.get("/editor").status()).isEqualTo(200);
		var csrf = laptop.get("/editor").csrfToken();

		var changed = laptop.putJson("/api/account/password",
				Map.of("currentPassword", account.password(), "newPassword", "a brand new password"), "X-CSRF-TOKEN",
				csrf);

		assertThat(changed.status()).as(changed.body()).isEqualTo(204);
		assertThat(laptop.get("/editor").status()).as("the session that changed it stays").isEqualTo(200);
		assertThat(laptop.at(WebTierInstances.baseUrl(second)).get("/editor").status()).isEqualTo(200);
		assertThat(phone.get("/editor").status()).as("the other session ends").isEqualTo(302);
		assertThat(phone.at(WebTierInstances.baseUrl(first)).get("/editor").status()).isEqualTo(302);
	}

}
