package org.beanpress.core.site;

/**
 * An image as other sites show it (Open Graph, feed enclosures): an absolute URL of a
 * variant, never of an original.
 */
public record SiteImage(String url, int width, int height, String mediaType, long bytes) {
}
