package org.beanpress.web.post;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * Slugs from titles, WordPress style: lower-case ASCII words joined by dashes; a taken
 * slug gets -2, -3...
 */
public final class SlugGenerator {

	public static final int MAX_LENGTH = 190;

	private SlugGenerator() {
	}

	static String base(String title) {
		var slug = canonical(title);
		return slug.isEmpty() ? "post" : slug;
	}

	/**
	 * The one spelling of a slug: its words in lower-case ASCII joined by single dashes
	 * (empty when it has none). Every slug made here is canonical, so "My-Post" and
	 * "my_post" can only mean "my-post".
	 */
	public static String canonical(String text) {
		var ascii = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		var slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > MAX_LENGTH) {
			slug = slug.substring(0, MAX_LENGTH).replaceAll("-+$", "");
		}
		return slug;
	}

	/** The first of base, base-2, base-3... not among the taken ones. */
	static String firstFree(String base, Set<String> taken) {
		if (!taken.contains(base)) {
			return base;
		}
		for (int n = 2;; n++) {
			var candidate = base + "-" + n;
			if (!taken.contains(candidate)) {
				return candidate;
			}
		}
	}

}
