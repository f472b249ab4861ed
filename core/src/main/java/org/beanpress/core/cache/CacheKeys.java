package org.beanpress.core.cache;

/**
 * Redis keys of rendered pages, shared by the web tier (reads, evicts) and the worker
 * tier (warms), and of the search index's version.
 */
public final class CacheKeys {

	private static final String PREFIX = "beanpress:page:";

	private CacheKeys() {
	}

	public static String post(String slug) {
		return PREFIX + "post:" + slug;
	}

	public static String frontPage() {
		return PREFIX + "front";
	}

	/**
	 * One Redis hash holding every feed, so that a post change evicts them all at once
	 * (fields: {@link #feed}).
	 */
	public static String feeds() {
		return PREFIX + "feeds";
	}

	/** A feed's field in {@link #feeds()}, e.g. {@code TAG:travel:ATOM}. */
	public static String feed(String archiveKind, String slug, String format) {
		return archiveKind + ":" + slug + ":" + format;
	}

	/**
	 * One Redis hash holding the sitemap index and its child sitemaps, evicted together
	 * (fields: {@code index}, {@code posts-1}, ...).
	 */
	public static String sitemaps() {
		return PREFIX + "sitemaps";
	}

	/**
	 * The first page of an archive: {@code category}, {@code tag} (by slug) or
	 * {@code author} (by canonical username).
	 */
	public static String archive(String kind, String name) {
		return PREFIX + kind + ":" + name;
	}

	/**
	 * A counter raised whenever the search index changes: the search results every
	 * instance keeps in memory belong to one value of it.
	 */
	public static String searchVersion() {
		return "beanpress:search:version";
	}

}
