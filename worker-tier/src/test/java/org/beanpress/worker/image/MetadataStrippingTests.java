package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetadataStrippingTests {

	private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] GPS = "GPS".getBytes(StandardCharsets.US_ASCII);

	/**
	 * The EXIF tag pointing to the GPS block, as these little-endian ("II") files store
	 * it.
	 */
	private static final byte[] GPS_POINTER = { 0x25, (byte) 0x88 };

	private final DefaultPipeline pipeline = new DefaultPipeline();

	@TempDir
	Path work;

	@Test
	void shouldStripExifAndGpsFromEveryVariant() throws IOException {
		List<Path> originals = TestImages.jpegsIn("gps");
		assertThat(originals).isNotEmpty();
		for (Path original : originals) {
			// the checks below are only worth something
			// if the original does carry what must go
			byte[] originalBytes = Files.readAllBytes(original);
			assertThat(indexOf(originalBytes, EXIF)).as(original.toString()).isNotNegative();
			assertThat(indexOf(originalBytes, GPS_POINTER)).as(original.toString()).isBetween(0, 1000);
			Path out = Files.createDirectory(this.work.resolve(original.getFileName().toString()));

			List<RenderedVariant> variants = this.pipeline.render(original, out);

			assertThat(variants).isNotEmpty();
			for (RenderedVariant variant : variants) {
				byte[] variantBytes = Files.readAllBytes(variant.file());
				String what = original.getFileName() + " " + variant.size().sizeName();
				assertThat(indexOf(variantBytes, EXIF)).as(what).isNegative();
				assertThat(indexOf(variantBytes, GPS)).as(what).isNegative();
				assertThat(Jpeg.markers(variantBytes)).as(what).doesNotContain(0xE1);
			}
		}
	}

	private static int indexOf(byte[] data, byte[] wanted) {
		outer: for (int i = 0; i <= data.length - wanted.length; i++) {
			for (int j = 0; j < wanted.length; j++) {
				if (data[i + j] != wanted[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
