package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageProbe;
import org.beanpress.core.media.ImageType;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The header alone chooses how an original is decoded, and every kind then makes all its
 * variants.
 */
class DecodePathTests {

	@TempDir
	Path folder;

	@TempDir
	Path work;

	private final DefaultPipeline pipeline = new DefaultPipeline();

	/**
	 * PNG layouts: only 8-bit RGB and RGBA come out of the JDK's reader in the rows' own
	 * layout.
	 */
	static Stream<Arguments> pngs() {
		return Stream.of(Arguments.of("rgb", BufferedImage.TYPE_INT_RGB, DecodePath.ROWS),
				Arguments.of("rgba", BufferedImage.TYPE_INT_ARGB, DecodePath.ROWS),
				Arguments.of("grey", BufferedImage.TYPE_BYTE_GRAY, DecodePath.STRIPES),
				Arguments.of("16-bit grey", BufferedImage.TYPE_USHORT_GRAY, DecodePath.STRIPES),
				Arguments.of("palette", BufferedImage.TYPE_BYTE_INDEXED, DecodePath.STRIPES),
				Arguments.of("black and white", BufferedImage.TYPE_BYTE_BINARY, DecodePath.STRIPES));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pngs")
	void shouldDecodeOnlyEightBitColourPngsRowByRowAndMakeEveryVariantOfEach(String name, int layout,
			DecodePath expected) throws IOException {
		Path png = this.folder.resolve(name + ".png");
		ImageIO.write(picture(layout), "png", png.toFile());

		assertThat(DecodePath.of(ImageProbe.probe(png))).isEqualTo(expected);
		assertThat(this.pipeline.render(png, this.work)).extracting(RenderedVariant::size)
			.containsExactly(VariantSize.THUMBNAIL, VariantSize.MEDIUM, VariantSize.MEDIUM_LARGE, VariantSize.FULL);
	}

	@Test
	void shouldDecodeEverySequentialJpegRowByRowGreyOnesToo() throws IOException {
		Path grey = this.folder.resolve("grey.jpg");
		ImageIO.write(picture(BufferedImage.TYPE_BYTE_GRAY), "jpg", grey.toFile());

		assertThat(DecodePath.of(ImageProbe.probe(TestImages.file("exif/jolla.jpg")))).isEqualTo(DecodePath.ROWS);
		assertThat(DecodePath.of(ImageProbe.probe(grey))).isEqualTo(DecodePath.ROWS);
		assertThat(this.pipeline.render(grey, this.work)).hasSize(4);
	}

	@Test
	void shouldDecodeProgressiveJpegsGifsAndWebpsInStripes() throws IOException {
		Path progressive = Jpeg.writeProgressive(ImageIO.read(TestImages.file("orientation/Landscape_1.jpg").toFile()),
				this.folder.resolve("progressive.jpg"));

		assertThat(DecodePath.of(ImageProbe.probe(progressive))).isEqualTo(DecodePath.STRIPES);
		assertThat(DecodePath.of(new ImageInfo(ImageType.GIF, 800, 600, 1, false, false)))
			.isEqualTo(DecodePath.STRIPES);
		assertThat(DecodePath.of(new ImageInfo(ImageType.WEBP, 800, 600, 1))).isEqualTo(DecodePath.STRIPES);
	}

	private static BufferedImage picture(int layout) {
		BufferedImage picture = new BufferedImage(1000, 700, layout);
		var graphics = picture.createGraphics();
		graphics.setPaint(new GradientPaint(0, 0, new Color(250, 20, 20, 40), 1000, 700, new Color(20, 20, 250)));
		graphics.fillRect(0, 0, 1000, 700);
		graphics.dispose();
		return picture;
	}

}
