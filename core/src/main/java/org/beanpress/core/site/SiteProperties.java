package org.beanpress.core.site;

import java.time.Duration;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The public face of the site: where readers reach it and what its feeds carry.
 *
 * @param baseUrl the public address readers use (scheme, host, optional port and path,
 * with or without a trailing slash); every absolute URL of feeds, sitemaps and page meta
 * starts with it. Behind the load balancer the request's own host cannot be trusted for
 * this, so it is a setting.
 * @param feedContent whether feed entries carry the whole post or only its excerpt
 * @param feedSize how many of the newest posts a feed lists
 * @param feedTtl how long a feed stays in Redis unless a post change evicts it first
 * @param sitemapTtl likewise for the sitemap index and its child sitemaps
 */
@Validated
@ConfigurationProperties("beanpress.site")
public record SiteProperties(
		@DefaultValue("http://127.0.0.1:8080") @NotNull @Pattern(regexp = "https?://[^/?#\\s]+(/[^?#\\s]*)?",
				message = "must be an http(s) URL without query or fragment") String baseUrl,
		@DefaultValue("FULL") @NotNull FeedContent feedContent, @DefaultValue("20") @Min(1) @Max(100) int feedSize,
		@DefaultValue("10m") @DurationMin(seconds = 1) Duration feedTtl,
		@DefaultValue("1h") @DurationMin(seconds = 1) Duration sitemapTtl) {

	/** What a feed entry carries besides its title and link. */
	public enum FeedContent {

		/**
		 * the post's HTML with absolute image and link URLs, and the excerpt as summary
		 */
		FULL,

		/** the excerpt only */
		EXCERPT

	}

}
