package org.beanpress.web.comment;

import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.node.BlockQuote;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * The Markdown subset of comments, through the same CommonMark and OWASP sanitizer path
 * as posts but narrower: paragraphs, emphasis, code, lists, quotes and links. No headings
 * (not parsed: "# x" stays text), no images and no raw HTML (escaped), and every link
 * gets {@code rel="nofollow ugc"} so that search engines give spam links nothing.
 */
@Component
class CommentMarkdown {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "blockquote", "ul", "ol", "li", "pre", "code", "em", "strong", "a")
		.allowUrlProtocols("http", "https", "mailto")
		.allowAttributes("href")
		.onElements("a")
		.requireRelsOnLinks("nofollow", "ugc")
		.toFactory();

	private static final Pattern LINK = Pattern.compile("<a\\s");

	private final Parser parser = Parser.builder()
		.enabledBlockTypes(Set.of(BlockQuote.class, FencedCodeBlock.class, IndentedCodeBlock.class, ListBlock.class))
		.build();

	private final HtmlRenderer html = HtmlRenderer.builder().escapeHtml(true).build();

	/** The sanitized HTML of a comment's Markdown. */
	String toSafeHtml(String markdown) {
		return POLICY.sanitize(html.render(parser.parse(markdown)));
	}

	/** The links left in sanitized HTML (what the link limit counts). */
	static int links(String safeHtml) {
		return (int) LINK.matcher(safeHtml).results().count();
	}

}
