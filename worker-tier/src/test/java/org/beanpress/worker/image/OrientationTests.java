package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The orientation folder holds one landscape and one portrait photo stored in each of the
 * eight EXIF orientations (and once without the tag): once turned upright, all must look
 * like the one stored upright.
 */
class OrientationTests {

	/**
	 * Mean absolute difference per colour sample, 0 to 255, below which two variants look
	 * the same.
	 */
	private static final double SAME = 4;

	private final DefaultPipeline pipeline = new DefaultPipeline();

	@TempDir
	Path work;

	@ParameterizedTest
	@ValueSource(strings = { "Landscape", "Portrait" })
	void shouldTurnEveryOrientationUpright(String kind) throws IOException {
		BufferedImage upright = variant(kind + "_1", VariantSize.MEDIUM);
		BufferedImage uprightThumbnail = variant(kind + "_1", VariantSize.THUMBNAIL);
		for (int orientation = 0; orientation <= 8; orientation++) {
			String name = kind + "_" + orientation;
			BufferedImage medium = variant(name, VariantSize.MEDIUM);
			assertThat(medium.getWidth()).as(name).isEqualTo(upright.getWidth());
			assertThat(medium.getHeight()).as(name).isEqualTo(upright.getHeight());
			assertThat(difference(medium, upright)).as(name).isLessThan(SAME);
			assertThat(difference(variant(name, VariantSize.THUMBNAIL), uprightThumbnail)).as(name).isLessThan(SAME);
		}
	}

	@ParameterizedTest
	@CsvSource({ "Landscape_3, 3", "Landscape_2, 2", "Portrait_4, 4" })
	void shouldTellAWrongOrientationFromTheRightOne(String name, int orientation) throws IOException {
		Pixels upright = Pixels.of(variant(name, VariantSize.MEDIUM));

		Pixels turnedBack = Orientation.apply(upright, orientation);

		assertThat(difference(upright.toImage(), turnedBack.toImage())).isGreaterThan(5 * SAME);
	}

	@Test
	void shouldMapEachOrientationToItsUprightPixels() {
		// stored 3x2: a b c / d e f, one byte per band so the letters show
		Pixels stored = new Pixels(3, 2, 3, "aaabbbcccdddeeefff".getBytes());
		List<String> upright = List.of("abc/def", "cba/fed", "fed/cba", "def/abc", "ad/be/cf", "da/eb/fc", "fc/eb/da",
				"cf/be/ad");
		for (int orientation = 1; orientation <= 8; orientation++) {
			assertThat(letters(Orientation.apply(stored, orientation))).as("orientation %d", orientation)
				.isEqualTo(upright.get(orientation - 1));
		}
	}

	private BufferedImage variant(String name, VariantSize size) throws IOException {
		Path out = this.work.resolve(name);
		if (!Files.isDirectory(out)) {
			this.pipeline.render(TestImages.file("orientation/" + name + ".jpg"), Files.createDirectory(out));
		}
		return ImageIO.read(out.resolve(size.sizeName() + ".jpg").toFile());
	}

	private static String letters(Pixels pixels) {
		StringBuilder text = new StringBuilder();
		for (int y = 0; y < pixels.height; y++) {
			text.append(y > 0 ? "/" : "");
			for (int x = 0; x < pixels.width; x++) {
				text.append((char) pixels.data[(y * pixels.width + x) * 3]);
			}
		}
		return text.toString();
	}

	private static double difference(BufferedImage a, BufferedImage b) {
		assertThat(b.getWidth()).isEqualTo(a.getWidth());
		assertThat(b.getHeight()).isEqualTo(a.getHeight());
		long total = 0;
		for (int y = 0; y < a.getHeight(); y++) {
			for (int x = 0; x < a.getWidth(); x++) {
				int p = a.getRGB(x, y);
				int q = b.getRGB(x, y);
				for (int shift = 0; shift < 24; shift += 8) {
					total += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
				}
			}
		}
		return (double) total / (3L * a.getWidth() * a.getHeight());
	}

}
