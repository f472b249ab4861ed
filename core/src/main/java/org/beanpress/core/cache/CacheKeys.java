package org.beanpress.core.cache;

/**
 * Redis keys of rendered pages, shared by the web tier (reads, evicts) and the worker
 * tier (warms).
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
	 * The first page of an archive: {@code category}, {@code tag} (by slug) or
	 * {@code author} (by canonical username).
	 */
	public static String archive(String kind, String name) {
		return PREFIX + kind + ":" + name;
	}

}
