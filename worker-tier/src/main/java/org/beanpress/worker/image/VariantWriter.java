package org.beanpress.worker.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.FileImageOutputStream;
import javax.imageio.stream.ImageOutputStream;

import org.beanpress.core.media.ImageType;

/**
 * Writes a variant as a baseline JPEG or a PNG without any metadata: no EXIF (so no GPS
 * and no orientation), no XMP, no comment. The writer gets no {@code IIOMetadata}, so the
 * JPEG has only the default JFIF header. The file is written under a temporary name and
 * renamed, so a crash never leaves a half-written variant under its final name.
 */
final class VariantWriter {

	private final float jpegQuality;

	VariantWriter(float jpegQuality) {
		this.jpegQuality = jpegQuality;
	}

	/** Writes {@code size.sizeName() + "." + format.extension()} into the directory. */
	RenderedVariant write(Pixels pixels, VariantSize size, Path directory, ImageType format) throws IOException {
		Path temporary = Files.createTempFile(directory, "." + size.sizeName() + "-", ".tmp");
		try {
			encode(pixels, format, temporary);
			Path file = directory.resolve(size.sizeName() + "." + format.extension());
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new RenderedVariant(size, file, format, pixels.width, pixels.height, Files.size(file));
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void encode(Pixels pixels, ImageType format, Path file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByMIMEType(format.mediaType()).next();
		try (ImageOutputStream output = new FileImageOutputStream(file.toFile())) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (format == ImageType.JPEG) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(this.jpegQuality);
			}
			writer.setOutput(output);
			writer.write(null, new IIOImage(pixels.toImage(), null, null), param);
		}
		finally {
			writer.dispose();
		}
	}

}
