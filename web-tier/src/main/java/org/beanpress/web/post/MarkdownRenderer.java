package org.beanpress.web.post;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.Encoding;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;
import org.springframework.stereotype.Component;

/**
 * Markdown to safe HTML: CommonMark renders (raw HTML passes through, as authors expect),
 * then an allowlist sanitizer keeps only formatting, links with safe schemes and images;
 * scripts, event handlers and javascript: URLs never survive.
 */
@Component
class MarkdownRenderer {

	private static final int EXCERPT_WORDS = 55;

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
			StrikethroughExtension.create());

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.LINKS)
		.and(Sanitizers.IMAGES)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("pre", "code", "hr", "del", "s", "figure", "figcaption")
			.allowAttributes("class")
			.matching(java.util.regex.Pattern.compile("language-[a-zA-Z0-9_+-]{1,32}"))
			.onElements("code")
			.allowAttributes("srcset", "sizes", "loading")
			.onElements("img")
			.toFactory());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer html = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	/** The sanitized HTML of a Markdown source. */
	String toSafeHtml(String markdown) {
		return POLICY.sanitize(html.render(parser.parse(markdown)));
	}

	/**
	 * The first words of the post as plain text (WordPress's 55 words), for listings.
	 * Taken from the sanitized HTML, so what the sanitizer dropped (script bodies, unsafe
	 * link targets) never shows up here either.
	 */
	String excerpt(String safeHtml, int maxChars) {
		var plain = Encoding.decodeHtml(safeHtml.replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").trim();
		var words = plain.split(" ");
		var excerpt = words.length > EXCERPT_WORDS ? String.join(" ", List.of(words).subList(0, EXCERPT_WORDS)) + " …"
				: plain;
		return excerpt.length() > maxChars ? excerpt.substring(0, maxChars - 1) + "…" : excerpt;
	}

}
