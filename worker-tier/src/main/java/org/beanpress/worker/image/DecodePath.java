package org.beanpress.worker.image;

import org.beanpress.core.media.ImageInfo;

/** How an original is decoded, chosen once from what its header says. */
enum DecodePath {

	/**
	 * Row by row, straight into the resampler, so the decoded original is never held: for
	 * decoders that write each row once, top to bottom (baseline JPEG, also CMYK and
	 * greyscale, and non-interlaced PNG).
	 */
	ROWS,

	/**
	 * In stripes, each decoded from the top again: for decoders that go over the image
	 * more than once or not in row order (progressive JPEG and interlaced PNG come in
	 * passes, WebP in blocks, GIF as indexed and possibly interlaced frames).
	 */
	STRIPES;

	static DecodePath of(ImageInfo info) {
		return switch (info.type()) {
			// the JDK's JPEG reader hands any sequential JPEG over as RGB rows, grey and
			// CMYK ones too
			case JPEG -> info.progressive() ? STRIPES : ROWS;
			// its PNG reader gives palette, grey and 16-bit images only in their own
			// layout
			case PNG -> (info.progressive() || !info.eightBitColour()) ? STRIPES : ROWS;
			case GIF, WEBP -> STRIPES;
		};
	}

}
