package org.beanpress.worker.image;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One variant to make, in display orientation: the image is resized to
 * {@code scaledWidth} by {@code scaledHeight}, then its centre {@code width} by
 * {@code height} is kept (the same size unless the variant is cropped).
 */
record Target(VariantSize size, int scaledWidth, int scaledHeight, int width, int height) {

	/**
	 * The variants an image displayed {@code width} by {@code height} needs, largest
	 * first. Every target is a uniform scaling of the image, so each one can be resized
	 * from the one before it.
	 */
	static List<Target> plan(int width, int height) {
		return Stream.of(VariantSize.values())
			.map((size) -> size.targetFor(width, height))
			.flatMap(Optional::stream)
			.sorted(Comparator.comparingLong(Target::scaledPixels).reversed())
			.toList();
	}

	long scaledPixels() {
		return (long) this.scaledWidth * this.scaledHeight;
	}

}
