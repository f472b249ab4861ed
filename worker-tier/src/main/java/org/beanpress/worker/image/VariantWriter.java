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

/**
 * Writes a variant as a baseline JPEG or a PNG without any metadata: no EXIF (so no GPS
 * and no orientation), no XMP, no comment. The writer gets no {@code IIOMetadata}, so the
 * JPEG has only the default JFIF header. The file is written under a temporary name and
 * renamed, so a crash never leaves a half-written variant under its final name.
 */
final class VariantWriter {

	static final String JPEG = "jpg";

	static final String PNG = "png";

	private final float jpegQuality;

	VariantWriter(float jpegQuality) {
		this.jpegQuality = jpegQuality;
	}

	/**
	 * Writes {@code size.sizeName() + "." + extension} ({@link #JPEG} or {@link #PNG})
	 * into the directory.
	 */
	RenderedVariant write(Pixels pixels, VariantSize size, Path directory, String extension) throws IOException {
		Path temporary = Files.createTempFile(directory, "." + size.sizeName() + "-", ".tmp");
		try {
			encode(pixels, extension, temporary);
			Path file = directory.resolve(size.sizeName() + "." + extension);
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			return new RenderedVariant(size, file, extension, pixels.width, pixels.height, Files.size(file));
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private void encode(Pixels pixels, String extension, Path file) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersBySuffix(extension).next();
		try (ImageOutputStream output = new FileImageOutputStream(file.toFile())) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			if (extension.equals(JPEG)) {
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
