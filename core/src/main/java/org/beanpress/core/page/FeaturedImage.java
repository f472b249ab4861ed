package org.beanpress.core.page;

/**
 * A post's featured image as pages show it: responsive, from the variants of READY media
 * only (never the original), with the media's alt text and caption.
 *
 * @param src the fallback variant shown on the post page
 * @param srcset every variant of the image's aspect ratio, for both sizes
 * @param thumbnailSrc the smallest of them, which lists show
 */
public record FeaturedImage(long mediaId, String alt, String caption, String src, String srcset, String sizes,
		int width, int height, String thumbnailSrc, String thumbnailSizes, int thumbnailWidth, int thumbnailHeight) {
}
