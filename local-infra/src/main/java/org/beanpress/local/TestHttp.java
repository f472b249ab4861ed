package org.beanpress.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small HTTP client for tests that talk to a running tier over real HTTP, with its own
 * cookie jar (one per browser).
 */
public final class TestHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String baseUrl;

	private final HttpClient client;

	public TestHttp(String baseUrl) {
		this(baseUrl,
				HttpClient.newBuilder()
					.cookieHandler(new CookieManager())
					.followRedirects(HttpClient.Redirect.NEVER)
					.build());
	}

	private TestHttp(String baseUrl, HttpClient client) {
		this.baseUrl = baseUrl;
		this.client = client;
	}

	/**
	 * The same browser (same cookies) talking to another server, as behind a load
	 * balancer.
	 */
	public TestHttp at(String otherBaseUrl) {
		return new TestHttp(otherBaseUrl, client);
	}

	public record Response(int status, Map<String, List<String>> headers, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.flatMap(entry -> entry.getValue().stream())
				.findFirst()
				.orElse(null);
		}

		/** The CSRF token of the first form on the page. */
		public String csrfToken() {
			var matcher = CSRF.matcher(body);
			if (!matcher.find()) {
				throw new AssertionError("No CSRF token on the page: " + body);
			}
			return matcher.group(1);
		}

	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET());
	}

	public Response postJson(String path, Object body, String... headers) {
		var json = body instanceof String text ? text : JSON.writeValueAsString(body);
		return send(request(path, headers).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** A GET whose body is bytes (images); fails unless the answer is 200. */
	public byte[] getBytes(String path, String... headers) {
		try {
			var response = client.send(request(path, headers).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new AssertionError("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public Response putJson(String path, Object body, String... headers) {
		return sendJson("PUT", path, body, headers);
	}

	public Response patchJson(String path, Object body, String... headers) {
		return sendJson("PATCH", path, body, headers);
	}

	private Response sendJson(String method, String path, Object body, String... headers) {
		var json = body instanceof String text ? text : JSON.writeValueAsString(body);
		return send(request(path, headers).header("Content-Type", "application/json")
			.method(method, HttpRequest.BodyPublishers.ofString(json)));
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).DELETE());
	}

	public Response postForm(String path, Map<String, String> fields, String... headers) {
		var form = fields.entrySet()
			.stream()
			.map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path, headers).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)));
	}

	/** A multipart upload of one file part. */
	public Response upload(String path, String field, String filename, byte[] content, String... headers) {
		var boundary = "----beanpress" + UUID.randomUUID();
		var head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		var tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		var parts = new ArrayList<byte[]>(List.of(head, content, tail));
		return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
	}

	public Response upload(String path, Path file, String... headers) {
		try {
			return upload(path, "file", file.getFileName().toString(), Files.readAllBytes(file), headers);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Logs in through the form, as a browser does: fetch the page for its CSRF token,
	 * post the form.
	 */
	public Response logIn(String username, String password) {
		var token = get("/login").csrfToken();
		return postForm("/login", Map.of("username", username, "password", password, "_csrf", token));
	}

	public static String[] basic(String username, String password) {
		var credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return new String[] { "Authorization", "Basic " + credentials };
	}

	public static String[] bearer(String token) {
		return new String[] { "Authorization", "Bearer " + token };
	}

	private HttpRequest.Builder request(String path, String... headers) {
		var builder = HttpRequest.newBuilder(URI.create(baseUrl + path));
		if (headers.length > 0) {
			builder.headers(headers);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder request) {
		try {
			var response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers().map(), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
