package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

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
class AccountPagesTests {

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
	void shouldSignUpThroughTheFormAndThenLogIn() {
		var name = TestAccounts.uniqueName("formuser");
		var token = browser.get("/signup").csrfToken();

		var signUp = browser.postForm("/signup",
				Map.of("_csrf", token, "username", name, "password", "long enough pw"));

		assertThat(signUp.status()).isEqualTo(302);
		assertThat(signUp.header("Location")).endsWith("/login?registered");
		assertThat(browser.logIn(name, "long enough pw").header("Location")).endsWith("/editor");
		assertThat(browser.get("/editor").body()).contains("Log out " + name);
	}

	@Test
	void shouldShowWhatIsWrongWithTheFormAndStoreNothing() {
		var name = TestAccounts.uniqueName("badform");
		var token = browser.get("/signup").csrfToken();

		var page = browser.postForm("/signup", Map.of("_csrf", token, "username", name, "password", "short"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("must be 10 to 72 characters");
		assertThat(users.findByUsername(name)).isEmpty();
	}

	@Test
	void shouldSayWhenTheUsernameIsTaken() {
		var taken = TestAccounts.signUp(browser, "takenform", Role.AUTHOR);
		var token = browser.get("/signup").csrfToken();

		var page = browser.postForm("/signup",
				Map.of("_csrf", token, "username", taken.username(), "password", "another long password"));

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains("is taken");
	}

	@Test
	void shouldSendAWrongLogInBackToTheFormWithAnError() {
		var login = browser.logIn("nobody-" + System.nanoTime(), "wrong password");

		assertThat(login.status()).isEqualTo(302);
		assertThat(login.header("Location")).endsWith("/login?error");
		assertThat(browser.get("/login?error").body()).contains("The username or password is wrong");
	}

	@Test
	void shouldSendAnonymousVisitorsOfTheEditorToTheLogInPage() {
		var editor = browser.get("/editor");

		assertThat(editor.status()).isEqualTo(302);
		assertThat(editor.header("Location")).endsWith("/login");
	}

}
