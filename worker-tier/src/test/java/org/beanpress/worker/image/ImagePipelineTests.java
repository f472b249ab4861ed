package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.beanpress.local.TestImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImagePipelineTests {

	private final DefaultPipeline pipeline = new DefaultPipeline();

	@TempDir
	Path input;

	@TempDir
	Path work;

	@Test
	void shouldMakeEveryWordPressSizeFromAPhonePhoto() throws IOException {
		List<RenderedVariant> variants = this.pipeline.render(TestImages.file("exif/jolla.jpg"), this.work);

		// 3264 px wide is above WordPress's 2560 px
		// threshold, so the "scaled" copy is made too
		assertThat(variants)
			.extracting(RenderedVariant::size, RenderedVariant::width, RenderedVariant::height, RenderedVariant::format)
			.containsExactly(tuple(VariantSize.THUMBNAIL, 150, 150, ImageType.JPEG),
					tuple(VariantSize.MEDIUM, 300, 225, ImageType.JPEG),
					tuple(VariantSize.MEDIUM_LARGE, 768, 576, ImageType.JPEG),
					tuple(VariantSize.LARGE, 1024, 768, ImageType.JPEG),
					tuple(VariantSize.SIZE_1536, 1536, 1152, ImageType.JPEG),
					tuple(VariantSize.SIZE_2048, 2048, 1536, ImageType.JPEG),
					tuple(VariantSize.SCALED, 2560, 1920, ImageType.JPEG));
		for (RenderedVariant variant : variants) {
			BufferedImage image = ImageIO.read(variant.file().toFile());
			assertThat(image.getWidth()).isEqualTo(variant.width());
			assertThat(image.getHeight()).isEqualTo(variant.height());
			assertThat(variant.bytes()).isEqualTo(Files.size(variant.file()));
		}
	}

	@Test
	void shouldMakeEverySizeFromAProgressiveJpegToo() throws IOException {
		Path progressive = Jpeg.writeProgressive(ImageIO.read(TestImages.file("exif/jolla.jpg").toFile()),
				this.input.resolve("progressive.jpg"));

		List<RenderedVariant> variants = this.pipeline.render(progressive, this.work);

		assertThat(variants).extracting(RenderedVariant::size)
			.containsExactlyElementsOf(EnumSet.complementOf(EnumSet.of(VariantSize.FULL)));
		for (RenderedVariant variant : variants) {
			BufferedImage image = ImageIO.read(variant.file().toFile());
			assertThat(image.getWidth()).isEqualTo(variant.width());
			assertThat(image.getHeight()).isEqualTo(variant.height());
		}
	}

	@Test
	void shouldMakeOnlyTheSizesASmallPhotoIsLargerThan() throws IOException {
		List<RenderedVariant> variants = this.pipeline.render(TestImages.file("gps/DSCN0010.jpg"), this.work);

		assertThat(variants).extracting(RenderedVariant::size, RenderedVariant::width, RenderedVariant::height)
			.containsExactly(tuple(VariantSize.THUMBNAIL, 150, 150), tuple(VariantSize.MEDIUM, 300, 225),
					tuple(VariantSize.FULL, 640, 480));
	}

	@Test
	void shouldMakeOnlyTheFullSizeCopyOfAnImageNoLargerThanTheThumbnail() throws IOException {
		List<RenderedVariant> variants = this.pipeline.render(TestImages.file("exif/Canon_40D.jpg"), this.work);

		// readers never get the original, so even this one needs a copy to show
		assertThat(variants).extracting(RenderedVariant::size, RenderedVariant::width, RenderedVariant::height)
			.containsExactly(tuple(VariantSize.FULL, 100, 68));
	}

	@Test
	void shouldCropTheThumbnailToWhatFitsWithoutUpscaling() throws IOException {
		Path banner = writePng(opaque(400, 100, Color.BLUE), "banner.png");

		List<RenderedVariant> variants = this.pipeline.render(banner, this.work);

		assertThat(variants).extracting(RenderedVariant::size, RenderedVariant::width, RenderedVariant::height)
			.containsExactly(tuple(VariantSize.THUMBNAIL, 150, 100), tuple(VariantSize.MEDIUM, 300, 75),
					tuple(VariantSize.FULL, 400, 100));
	}

	@Test
	void shouldKeepTransparencyInPngVariantsOfAPng() throws IOException {
		BufferedImage picture = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_ARGB);
		Graphics2D graphics = picture.createGraphics();
		graphics.setColor(Color.RED);
		graphics.fillRect(1500, 0, 1500, 2000); // the left half stays fully transparent
		graphics.dispose();
		Path png = writePng(picture, "picture.png");

		List<RenderedVariant> variants = this.pipeline.render(png, this.work);

		assertThat(variants)
			.extracting(RenderedVariant::size, RenderedVariant::width, RenderedVariant::height, RenderedVariant::format)
			.containsExactly(tuple(VariantSize.THUMBNAIL, 150, 150, ImageType.PNG),
					tuple(VariantSize.MEDIUM, 300, 200, ImageType.PNG),
					tuple(VariantSize.MEDIUM_LARGE, 768, 512, ImageType.PNG),
					tuple(VariantSize.LARGE, 1024, 683, ImageType.PNG),
					tuple(VariantSize.SIZE_1536, 1536, 1024, ImageType.PNG),
					tuple(VariantSize.SIZE_2048, 2048, 1365, ImageType.PNG),
					tuple(VariantSize.SCALED, 2560, 1707, ImageType.PNG));
		for (RenderedVariant variant : variants) {
			BufferedImage image = ImageIO.read(variant.file().toFile());
			assertThat(image.getColorModel().hasAlpha()).isTrue();
			int middle = image.getHeight() / 2;
			assertThat(image.getRGB(2, middle) >>> 24).as("alpha on the left of %s", variant.size()).isZero();
			assertThat(image.getRGB(image.getWidth() - 3, middle)).as("colour on the right of %s", variant.size())
				.isEqualTo(Color.RED.getRGB());
		}
	}

	@Test
	void shouldWriteBaselineJpegsInThreeColourComponents() throws IOException {
		for (RenderedVariant variant : this.pipeline.render(TestImages.file("exif/Reconyx_HC500_Hyperfire.jpg"),
				this.work)) {
			byte[] bytes = Files.readAllBytes(variant.file());
			assertThat(Jpeg.markers(bytes)).as(variant.size().sizeName())
				.startsWith(0xD8, 0xE0) // SOI, JFIF
				.contains(0xC0) // baseline frame
				// EXIF or XMP, ICC, IPTC, comment
				.doesNotContain(0xE1, 0xE2, 0xED, 0xFE);
			assertThat(Jpeg.frameComponents(bytes)).isEqualTo(3);
			try (ImageInputStream input = ImageIO.createImageInputStream(variant.file().toFile())) {
				ImageReader reader = ImageIO.getImageReaders(input).next();
				reader.setInput(input);
				BufferedImage image = reader.read(0);
				assertThat(image.getColorModel().getNumComponents()).isEqualTo(3);
				assertThat(image.getColorModel().hasAlpha()).isFalse();
				reader.dispose();
			}
		}
	}

	@Test
	void shouldLeaveOnlyTheVariantsInTheWorkDirectoryAndTheOriginalUntouched() throws IOException {
		Path original = Files.copy(TestImages.file("orientation/Portrait_6.jpg"), this.input.resolve("original.jpg"));
		byte[] before = Files.readAllBytes(original);

		List<RenderedVariant> variants = this.pipeline.render(original, this.work);

		try (Stream<Path> files = Files.list(this.work)) {
			assertThat(files)
				.containsExactlyInAnyOrderElementsOf(variants.stream().map(RenderedVariant::file).toList());
		}
		assertThat(variants).extracting((variant) -> variant.file().getFileName().toString())
			.containsExactly("thumbnail.jpg", "medium.jpg", "medium_large.jpg", "large.jpg", "1536x1536.jpg",
					"full.jpg");
		assertThat(Files.readAllBytes(original)).isEqualTo(before);
	}

	@Test
	void shouldReplaceVariantsOfAnEarlierAttempt() throws IOException {
		List<RenderedVariant> first = this.pipeline.render(TestImages.file("gps/DSCN0012.jpg"), this.work);

		List<RenderedVariant> second = this.pipeline.render(TestImages.file("gps/DSCN0012.jpg"), this.work);

		assertThat(second).isEqualTo(first);
		try (Stream<Path> files = Files.list(this.work)) {
			assertThat(files).hasSize(3);
		}
	}

	private static BufferedImage opaque(int width, int height, Color colour) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(colour);
		graphics.fillRect(0, 0, width, height);
		graphics.dispose();
		return image;
	}

	private Path writePng(BufferedImage image, String name) throws IOException {
		Path file = this.input.resolve(name);
		ImageIO.write(image, "png", file.toFile());
		return file;
	}

	@Test
	void shouldShareTheDecodeBudgetByDecodedMegapixels() {
		assertThat(ImagePipeline.permits(12_000_000, 30)).isEqualTo(12);
		assertThat(ImagePipeline.permits(26_204_161, 30)).as("rounded up").isEqualTo(27);
		assertThat(ImagePipeline.permits(50_000_000, 30)).as("never more than the whole budget").isEqualTo(30);
		assertThat(ImagePipeline.permits(40_000, 30)).as("at least one").isEqualTo(1);
	}

	@Test
	void shouldLetAProgressiveJpegDecodeAloneForItsDecodersNativeCoefficientBuffer() {
		var twelveMegapixels = Target.plan(4000, 3000).get(0);
		var progressiveJpeg = new ImageInfo(ImageType.JPEG, 4000, 3000, 1, true, true);
		var interlacedPng = new ImageInfo(ImageType.PNG, 4000, 3000, 1, true, true);
		var smallProgressiveJpeg = new ImageInfo(ImageType.JPEG, 1200, 900, 1, true, true);

		assertThat(ImagePipeline.stripedPermits(progressiveJpeg, twelveMegapixels, 1, 20)).isEqualTo(20);
		// two variants of 2560x1920 and a 4 MP stripe:
		// room for a streamed render beside it
		assertThat(ImagePipeline.stripedPermits(interlacedPng, twelveMegapixels, 1, 20)).isEqualTo(14);
		// its full-size copy twice, itself as the stripe, and its coefficients
		assertThat(ImagePipeline.stripedPermits(smallProgressiveJpeg, Target.plan(1200, 900).get(0), 1, 20))
			.isEqualTo(6);
	}

}
