package org.beanpress.worker.image;

/**
 * Turns stored pixels upright according to an EXIF orientation (1 to 8), so that variants
 * need no orientation tag and look right in every viewer.
 */
final class Orientation {

	private Orientation() {
	}

	/**
	 * Maps each displayed pixel (x, y) back to the stored one:
	 * {@code sx = x0 + x * xx + y * xy} and {@code sy = y0 + x * yx + y * yy}, with the
	 * stored image {@code w} by {@code h}.
	 */
	static Pixels apply(Pixels stored, int orientation) {
		int w = stored.width;
		int h = stored.height;
		return switch (orientation) {
			case 1 -> stored;
			case 2 -> map(stored, w, h, w - 1, 0, -1, 0, 0, 1); // mirrored left to right
			case 3 -> map(stored, w, h, w - 1, h - 1, -1, 0, 0, -1); // turned 180 degrees
			case 4 -> map(stored, w, h, 0, h - 1, 1, 0, 0, -1); // mirrored top to bottom
			case 5 -> map(stored, h, w, 0, 0, 0, 1, 1, 0); // transposed
			case 6 -> map(stored, h, w, 0, h - 1, 0, 1, -1, 0); // turn clockwise
			case 7 -> map(stored, h, w, w - 1, h - 1, 0, -1, -1, 0); // transversed
			case 8 -> map(stored, h, w, w - 1, 0, 0, -1, 1, 0); // turn anticlockwise
			default -> throw new IllegalArgumentException("EXIF orientation must be 1 to 8, got " + orientation);
		};
	}

	private static Pixels map(Pixels stored, int width, int height, int x0, int y0, int xx, int xy, int yx, int yy) {
		int bands = stored.bands;
		Pixels upright = Pixels.allocate(width, height, bands);
		byte[] in = stored.data;
		byte[] out = upright.data;
		int step = (xx + yx * stored.width) * bands;
		int o = 0;
		for (int y = 0; y < height; y++) {
			int i = ((y0 + y * yy) * stored.width + x0 + y * xy) * bands;
			for (int x = 0; x < width; x++, i += step) {
				for (int c = 0; c < bands; c++) {
					out[o++] = in[i + c];
				}
			}
		}
		return upright;
	}

}
