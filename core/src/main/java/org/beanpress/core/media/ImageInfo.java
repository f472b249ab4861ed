package org.beanpress.core.media;

import java.util.Objects;

/**
 * What {@link ImageProbe} learned from an image header, without decoding any pixel.
 *
 * @param type the real format, from the magic bytes
 * @param width the stored width in pixels, before any EXIF rotation (always positive)
 * @param height the stored height in pixels, before any EXIF rotation (always positive)
 * @param orientation the EXIF orientation 1..8 ({@code 1} when absent, unreadable or not
 * applicable)
 * @param progressive whether the pixels come in passes over the whole image rather than
 * row after row: a progressive JPEG frame (SOF2, SOF6, SOF10, SOF14) or an interlaced
 * PNG; always {@code false} for GIF and WebP, whose header does not say
 * @param eightBitColour whether each pixel is stored as 8-bit colour samples (RGB or
 * RGBA, YCbCr or CMYK) rather than as a palette index, a grey level or samples of another
 * depth: decoders hand the former straight over as RGB
 */
public record ImageInfo(ImageType type, int width, int height, int orientation, boolean progressive,
		boolean eightBitColour) {

	/** The orientation of an image that is displayed as stored. */
	public static final int NORMAL_ORIENTATION = 1;

	/** An image of 8-bit colour whose pixels come row after row. */
	public ImageInfo(ImageType type, int width, int height, int orientation) {
		this(type, width, height, orientation, false, true);
	}

	/**
	 * The image that shows as {@code displayWidth} by {@code displayHeight} once its
	 * orientation is applied, as the media row keeps it.
	 */
	public static ImageInfo ofDisplaySize(ImageType type, int displayWidth, int displayHeight, int orientation,
			boolean progressive, boolean eightBitColour) {
		boolean swaps = swaps(orientation);
		return new ImageInfo(type, swaps ? displayHeight : displayWidth, swaps ? displayWidth : displayHeight,
				orientation, progressive, eightBitColour);
	}

	public ImageInfo {
		Objects.requireNonNull(type, "type must not be null");
		if (width <= 0 || height <= 0) {
			throw new IllegalArgumentException("width and height must be positive, got " + width + "x" + height);
		}
		if (orientation < 1 || orientation > 8) {
			throw new IllegalArgumentException("orientation must be between 1 and 8, got " + orientation);
		}
	}

	/**
	 * The number of pixels the image would take once decoded, to compare with a limit
	 * before decoding anything (a PNG claiming 100000x100000 reports 10^10).
	 * @return {@code width * height}, computed without overflow
	 */
	public long pixels() {
		return (long) this.width * this.height;
	}

	/**
	 * Whether showing the image upright swaps its width and height (EXIF orientations 5
	 * to 8 are a transposition or a quarter turn).
	 * @return {@code true} for orientations 5, 6, 7 and 8
	 */
	public boolean swapsDimensions() {
		return swaps(this.orientation);
	}

	private static boolean swaps(int orientation) {
		return orientation >= 5;
	}

	/**
	 * The width of the image as it is displayed once its orientation is applied.
	 * @return the displayed width in pixels
	 */
	public int displayWidth() {
		return swapsDimensions() ? this.height : this.width;
	}

	/**
	 * The height of the image as it is displayed once its orientation is applied.
	 * @return the displayed height in pixels
	 */
	public int displayHeight() {
		return swapsDimensions() ? this.width : this.height;
	}

}
