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

/**
 * Disabling on one instance ends the account's sessions and tokens on every instance at
 * their next request: the state lives in the database, not in an instance.
 */
@NeedsServices
class DisabledUserTests {

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
	void shouldEndEverySessionAndTokenOfADisabledAccountOnEveryInstanceAtOnce() {
		var onFirst = new TestHttp(WebTierInstances.baseUrl(first));
		var onSecond = new TestHttp(WebTierInstances.baseUrl(second));
		var user = TestAccounts.signUp(onFirst, "suspended");
		var laptop = new TestHttp(WebTierInstances.baseUrl(first));
		laptop.logIn(user.username(), user.password());
		var phone = new TestHttp(WebTierInstances.baseUrl(second));
		phone.logIn(user.username(), user.password());
		assertThat(phone.get("/editor").status()).isEqualTo(200);
		assertThat(onSecond.get("/api/media", user.bearer()).status()).isEqualTo(200);
		var admin = TestAccounts.adminBearer(onFirst, true);

		var disabled = onFirst.patchJson("/api/users/" + user.id(), Map.of("disabled", true), admin);

		assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
		assertThat(phone.get("/editor").status()).as("the session on the other instance ends").isEqualTo(302);
		assertThat(laptop.at(WebTierInstances.baseUrl(second)).get("/editor").status()).isEqualTo(302);
		assertThat(onSecond.get("/api/media", user.bearer()).status()).isEqualTo(401);
		assertThat(onFirst.get("/api/media", user.bearer()).status()).isEqualTo(401);
		var basic = onSecond.postJson("/api/tokens", "", TestHttp.basic(user.username(), user.password()));
		assertThat(basic.status()).isEqualTo(401);
		assertThat(basic.json().get("detail").asString()).isEqualTo(ProblemResponses.DISABLED);
		var form = new TestHttp(WebTierInstances.baseUrl(second)).logIn(user.username(), user.password());
		assertThat(form.header("Location")).contains("/login?error");
	}

}
