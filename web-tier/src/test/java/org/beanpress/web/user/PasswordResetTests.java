package org.beanpress.web.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.beanpress.local.TestHttp;
import org.beanpress.web.TestAccounts;
import org.beanpress.web.WebTierTest;
import org.beanpress.web.mail.Mailer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Without beanpress.mail.from, reset links are written to the log, where this reads them.
 */
@WebTierTest
class PasswordResetTests {

	private static final Pattern LINK = Pattern.compile("http://\\S+/reset-password\\?token=(bpr_[A-Za-z0-9_-]+)");

	@Value("${local.server.port}")
	int port;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	TestHttp http;

	String[] admin;

	ListAppender<ILoggingEvent> log = new ListAppender<>();

	@BeforeEach
	void client() {
		http = new TestHttp("http://localhost:" + port);
		admin = TestAccounts.adminBearer(http, true);
		log.start();
		mailLogger().addAppender(log);
	}

	@AfterEach
	void stopCapture() {
		mailLogger().detachAppender(log);
	}

	@Test
	void shouldMailAResetLinkToTheLogAndLetItSetANewPasswordOnce() {
		var user = TestAccounts.signUp(http, "forgetful");
		var email = user.username() + "@example.com";
		http.patchJson("/api/account", Map.of("email", email), user.bearer());
		var browser = new TestHttp("http://localhost:" + port);
		browser.logIn(user.username(), user.password());

		var issued = http.postJson("/api/users/" + user.id() + "/password-reset", "", admin);

		assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		assertThat(mailer.channel()).isEqualTo("log");
		assertThat(issued.json().get("mailedVia").asString()).isEqualTo("log");
		var logged = log.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter(message -> message.contains(email))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No mail to " + email + " in the log"));
		var matcher = LINK.matcher(logged);
		assertThat(matcher.find()).as(logged).isTrue();
		var token = matcher.group(1);
		assertThat(issued.json().get("link").asString()).endsWith(token);
		assertThat(jdbc.sql("SELECT COUNT(*) FROM password_resets WHERE token_hash = ?")
			.param(TokenService.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);

		var holder = new TestHttp("http://localhost:" + port);
		var page = holder.get("/reset-password?token=" + token);
		assertThat(page.status()).isEqualTo(200);
		assertThat(page.body()).contains(token, "New password");
		var weak = holder.postForm("/reset-password",
				Map.of("token", token, "newPassword", "short", "_csrf", page.csrfToken()));
		assertThat(weak.body()).contains("must be 10 to 72 characters");
		var set = holder.postForm("/reset-password",
				Map.of("token", token, "newPassword", "a fresh password", "_csrf", page.csrfToken()));

		assertThat(set.status()).as(set.body()).isEqualTo(302);
		assertThat(set.header("Location")).endsWith("/login?reset");
		assertThat(http.get("/api/media", user.bearer()).status()).as("tokens end").isEqualTo(401);
		assertThat(browser.get("/editor").status()).as("sessions end").isEqualTo(302);
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic(user.username(), "a fresh password")).status())
			.isEqualTo(201);
		var again = holder.postForm("/reset-password",
				Map.of("token", token, "newPassword", "another password", "_csrf", page.csrfToken()));
		assertThat(again.body()).contains("used already");
		assertThat(http.postJson("/api/tokens", "", TestHttp.basic(user.username(), "another password")).status())
			.isEqualTo(401);
	}

	@Test
	void shouldAnswerWithTheLinkOnlyWhenTheAccountHasNoEmail() {
		var user = TestAccounts.signUp(http, "mailless");

		var issued = http.postJson("/api/users/" + user.id() + "/password-reset", "", admin);

		assertThat(issued.status()).isEqualTo(201);
		assertThat(issued.json().get("mailedVia").isNull()).isTrue();
		assertThat(issued.json().get("detail").asString()).contains("no mail was sent");
		assertThat(issued.json().get("link").asString()).contains("/reset-password?token=bpr_");
		assertThat(log.list).noneMatch(event -> event.getFormattedMessage().contains(user.username()));
		assertThat(http.postJson("/api/users/99999999/password-reset", "", admin).status()).isEqualTo(404);
		assertThat(http.postJson("/api/users/" + user.id() + "/password-reset", "", user.bearer()).status())
			.isEqualTo(403);
	}

	@Test
	void shouldRefuseAnExpiredUnknownOrSupersededLink() {
		var user = TestAccounts.signUp(http, "slow");
		var first = token(http.postJson("/api/users/" + user.id() + "/password-reset", "", admin));
		var second = token(http.postJson("/api/users/" + user.id() + "/password-reset", "", admin));
		var holder = new TestHttp("http://localhost:" + port);
		var csrf = holder.get("/reset-password?token=" + second).csrfToken();

		var superseded = holder.postForm("/reset-password",
				Map.of("token", first, "newPassword", "a fresh password", "_csrf", csrf));
		jdbc.sql("UPDATE password_resets SET expires_at = created_at WHERE token_hash = ?")
			.param(TokenService.hash(second))
			.update();
		var expired = holder.postForm("/reset-password",
				Map.of("token", second, "newPassword", "a fresh password", "_csrf", csrf));
		var unknown = holder.postForm("/reset-password",
				Map.of("token", "bpr_made-up", "newPassword", "a fresh password", "_csrf", csrf));

		assertThat(superseded.body()).contains("has expired");
		assertThat(expired.body()).contains("has expired");
		assertThat(unknown.body()).contains("not valid");
		assertThat(http.get("/api/media", user.bearer()).status()).isEqualTo(200);
	}

	private static String token(TestHttp.Response issued) {
		var link = issued.json().get("link").asString();
		return link.substring(link.indexOf("token=") + "token=".length());
	}

	private static Logger mailLogger() {
		return (Logger) LoggerFactory.getLogger("org.beanpress.web.mail.LogMailer");
	}

}
