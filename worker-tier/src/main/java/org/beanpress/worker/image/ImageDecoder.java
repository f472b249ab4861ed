package org.beanpress.worker.image;

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
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

import org.beanpress.core.media.ImageType;

/**
 * Decodes the first image of a file once, with ImageIO (TwelveMonkeys adds CMYK JPEG and WebP), at a
 * reduced resolution when the variants do not need the full one. Anything wrong with the data becomes
 * an {@link UnprocessableImageException}; failing to open the file stays an {@link IOException}, as the
 * storage may be back on the next try.
 */
final class ImageDecoder {

	private final long maxPixels;

	ImageDecoder(long maxPixels) {
		this.maxPixels = maxPixels;
	}

	/**
	 * @param subsampling keep every n-th pixel of every n-th row, so a 50 MP original never sits on the
	 * heap at full size when its largest variant is 2560 px
	 */
	Pixels decode(Path file, ImageType type, int subsampling) throws IOException {
		ImageReader reader = readerFor(type);
		try (ImageInputStream input = new FileImageInputStream(file.toFile())) {
			return Pixels.of(read(reader, input, subsampling));
		}
		finally {
			reader.dispose();
		}
	}

	private BufferedImage read(ImageReader reader, ImageInputStream input, int subsampling) throws IOException {
		try {
			// metadata is never copied to a variant, so it is not even parsed
			reader.setInput(input, true, true);
			int width = reader.getWidth(0);
			int height = reader.getHeight(0);
			// the header was checked already, but a GIF frame may be larger than its screen
			if ((long) width * height > this.maxPixels) {
				throw UnprocessableImageException.overPixelLimit(width, height, this.maxPixels);
			}
			ImageReadParam param = reader.getDefaultReadParam();
			param.setSourceSubsampling(subsampling, subsampling, 0, 0);
			param.setDestinationType(destinationType(reader));
			// a truncated JPEG decodes "successfully", its missing part grey: refuse it instead, saying why
			List<String> warnings = new ArrayList<>();
			reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
			BufferedImage image = reader.read(0, param);
			if (warnings.stream().anyMatch(warning -> warning.toLowerCase(Locale.ROOT).contains("premature end"))) {
				throw UnprocessableImageException.truncated();
			}
			return image;
		}
		catch (UnprocessableImageException ex) {
			throw ex;
		}
		catch (IIOException | EOFException | RuntimeException ex) {
			// decoders signal bad data with any of these (IllegalArgumentException, IndexOutOfBounds, CMMException...)
			throw UnprocessableImageException.corrupt(ex);
		}
	}

	/**
	 * The layout {@link Pixels} takes over without a copy, when the reader can decode straight into it;
	 * else the reader's own default. Whether there is alpha is the default's call.
	 */
	private static ImageTypeSpecifier destinationType(ImageReader reader) throws IOException {
		Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
		ImageTypeSpecifier preferred = types.next();
		int wanted = preferred.getColorModel().hasAlpha() ? BufferedImage.TYPE_4BYTE_ABGR
				: BufferedImage.TYPE_3BYTE_BGR;
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

}
