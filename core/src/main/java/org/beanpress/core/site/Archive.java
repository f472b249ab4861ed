package org.beanpress.core.site;

/**
 * A list of posts readers can follow: the whole site, a category, a tag or an author.
 *
 * @param slug the category's or tag's slug, the author's username; empty for the site
 * @param name what the archive is called in feed titles
 */
public record Archive(Kind kind, String slug, String name) {

	/** The kinds of archive and where their pages live. */
	public enum Kind {

		SITE(""), CATEGORY("/category/"), TAG("/tag/"), AUTHOR("/author/");

		private final String pathPrefix;

		Kind(String pathPrefix) {
			this.pathPrefix = pathPrefix;
		}

		String pathPrefix() {
			return this.pathPrefix;
		}

	}

	/** Its title in feeds and feed links. */
	public String title() {
		return switch (this.kind) {
			case SITE -> this.name;
			case CATEGORY -> "Beanpress · Category: " + this.name;
			case TAG -> "Beanpress · Tag: " + this.name;
			case AUTHOR -> "Beanpress · Posts by " + this.name;
		};
	}

	public static Archive site() {
		return new Archive(Kind.SITE, "", "Beanpress");
	}

}
