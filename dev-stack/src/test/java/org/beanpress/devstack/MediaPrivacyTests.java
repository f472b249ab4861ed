package org.beanpress.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.beanpress.devstack.TestStacks.Author;
import org.beanpress.local.TestHttp;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Photos that carry the place they were taken (EXIF GPS), published in a post: whatever a
 * reader can reach from the post's page and the public API, anonymously or signed in as
 * another author, tells no one where they were taken. Only their owner may fetch the
 * originals.
 */
@Tag(TestStacks.SHARED)
class MediaPrivacyTests {

	private static final Pattern HTML_URL = Pattern.compile("\\s(?:src|href|srcset)=\"([^\"]*)\"");

	private static final Pattern MEDIA_URL = Pattern.compile("/media/[^\\s\"'()<>,]+");

	private static final String OWNER_PASSWORD = "a traveller's password";

	private static final String NEIGHBOUR_PASSWORD = "a neighbour's password";

	@Test
	void shouldServeNoReaderAnImageThatTellsWhereItWasTaken() throws IOException {
		var photos = TestImages.jpegsIn("gps");
		assertThat(photos).isNotEmpty();
		var stack = TestStacks.shared();
		var http = new TestHttp(stack.webUrl());
		var owner = Author.signUp(http, "traveller", OWNER_PASSWORD, TestStacks.SHARED_ADMIN_PASSWORD);
		Author.signUp(http, "neighbour", NEIGHBOUR_PASSWORD, TestStacks.SHARED_ADMIN_PASSWORD);
		var ids = new ArrayList<Long>();
		var originals = new ArrayList<String>();
		var markdown = new StringBuilder();
		for (var photo : photos) {
			var upload = http.upload("/api/media", photo, owner.bearer());
			assertThat(upload.status()).as(upload.body()).isEqualTo(201);
			ids.add(upload.json().get("id").asLong());
			originals.add(upload.json().get("url").asString());
			markdown.append("![")
				.append(photo.getFileName())
				.append("](")
				.append(originals.get(originals.size() - 1))
				.append(")\n\n");
		}
		// authors link originals too, for a larger view
		markdown.append("[The first one, larger](").append(originals.get(0)).append(")\n");
		var post = http.postJson("/api/posts",
				Map.of("title", "Where I was", "markdown", markdown.toString(), "status", "PUBLISHED"), owner.bearer());
		assertThat(post.status()).as(post.body()).isEqualTo(201);
		var slug = post.json().get("slug").asString();
		await().atMost(Duration.ofSeconds(120))
			.until(() -> ids.stream()
				.allMatch(id -> http.get("/api/media/" + id, owner.bearer())
					.json()
					.get("status")
					.asString()
					.equals("READY")));

		var ownersBrowser = signedIn(stack, "traveller", OWNER_PASSWORD);
		var anonymous = new TestHttp(stack.webUrl());
		var neighbour = signedIn(stack, "neighbour", NEIGHBOUR_PASSWORD);
		for (var original : originals) {
			// the parser finds in the originals what must not reach
			// readers, so its finding nothing below means something
			assertThat(ImageMetadata.revealing(ownersBrowser.getBytes(original))).as(original)
				.anyMatch(found -> found.startsWith("EXIF GPS"));
			assertThat(anonymous.get(original).status()).as(original).isEqualTo(404);
			assertThat(neighbour.get(original).status()).as(original).isEqualTo(404);
		}
		for (var reader : List.of(anonymous, neighbour)) {
			// the worker re-renders the page cached while the images were pending
			await().atMost(Duration.ofSeconds(60))
				.untilAsserted(() -> assertThat(reader.get("/posts/" + slug).body()).doesNotContain("media-pending"));
			var urls = reachable(reader, slug);
			var images = 0;
			for (var url : urls) {
				var response = reader.get(url);
				var type = String.valueOf(response.header("Content-Type"));
				if (response.status() == 200 && type.startsWith("image/")) {
					assertThat(type).as(url + " (only JPEGs are parsed here)").isEqualTo("image/jpeg");
					assertThat(ImageMetadata.revealing(reader.getBytes(url))).as(url).isEmpty();
					images++;
				}
			}
			// at least the medium and the full-size variant of each
			assertThat(images).as("images fetched of %s", urls).isGreaterThanOrEqualTo(2 * photos.size());
		}
	}

	private static TestHttp signedIn(LocalStack stack, String username, String password) {
		var browser = new TestHttp(stack.webUrl());
		assertThat(browser.logIn(username, password).status()).isEqualTo(302);
		return browser;
	}

	/**
	 * Every URL under the site that the post's page, the front page and the public post
	 * API give this reader, none of them an original.
	 */
	private static Set<String> reachable(TestHttp reader, String slug) {
		var urls = new LinkedHashSet<String>();
		for (var page : List.of("/", "/posts/" + slug)) {
			var html = reader.get(page).body();
			assertThat(html).as(page).doesNotContain("/media/originals/");
			urls.addAll(urlsInHtml(html));
		}
		var list = reader.get("/api/posts").json();
		var one = reader.get("/api/posts/" + slug).json();
		for (var shown : List.of(list.get("posts").get(0), one)) {
			assertThat(shown.get("html").asString()).doesNotContain("/media/originals/");
		}
		urlsInJson(list, urls);
		urlsInJson(one, urls);
		return urls;
	}

	private static List<String> urlsInHtml(String html) {
		return HTML_URL.matcher(html)
			.results()
			.flatMap(attribute -> List.of(attribute.group(1).split(",\\s*")).stream())
			.map(candidate -> candidate.trim().split("\\s+")[0].replace("&amp;", "&"))
			.filter(url -> url.startsWith("/") && !url.startsWith("//"))
			.toList();
	}

	/**
	 * Fields that are URLs, the URLs in fields of HTML, and any media URL in other text
	 * (the Markdown source names originals: fetched, they must be 404).
	 */
	private static void urlsInJson(JsonNode node, Set<String> urls) {
		if (node.isString()) {
			var text = node.asString();
			if (text.startsWith("/")) {
				urls.add(text);
			}
			urls.addAll(urlsInHtml(text));
			MEDIA_URL.matcher(text).results().forEach(match -> urls.add(match.group()));
		}
		for (var child : node) {
			urlsInJson(child, urls);
		}
	}

}
