package org.beanpress.core.site;

import java.time.Instant;
import java.util.List;

/**
 * What the {@code <head>} of a public page says about it to search engines, feed readers
 * and sites it is shared on (layout.html renders it when the model has a
 * {@code pageHead}). Every URL is absolute; every text is {@link XmlText#clean clean} and
 * is escaped by the template.
 *
 * @param canonical the page's one URL, null where there is none (older pages of a list)
 * @param description the page's summary, null for none
 * @param feeds the feeds offered as {@code rel="alternate"}
 * @param article Open Graph and Twitter card data of a post page, null elsewhere
 */
public record PageHead(String canonical, String description, List<FeedLink> feeds, Article article) {

	/** A {@code <link rel="alternate">} to a feed. */
	public record FeedLink(String type, String title, String url) {
	}

	/**
	 * A post as Open Graph describes it.
	 *
	 * @param image its lead image, null for none
	 */
	public record Article(String title, String description, String url, SiteImage image, Instant publishedAt) {

		/** A large card when there is an image to show, else the small one. */
		public String twitterCard() {
			return this.image == null ? "summary" : "summary_large_image";
		}

	}

}
