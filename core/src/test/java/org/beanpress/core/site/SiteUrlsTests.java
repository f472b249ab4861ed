package org.beanpress.core.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.beanpress.core.site.SiteProperties.FeedContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SiteUrlsTests {

	private static SiteUrls urls(String base) {
		return new SiteUrls(
				new SiteProperties(base, FeedContent.FULL, 20, Duration.ofMinutes(10), Duration.ofHours(1)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "https://blog.example.com", "https://blog.example.com/", "https://blog.example.com//" })
	void shouldBuildTheSameUrlsWithOrWithoutATrailingSlash(String base) {
		var urls = urls(base);

		assertThat(urls.home()).isEqualTo("https://blog.example.com/");
		assertThat(urls.post("hello-world")).isEqualTo("https://blog.example.com/posts/hello-world");
		assertThat(urls.feed(Archive.site(), FeedFormat.RSS)).isEqualTo("https://blog.example.com/feed");
		assertThat(urls.feed(Archive.site(), FeedFormat.ATOM)).isEqualTo("https://blog.example.com/feed/atom");
		var tag = new Archive(Archive.Kind.TAG, "travel", "Travel");
		assertThat(urls.archive(tag)).isEqualTo("https://blog.example.com/tag/travel");
		assertThat(urls.feed(tag, FeedFormat.ATOM)).isEqualTo("https://blog.example.com/tag/travel/feed/atom");
		assertThat(urls.feed(new Archive(Archive.Kind.AUTHOR, "ann", "ann"), FeedFormat.RSS))
			.isEqualTo("https://blog.example.com/author/ann/feed");
		assertThat(urls.sitemapIndex()).isEqualTo("https://blog.example.com/sitemap.xml");
		assertThat(urls.sitemap("posts-2")).isEqualTo("https://blog.example.com/sitemaps/posts-2.xml");
	}

	@Test
	void shouldKeepAPathOfTheBaseUrl() {
		assertThat(urls("https://example.com/blog/").post("a")).isEqualTo("https://example.com/blog/posts/a");
	}

	@Test
	void shouldEncodeSlugsIntoOnePathSegment() {
		assertThat(urls("http://127.0.0.1:8080").post("a/b c?d#e"))
			.isEqualTo("http://127.0.0.1:8080/posts/a%2Fb%20c%3Fd%23e");
	}

	@Test
	void shouldMakeRelativeLinksImagesAndSrcsetsAbsolute() {
		var html = "<p><a href=\"/posts/other?a=1&amp;b=2\">x</a> <a href=\"#notes\">n</a> <a href=\"sibling\">s</a>"
				+ "<img src=\"/media/variants/1/a-large-b.jpg\" srcset=\"/media/variants/1/a-medium-c.jpg 300w, "
				+ "/media/variants/1/a-large-b.jpg 1024w\" alt=\"/not-a-url\" /></p>";

		var absolute = urls("https://blog.example.com/").absolutize(html, "https://blog.example.com/posts/this");

		assertThat(absolute).contains("href=\"https://blog.example.com/posts/other?a=1&amp;b=2\"",
				"href=\"https://blog.example.com/posts/this#notes\"", "href=\"https://blog.example.com/posts/sibling\"",
				"src=\"https://blog.example.com/media/variants/1/a-large-b.jpg\"",
				"srcset=\"https://blog.example.com/media/variants/1/a-medium-c.jpg 300w, "
						+ "https://blog.example.com/media/variants/1/a-large-b.jpg 1024w\"",
				"alt=\"/not-a-url\"");
	}

	@Test
	void shouldLeaveAbsoluteProtocolRelativeAndOtherSchemesAlone() {
		var html = "<a href=\"https://elsewhere.example/x\">a</a><a href=\"//cdn.example/y\">b</a>"
				+ "<a href=\"mailto:ann@example.com\">c</a><img src=\"http://elsewhere.example/p.png\" />";

		assertThat(urls("https://blog.example.com").absolutize(html, "https://blog.example.com/posts/p"))
			.isEqualTo(html);
	}

}
