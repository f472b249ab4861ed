package org.beanpress.worker.image;

import java.util.Optional;

/**
 * WordPress's intermediate image sizes plus its 2560 px "big image" copy, and a copy at
 * the image's own size for the smaller ones. A size is made only when the original is
 * larger than its box, so nothing is ever upscaled; {@link #FULL} is the exception that
 * makes every image have a largest copy to show, since originals are never served to
 * readers.
 */
public enum VariantSize {

	/** Centre crop to exactly 150x150, or to what fits when one side is shorter. */
	THUMBNAIL("thumbnail", 150, 150, true),

	MEDIUM("medium", 300, 300, false),

	/** 768 wide, height unbounded. */
	MEDIUM_LARGE("medium_large", 768, 0, false),

	LARGE("large", 1024, 1024, false),

	SIZE_1536("1536x1536", 1536, 1536, false),

	SIZE_2048("2048x2048", 2048, 2048, false),

	/** Only for originals whose width or height is above 2560. */
	SCALED("scaled", 2560, 2560, false),

	/**
	 * The image at its own size (upright, without metadata), for originals that fit in
	 * {@link #SCALED}'s box: the copy readers get in place of the original, which stays
	 * private. A larger original has {@link #SCALED} instead, so this never costs more
	 * memory than that size does.
	 */
	FULL("full", 2560, 2560, false);

	private final String sizeName;

	private final int maxWidth;

	private final int maxHeight;

	private final boolean crop;

	VariantSize(String sizeName, int maxWidth, int maxHeight, boolean crop) {
		this.sizeName = sizeName;
		this.maxWidth = maxWidth;
		this.maxHeight = maxHeight;
		this.crop = crop;
	}

	/** WordPress's name for the size, also the variant's file name without extension. */
	public String sizeName() {
		return this.sizeName;
	}

	/** Width of the box in pixels. */
	public int maxWidth() {
		return this.maxWidth;
	}

	/** Height of the box in pixels, {@code 0} when unbounded. */
	public int maxHeight() {
		return this.maxHeight;
	}

	/** Whether the variant is cropped to the box rather than fitted inside it. */
	public boolean crop() {
		return this.crop;
	}

	/**
	 * What this size makes of an image that is displayed {@code width} by {@code height},
	 * if anything.
	 */
	Optional<Target> targetFor(int width, int height) {
		if (this == FULL) {
			return fullTarget(width, height);
		}
		return this.crop ? cropTarget(width, height) : fitTarget(width, height);
	}

	private Optional<Target> fullTarget(int width, int height) {
		if (width > this.maxWidth || height > this.maxHeight) {
			return Optional.empty();
		}
		return Optional.of(new Target(this, width, height, width, height));
	}

	private Optional<Target> fitTarget(int width, int height) {
		boolean wider = width > this.maxWidth;
		boolean taller = this.maxHeight > 0 && height > this.maxHeight;
		if (!wider && !taller) {
			return Optional.empty();
		}
		double scale = (double) this.maxWidth / width;
		if (this.maxHeight > 0) {
			scale = Math.min(scale, (double) this.maxHeight / height);
		}
		int scaledWidth = scaled(width, scale);
		int scaledHeight = scaled(height, scale);
		return Optional.of(new Target(this, scaledWidth, scaledHeight, scaledWidth, scaledHeight));
	}

	/**
	 * Scales so that the box is covered (never up), then keeps the centre that fits the
	 * box.
	 */
	private Optional<Target> cropTarget(int width, int height) {
		if (width <= this.maxWidth && height <= this.maxHeight) {
			return Optional.empty();
		}
		double scale = Math.min(1, Math.max((double) this.maxWidth / width, (double) this.maxHeight / height));
		int scaledWidth = scaled(width, scale);
		int scaledHeight = scaled(height, scale);
		return Optional.of(new Target(this, scaledWidth, scaledHeight, Math.min(this.maxWidth, scaledWidth),
				Math.min(this.maxHeight, scaledHeight)));
	}

	private static int scaled(int length, double scale) {
		return Math.max(1, (int) Math.round(length * scale));
	}

}
