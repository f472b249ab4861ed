package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownRendererTests {

	private final MarkdownRenderer renderer = new MarkdownRenderer();

	@Test
	void shouldRenderMarkdownFormatting() {
		var html = renderer.toSafeHtml("# Title\n\nSome *emphasis*, **strong** and `code`.\n\n- one\n- two\n");
		assertThat(html).contains("<h1>Title</h1>", "<em>emphasis</em>", "<strong>strong</strong>", "<code>code</code>",
				"<li>one</li>");
	}

	@Test
	void shouldDropScriptElements() {
		var html = renderer
			.toSafeHtml("Hello <script>alert('x')</script> world\n\n<script src=\"https://evil\"></script>");
		assertThat(html).doesNotContainIgnoringCase("<script").doesNotContain("alert(");
		assertThat(html).contains("Hello");
	}

	@Test
	void shouldDropEventHandlerAttributes() {
		var html = renderer
			.toSafeHtml("<img src=\"/media/a.jpg\" onerror=\"alert(1)\"> <a href=\"/x\" onclick=\"steal()\">x</a>");
		assertThat(html).doesNotContainIgnoringCase("onerror").doesNotContainIgnoringCase("onclick");
		assertThat(html).contains("src=\"/media/a.jpg\"");
	}

	@Test
	void shouldDropJavascriptUrlsFromMarkdownAndHtmlLinks() {
		var html = renderer
			.toSafeHtml("[click](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">b</a> ![i](javascript:alert(3))");
		assertThat(html).doesNotContainIgnoringCase("javascript:");
	}

	@Test
	void shouldDropIframesStylesAndForms() {
		var html = renderer.toSafeHtml(
				"<iframe src=\"https://evil\"></iframe><style>body{}</style><form action=\"/x\"><input></form><p style=\"x\">t</p>");
		assertThat(html).doesNotContainIgnoringCase("<iframe")
			.doesNotContainIgnoringCase("<style")
			.doesNotContainIgnoringCase("<form")
			.doesNotContainIgnoringCase("style=");
	}

	@Test
	void shouldKeepSafeLinksAndImages() {
		var html = renderer.toSafeHtml("[docs](https://example.org/a) ![cat](/media/originals/1/cat.jpg)");
		assertThat(html).contains("href=\"https://example.org/a\"", "src=\"/media/originals/1/cat.jpg\"",
				"alt=\"cat\"");
	}

	@Test
	void shouldCutTheExcerptAtFiftyFiveWordsOfPlainText() {
		var markdown = "**Bold** start. " + "word ".repeat(100);
		var excerpt = renderer.excerpt(renderer.toSafeHtml(markdown), 500);
		assertThat(excerpt).startsWith("Bold start.").endsWith("…").doesNotContain("**");
		assertThat(excerpt.split(" ")).hasSize(56);
	}

	@Test
	void shouldKeepMarkupAndWhatTheSanitizerDroppedOutOfTheExcerpt() {
		var html = renderer.toSafeHtml("Hi <script>alert(1)</script> [there](javascript:alert(2)) & <b>bold</b>");

		assertThat(renderer.excerpt(html, 500)).isEqualTo("Hi there & bold");
	}

}
