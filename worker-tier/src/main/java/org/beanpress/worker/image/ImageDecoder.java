package org.beanpress.worker.image;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.event.IIOReadProgressListener;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.beanpress.core.media.ImageType;

/**
 * Decodes the first image of a file with ImageIO (TwelveMonkeys adds CMYK JPEG and WebP)
 * straight into the size the largest variant needs, subsampled when the variants do not
 * need the full resolution: row by row where the decoder writes rows in order, else in
 * stripes ({@link DecodePath}). Anything wrong with the data becomes an
 * {@link UnprocessableImageException}; failing to open the file stays an
 * {@link IOException}, as the storage may be back on the next try.
 */
final class ImageDecoder {

	private static final IIOReadProgressListener ABORT_WHEN_INTERRUPTED = new AbortWhenInterrupted();

	private final long maxPixels;

	ImageDecoder(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/**
	 * Decodes straight into a {@code width} by {@code height} resize, row by row, so that
	 * the decoded image is never held (see {@link DecodedRows}), for originals whose
	 * decoder writes each row once, top to bottom ({@link DecodePath#ROWS}). Gives the
	 * same pixels as {@link #decodeInStripes}.
	 * @param subsampling keep every n-th pixel of every n-th row, so that a 50 MP
	 * original is not even read at full size when its largest variant is 2560 px
	 */
	Pixels decodeResized(Path file, ImageType type, int subsampling, int width, int height) throws IOException {
		ImageReader reader = readerFor(type);
		try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
			return decoding(() -> {
				ImageReadParam param = open(reader, input, subsampling, true);
				int decodedWidth = decoded(reader.getWidth(0), subsampling);
				int decodedHeight = decoded(reader.getHeight(0), subsampling);
				boolean alpha = hasAlpha(reader);
				DecodedRows rows = new DecodedRows(decodedWidth, decodedHeight, alpha,
						new Resampler(decodedWidth, decodedHeight, alpha ? 4 : 3, width, height));
				param.setDestination(rows.image());
				read(reader, param);
				return rows.finish();
			});
		}
		finally {
			reader.dispose();
		}
	}

