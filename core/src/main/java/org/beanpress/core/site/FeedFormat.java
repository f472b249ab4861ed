package org.beanpress.core.site;

/** The two feed formats every archive is offered in. */
public enum FeedFormat {

	RSS("rss_2.0", "application/rss+xml", "/feed"), ATOM("atom_1.0", "application/atom+xml", "/feed/atom");

	private final String romeType;

	private final String mediaType;

	private final String pathSuffix;

	FeedFormat(String romeType, String mediaType, String pathSuffix) {
		this.romeType = romeType;
		this.mediaType = mediaType;
		this.pathSuffix = pathSuffix;
	}

	/** The feed type name the Rome library writes it under. */
	public String romeType() {
		return this.romeType;
	}

	/** The media type it is served as (and announced with in {@code rel="alternate"}). */
	public String mediaType() {
		return this.mediaType;
	}

	String pathSuffix() {
		return this.pathSuffix;
	}

}
