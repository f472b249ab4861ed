package org.beanpress.web.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SES mailer makes a real AWS SDK call, signed, to a stub of the SES v2 endpoint that
 * records what it receives.
 */
class SesMailerTests {

	HttpServer ses;

	List<Received> received = new CopyOnWriteArrayList<>();

	volatile int status = 200;

	volatile String answer = "{\"MessageId\":\"0100-test\"}";

	record Received(String method, String path, String authorization, String body) {
	}

	@BeforeEach
	void startStub() throws IOException {
		ses = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		ses.createContext("/", this::answer);
		ses.start();
	}

	@AfterEach
	void stopStub() {
		ses.stop(0);
	}

	@Test
	void shouldSendThroughSesV2SendEmailSignedForTheRegion() throws Exception {
		try (var mailer = mailer()) {
			mailer.send("ann@example.com", "Set a new password", "Open https://blog.example/reset-password?token=x");
		}

		assertThat(received).hasSize(1);
		var request = received.get(0);
		assertThat(request.method()).isEqualTo("POST");
		assertThat(request.path()).isEqualTo("/v2/email/outbound-emails");
		assertThat(request.authorization()).startsWith("AWS4-HMAC-SHA256 Credential=test-key/")
			.contains("/eu-west-1/ses/aws4_request");
		var body = JsonMapper.builder().build().readTree(request.body());
		assertThat(body.get("FromEmailAddress").asString()).isEqualTo("noreply@blog.example");
		assertThat(body.get("Destination").get("ToAddresses").get(0).asString()).isEqualTo("ann@example.com");
		var simple = body.get("Content").get("Simple");
		assertThat(simple.get("Subject").get("Data").asString()).isEqualTo("Set a new password");
		assertThat(simple.get("Body").get("Text").get("Data").asString()).contains("/reset-password?token=x");
		assertThat(simple.get("Body").get("Text").get("Charset").asString()).isEqualTo("UTF-8");
	}

	@Test
	void shouldRaiseAMailExceptionWhenSesRefuses() {
		status = 400;
		answer = "{\"message\":\"Email address is not verified.\"}";

		try (var mailer = mailer()) {
			assertThatExceptionOfType(MailException.class)
				.isThrownBy(() -> mailer.send("ann@example.com", "Subject", "Text"))
				.withMessageContaining("Amazon SES did not take the mail")
				.withMessageContaining("not verified");
			assertThat(mailer.channel()).isEqualTo("ses");
		}
	}

	private SesMailer mailer() {
		var properties = new MailProperties("noreply@blog.example", "eu-west-1",
				"http://127.0.0.1:" + ses.getAddress().getPort());
		return new SesMailer(properties,
				StaticCredentialsProvider.create(AwsBasicCredentials.create("test-key", "test-secret")));
	}

	private void answer(HttpExchange exchange) throws IOException {
		var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
		received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
				exchange.getRequestHeaders().getFirst("Authorization"), body));
		var bytes = answer.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().add("Content-Type", "application/json");
		if (status != 200) {
			exchange.getResponseHeaders().add("x-amzn-ErrorType", "MessageRejected");
		}
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

}
