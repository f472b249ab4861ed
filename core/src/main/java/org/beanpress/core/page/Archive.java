package org.beanpress.core.page;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import org.beanpress.core.cache.CacheKeys;
import org.beanpress.core.taxonomy.TermKind;

/**
 * A public archive page: a category's, a tag's (by slug) or an author's (by username)
 * published posts.
 *
 * @param name the slug, or the canonical username
 */
public record Archive(Kind kind, String name) {

	public enum Kind {

		CATEGORY("category"), TAG("tag"), AUTHOR("author");

		private final String segment;

		Kind(String segment) {
			this.segment = segment;
		}

		/** The first segment of its URL, its cache key and its name in cache jobs. */
		public String segment() {
			return segment;
		}

		public static Optional<Kind> ofSegment(String segment) {
			return Arrays.stream(values()).filter(kind -> kind.segment.equals(segment)).findFirst();
		}

		public static Kind of(TermKind kind) {
			return kind == TermKind.CATEGORY ? CATEGORY : TAG;
		}

	}

	/**
	 * Its URL path. Slugs are ASCII already; a username may hold any letter, so it is
	 * percent-encoded (it has no spaces, the one place form encoding differs).
	 */
	public String path() {
		return "/" + kind.segment + "/" + URLEncoder.encode(name, StandardCharsets.UTF_8);
	}

	/** The same archive as feeds describe it, under its display name. */
	public org.beanpress.core.site.Archive feeds(String displayName) {
		var feedKind = switch (kind) {
			case CATEGORY -> org.beanpress.core.site.Archive.Kind.CATEGORY;
			case TAG -> org.beanpress.core.site.Archive.Kind.TAG;
			case AUTHOR -> org.beanpress.core.site.Archive.Kind.AUTHOR;
		};
		return new org.beanpress.core.site.Archive(feedKind, name, displayName);
	}

	public String cacheKey() {
		return CacheKeys.archive(kind.segment, name);
	}

}
