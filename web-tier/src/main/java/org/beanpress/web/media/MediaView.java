package org.beanpress.web.media;

import java.time.Instant;
import java.util.List;

import org.beanpress.core.media.Media;
import org.beanpress.core.media.MediaStatus;
import org.beanpress.core.media.MediaVariant;

/**
 * A media item as its owner sees it: where the original is, its state, and the variants
 * made so far.
 */
record MediaView(long id, MediaStatus status, String failureReason, String filename, String contentType, long bytes,
		int width, int height, String url, List<VariantView> variants, Instant createdAt, String altText,
		String caption) {

	/**
	 * The Markdown that shows it in a post: its alt text (its file name only means
	 * something to its owner), and the original's URL, which pages turn into variants.
	 */
	public String markdown() {
		var alt = (altText == null) ? "" : altText.replaceAll("[\\[\\]\\\\]", "\\\\$0").replaceAll("\\s+", " ");
		return "![" + alt + "](" + url + ")";
	}

	static MediaView of(Media media, List<MediaVariant> variants) {
		return new MediaView(media.id(), media.status(), media.failureReason(), media.originalFilename(),
				media.contentType(), media.bytes(), media.width(), media.height(), media.originalKey().url(),
				variants.stream().map(VariantView::of).toList(), media.createdAt(), media.altText(), media.caption());
	}

	record VariantView(String size, String url, int width, int height, long bytes) {

		static VariantView of(MediaVariant variant) {
			return new VariantView(variant.sizeName(), variant.storageKey().url(), variant.width(), variant.height(),
					variant.bytes());
		}

	}

}
