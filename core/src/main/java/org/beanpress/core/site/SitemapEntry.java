package org.beanpress.core.site;

import java.time.Instant;

/**
 * One page a sitemap lists.
 *
 * @param name the post's slug, the term's slug or the author's username
 */
public record SitemapEntry(long id, String name, Instant lastModified) {
}
