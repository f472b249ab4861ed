package org.beanpress.web.comment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Markdown subset of comments. */
class CommentMarkdownTests {

	private final CommentMarkdown markdown = new CommentMarkdown();

	@Test
	void shouldMarkEveryLinkAsNofollowUserContent() {
		var html = markdown.toSafeHtml("See [my site](https://example.com)");

		assertThat(html).contains("<a href=\"https://example.com\" rel=\"nofollow ugc\">my site</a>");
		assertThat(CommentMarkdown.links(html)).isOne();
	}

	@Test
	void shouldKeepEmphasisListsQuotesAndCode() {
		var html = markdown.toSafeHtml("*a* **b** `c`\n\n- one\n- two\n\n> quoted\n\n```\ncode\n```");

		assertThat(html).contains("<em>a</em>", "<strong>b</strong>", "<code>c</code>", "<li>one</li>", "<blockquote>",
				"<pre><code>code");
	}

	@Test
	void shouldRenderNoHeadingsNoImagesAndNoRawHtml() {
		var html = markdown.toSafeHtml("# Big\n\n![pic](https://example.com/x.png)\n\n<script>alert(1)</script>"
				+ " <b onclick=\"x()\">bold</b>");

		assertThat(html).doesNotContain("<h1", "<img", "<script", "onclick=", "<b ")
			.contains("# Big", "&lt;script&gt;");
	}

	@Test
	void shouldDropJavascriptLinks() {
		var html = markdown.toSafeHtml("[click](javascript:alert(1))");

		assertThat(html).doesNotContain("javascript");
		assertThat(CommentMarkdown.links(html)).isZero();
	}

}