	/**
	 * Decodes into a {@code width} by {@code height} resize in stripes across the image,
	 * for decoders that cannot stream: memory stays bounded by one stripe of at most
	 * {@code stripePixels} decoded pixels whatever the original's size, at the cost of
	 * decoding again for each stripe (a decoder starts over from the top). Most originals
	 * fit in one stripe and are decoded once.
	 */
	Pixels decodeInStripes(Path file, ImageType type, int subsampling, int width, int height, long stripePixels)
			throws IOException {
		ImageReader reader = readerFor(type);
		try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
			return decoding(() -> {
				ImageReadParam param = open(reader, input, subsampling, false);
				param.setDestinationType(destinationType(reader));
				int sourceWidth = reader.getWidth(0);
				int sourceHeight = reader.getHeight(0);
				int decodedWidth = decoded(sourceWidth, subsampling);
				int decodedHeight = decoded(sourceHeight, subsampling);
				int stripeRows = (int) Math.max(1, Math.min(decodedHeight, stripePixels / decodedWidth));
				Resampler resampler = null;
				for (int top = 0; top < decodedHeight; top += stripeRows) {
					int rows = Math.min(stripeRows, decodedHeight - top);
					// whole multiples of the subsampling, so that
					// every stripe keeps the rows a whole decode would
					param.setSourceRegion(new Rectangle(0, top * subsampling, sourceWidth,
							Math.min(rows * subsampling, sourceHeight - top * subsampling)));
					Pixels stripe = Pixels.of(read(reader, param));
					if (stripe.width != decodedWidth || stripe.height != rows) {
						throw new IIOException("The decoder gave " + stripe.width + "x" + stripe.height + " pixels for "
								+ decodedWidth + "x" + rows);
					}
					if (resampler == null) {
						resampler = new Resampler(decodedWidth, decodedHeight, stripe.bands, width, height);
					}
					for (int offset = 0; offset < stripe.data.length; offset += decodedWidth * stripe.bands) {
						resampler.push(stripe.data, offset);
					}
				}
				return resampler.result();
			});
		}
		finally {
			reader.dispose();
		}
	}

	/** The length of a side after keeping every n-th pixel, starting with the first. */
	private static int decoded(int length, int subsampling) {
		return (length + subsampling - 1) / subsampling;
	}

	/**
	 * @param once whether the image is read once (else the reader may seek back to read
	 * it again)
	 */
	private ImageReadParam open(ImageReader reader, ImageInputStream input, int subsampling, boolean once)
			throws IOException {
		// metadata is never copied to a variant, so it is not even parsed
		reader.setInput(input, once, true);
		int width = reader.getWidth(0);
		int height = reader.getHeight(0);
		// the header was checked already, but a GIF frame may be larger than its screen
		if ((long) width * height > this.maxPixels) {
			throw UnprocessableImageException.overPixelLimit(width, height, this.maxPixels);
		}
		ImageReadParam param = reader.getDefaultReadParam();
		param.setSourceSubsampling(subsampling, subsampling, 0, 0);
		return param;
	}

	private static BufferedImage read(ImageReader reader, ImageReadParam param) throws IOException {
		// a truncated JPEG decodes "successfully", its
		// missing part grey: refuse it instead, saying why
		List<String> warnings = new ArrayList<>();
		IIOReadWarningListener listener = (source, warning) -> warnings.add(warning);
		reader.addIIOReadWarningListener(listener);
		reader.addIIOReadProgressListener(ABORT_WHEN_INTERRUPTED);
		BufferedImage image;
		try {
			image = reader.read(0, param);
		}
		finally {
			reader.removeIIOReadWarningListener(listener);
			reader.removeIIOReadProgressListener(ABORT_WHEN_INTERRUPTED);
		}
		// an aborted read returns what it decoded so far
		RenderStoppedException.check();
		if (warnings.stream().anyMatch(warning -> warning.toLowerCase(Locale.ROOT).contains("premature end"))) {
			throw UnprocessableImageException.truncated();
		}
		return image;
	}

	/**
	 * Runs a decode, turning what the decoders signal bad data with into an
	 * {@link UnprocessableImageException}.
	 */
	private static <T> T decoding(Decoding<T> decoding) throws IOException {
		try {
			return decoding.run();
		}
		catch (UnprocessableImageException | RenderStoppedException ex) {
			throw ex;
		}
		catch (IIOException | EOFException | RuntimeException ex) {
			if (Thread.currentThread().isInterrupted()) {
				// what an aborted or interrupted decoder throws says nothing about the
				// data
				throw new RenderStoppedException();
			}
			// decoders signal bad data with any of these
			// (IllegalArgumentException, IndexOutOfBounds, CMMException...)
			throw UnprocessableImageException.corrupt(ex);
		}
	}

	@FunctionalInterface
	private interface Decoding<T> {

		T run() throws IOException;

	}

	/**
	 * Whether the image has transparency: the call of the reader's own default layout.
	 */
	private static boolean hasAlpha(ImageReader reader) throws IOException {
		return reader.getImageTypes(0).next().getColorModel().hasAlpha();
	}

	/**
	 * The layout {@link Pixels} takes over without a copy, when the reader can decode
	 * straight into it; else the reader's own default.
	 */
	private static ImageTypeSpecifier destinationType(ImageReader reader) throws IOException {
		int wanted = hasAlpha(reader) ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR;
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		ImageTypeSpecifier preferred = types.next();
		if (preferred.getBufferedImageType() == wanted) {
			return preferred;
		}
		while (types.hasNext()) {
			ImageTypeSpecifier type = types.next();
			if (type.getBufferedImageType() == wanted) {
				return type;
			}
		}
		return preferred;
	}

	private static ImageReader readerFor(ImageType type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type.mediaType());
		if (!readers.hasNext()) {
			throw new UnprocessableImageException("Images of type " + type.mediaType() + " cannot be decoded here");
		}
		return readers.next();
	}

	/**
	 * Stops a decode whose render ran out of time where the decoder runs on its own for a
	 * long while between the rows it hands over (a stripe, or a pass of a progressive
	 * image): decoders report their progress as they go, and check for an abort.
	 */
	private static final class AbortWhenInterrupted implements IIOReadProgressListener {

		@Override
		public void imageProgress(ImageReader source, float percentageDone) {
			if (Thread.currentThread().isInterrupted()) {
				source.abort();
			}
		}

		@Override
		public void sequenceStarted(ImageReader source, int minIndex) {
		}

		@Override
		public void sequenceComplete(ImageReader source) {
		}

		@Override
		public void imageStarted(ImageReader source, int imageIndex) {
		}

		@Override
		public void imageComplete(ImageReader source) {
		}

		@Override
		public void thumbnailStarted(ImageReader source, int imageIndex, int thumbnailIndex) {
		}

		@Override
		public void thumbnailProgress(ImageReader source, float percentageDone) {
		}

		@Override
		public void thumbnailComplete(ImageReader source) {
		}

		@Override
		public void readAborted(ImageReader source) {
		}

	}

}
