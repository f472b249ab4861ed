package org.beanpress.core.site;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/**
 * Every absolute URL the site hands out (feeds, sitemaps, canonical and Open Graph meta),
 * built from the configured public base URL: the one place that knows the site's address
 * and the public paths of posts, archives, feeds and sitemaps.
 */
@Component
public class SiteUrls {

	/** An attribute of sanitized HTML holding one URL. */
	private static final Pattern URL_ATTRIBUTE = Pattern.compile("(\\s(?:href|src))=\"([^\"]*)\"");

	/** A srcset attribute: URLs, each with its width or density. */
	private static final Pattern SRCSET = Pattern.compile("(\\ssrcset)=\"([^\"]*)\"");

	private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

	private final String base;

	public SiteUrls(SiteProperties properties) {
		this.base = properties.baseUrl().replaceAll("/+$", "");
	}

	/** The base URL without a trailing slash. */
	public String base() {
		return this.base;
	}

	/** The absolute URL of a path of this site (starting with '/'). */
	public String absolute(String path) {
		return this.base + path;
	}

	public String home() {
		return absolute("/");
	}

	public String post(String slug) {
		return absolute("/posts/" + segment(slug));
	}

	/** An archive's page: the front page for the site. */
	public String archive(Archive archive) {
		return archive.kind() == Archive.Kind.SITE ? home() : absolute(archivePath(archive));
	}

	public String feed(Archive archive, FeedFormat format) {
		return absolute(archivePath(archive) + format.pathSuffix());
	}

	public String sitemapIndex() {
		return absolute("/sitemap.xml");
	}

	/** A child sitemap, e.g. {@code posts-1}. */
	public String sitemap(String name) {
		return absolute("/sitemaps/" + name + ".xml");
	}

	private static String archivePath(Archive archive) {
		return archive.kind() == Archive.Kind.SITE ? "" : archive.kind().pathPrefix() + segment(archive.slug());
	}

	private static String segment(String value) {
		// slugs and usernames are plain ASCII today; anything else still makes a valid
		// URL
		return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
	}

	/**
	 * Sanitized HTML with every relative URL (links, images, srcset candidates) made
	 * absolute against the page it belongs to, for readers that show it elsewhere (feed
	 * readers). Absolute URLs, protocol-relative ones and values that are not URLs are
	 * left as they are.
	 */
	public String absolutize(String html, String pageUrl) {
		var page = URI.create(pageUrl);
		var linked = URL_ATTRIBUTE.matcher(html)
			.replaceAll(
					match -> Matcher.quoteReplacement(match.group(1) + "=\"" + resolve(page, match.group(2)) + "\""));
		return SRCSET.matcher(linked)
			.replaceAll(match -> Matcher.quoteReplacement(match.group(1) + "=\""
					+ Arrays.stream(match.group(2).split(","))
						.map(String::strip)
						.map(candidate -> resolveCandidate(page, candidate))
						.collect(Collectors.joining(", "))
					+ "\""));
	}

	private static String resolveCandidate(URI page, String candidate) {
		var parts = candidate.split("\\s+", 2);
		return resolve(page, parts[0]) + (parts.length > 1 ? " " + parts[1] : "");
	}

	private static String resolve(URI page, String escaped) {
		var raw = HtmlEscape.unescapeHtml(escaped);
		if (raw.isEmpty() || raw.startsWith("//") || SCHEME.matcher(raw).find()) {
			return escaped;
		}
		try {
			return HtmlEscape.escapeHtml4Xml(page.resolve(raw).toString());
		}
		catch (IllegalArgumentException ex) {
			return escaped;
		}
	}

}
