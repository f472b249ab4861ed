package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.ImageType;
import org.beanpress.core.media.MediaProperties;
import org.beanpress.core.settings.PropertyDefaults;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ImageDecoderTests {

	private final ImageDecoder decoder = new ImageDecoder(PropertyDefaults.of(MediaProperties.class).maxPixels());

	@TempDir
	Path folder;

	/**
	 * Phones and cameras, rotated ones, and one with an embedded ICC profile (the Canon).
	 */
	static Stream<String> cameraPhotos() {
		return Stream.of("exif/jolla.jpg", "exif/Reconyx_HC500_Hyperfire.jpg", "orientation/Landscape_6.jpg",
				"orientation/Portrait_3.jpg", "gps/DSCN0010.jpg", "exif/Canon_40D.jpg");
	}

	@ParameterizedTest
	@MethodSource("cameraPhotos")
	void shouldStreamAPhotoIntoTheSamePixelsAsAWholeDecode(String name) throws IOException {
		assertStreamsLikeAWholeDecode(TestImages.file(name), ImageType.JPEG, 1);
		assertStreamsLikeAWholeDecode(TestImages.file(name), ImageType.JPEG, 2);
	}

	@Test
	void shouldStreamATransparentPngIntoTheSamePixelsAsAWholeDecode() throws IOException {
		BufferedImage picture = new BufferedImage(900, 700, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(255, 0, 0, 0), 900, 700, new Color(0, 0, 255, 255)));
		graphics.fillRect(0, 0, 900, 700);
		graphics.dispose();
		Path png = this.folder.resolve("gradient.png");
		ImageIO.write(picture, "png", png.toFile());

		assertStreamsLikeAWholeDecode(png, ImageType.PNG, 1);
	}

	@Test
	void shouldDecodeAProgressiveJpegInStripesAsItsPassesRevisitEveryRow() throws IOException {
		Path progressive = Jpeg.writeProgressive(ImageIO.read(TestImages.file("orientation/Landscape_1.jpg").toFile()),
				this.folder.resolve("progressive.jpg"));

		assertThat(DecodePath.of(ImageProbe.probe(progressive))).isEqualTo(DecodePath.STRIPES);
		assertStripesDecodeLikeAWholeDecode(progressive, ImageType.JPEG, 1);
		assertStripesDecodeLikeAWholeDecode(progressive, ImageType.JPEG, 2);
	}

	@Test
	void shouldDecodeAnInterlacedGifInStripes() throws IOException {
		Path gif = this.folder.resolve("interlaced.gif");
		BufferedImage picture = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, Color.YELLOW, 400, 300, Color.BLUE));
		graphics.fillRect(0, 0, 400, 300);
		graphics.dispose();
		ImageIO.write(picture, "gif", gif.toFile());

		assertThat(DecodePath.of(ImageProbe.probe(gif))).isEqualTo(DecodePath.STRIPES);
		assertStripesDecodeLikeAWholeDecode(gif, ImageType.GIF, 1);
	}

	@Test
	void shouldStopADecoderThatGoesBackToARowAlreadyHandedOn() {
		DecodedRows rows = new DecodedRows(4, 3, false, new Resampler(4, 3, 3, 2, 2));
		rows.setElem(0, 0, 1);
		rows.setElem(0, 12, 1);

		assertThatExceptionOfType(DecodedRows.OutOfOrderException.class).isThrownBy(() -> rows.setElem(0, 11, 1));
		assertThatExceptionOfType(DecodedRows.OutOfOrderException.class).isThrownBy(() -> rows.getElem(0, 0));
	}

	@Test
	void shouldStopADecoderThatSkipsARowOrStopsEarly() {
		DecodedRows skipping = new DecodedRows(4, 3, false, new Resampler(4, 3, 3, 2, 2));
		skipping.setElem(0, 0, 1);
		assertThatExceptionOfType(DecodedRows.OutOfOrderException.class).isThrownBy(() -> skipping.setElem(0, 24, 1));

		DecodedRows stopping = new DecodedRows(4, 3, false, new Resampler(4, 3, 3, 2, 2));
		stopping.setElem(0, 0, 1);
		assertThatExceptionOfType(DecodedRows.OutOfOrderException.class).isThrownBy(stopping::finish);
	}

	private void assertStreamsLikeAWholeDecode(Path file, ImageType type, int subsampling) throws IOException {
		Pixels whole = wholeDecode(file, type, subsampling);

		Pixels streamed = this.decoder.decodeResized(file, type, subsampling, whole.width, whole.height);

		assertSamePixels(streamed, whole, file + " at 1/" + subsampling);
	}

	private void assertStripesDecodeLikeAWholeDecode(Path file, ImageType type, int subsampling) throws IOException {
		Pixels whole = wholeDecode(file, type, subsampling);
		// stripes of 41 rows: the last one shorter
		long stripe = 41L * decoded(ImageProbe.probe(file).width(), subsampling);

		Pixels striped = this.decoder.decodeInStripes(file, type, subsampling, whole.width, whole.height, stripe);

		assertSamePixels(striped, whole, file + " at 1/" + subsampling + " in stripes");
	}

	/** Decoded in one stripe, and resized to two thirds. */
	private Pixels wholeDecode(Path file, ImageType type, int subsampling) throws IOException {
		ImageInfo info = ImageProbe.probe(file);
		return this.decoder.decodeInStripes(file, type, subsampling, decoded(info.width(), subsampling) * 2 / 3,
				decoded(info.height(), subsampling) * 2 / 3, Long.MAX_VALUE);
	}

	private static int decoded(int length, int subsampling) {
		return (length + subsampling - 1) / subsampling;
	}

	private static void assertSamePixels(Pixels actual, Pixels expected, String description) {
		assertThat(actual.width).as(description).isEqualTo(expected.width);
		assertThat(actual.height).as(description).isEqualTo(expected.height);
		assertThat(actual.bands).as(description).isEqualTo(expected.bands);
		assertThat(actual.data).as(description).isEqualTo(expected.data);
	}

}
