package org.beanpress.core.page;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.beanpress.core.media.MediaVariant;

/**
 * The variants of a READY image that a responsive {@code <img>} offers (WordPress's rule:
 * same aspect ratio, so not the cropped thumbnail, up to 2048 wide), smallest first, and
 * the fallback {@code src}: like WordPress, the largest up to 1024 wide.
 */
record VariantSet(List<MediaVariant> variants, MediaVariant fallback) {

	private static final int MAX_SRCSET_WIDTH = 2048;

	private static final int MAX_FALLBACK_WIDTH = 1024;

	static Optional<VariantSet> of(List<MediaVariant> all) {
		var responsive = all.stream()
			.filter(variant -> !variant.sizeName().equals("thumbnail"))
			.filter(variant -> variant.width() <= MAX_SRCSET_WIDTH)
			.sorted(Comparator.comparingInt(MediaVariant::width))
			.toList();
		if (responsive.isEmpty()) {
			// made before every image got a full-size variant (until the admins
			// regenerate variants): the largest there is, else nothing
			responsive = all.stream().max(Comparator.comparingInt(MediaVariant::width)).stream().toList();
		}
		if (responsive.isEmpty()) {
			return Optional.empty();
		}
		var fallback = responsive.stream()
			.filter(variant -> variant.width() <= MAX_FALLBACK_WIDTH)
			.reduce((a, b) -> b)
			.orElse(responsive.get(0));
		return Optional.of(new VariantSet(responsive, fallback));
	}

	String srcset() {
		return variants.stream()
			.map(variant -> variant.storageKey().url() + " " + variant.width() + "w")
			.collect(Collectors.joining(", "));
	}

	/** Shown as wide as the fallback, or the whole viewport when that is narrower. */
	String sizes() {
		return sizes(fallback);
	}

	static String sizes(MediaVariant shown) {
		return "(max-width: " + shown.width() + "px) 100vw, " + shown.width() + "px";
	}

	/**
	 * The smallest: what a list shows as a thumbnail (browsers pick larger for HiDPI).
	 */
	MediaVariant smallest() {
		return variants.get(0);
	}

}
