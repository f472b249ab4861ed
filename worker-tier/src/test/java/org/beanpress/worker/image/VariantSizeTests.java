package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.beanpress.core.media.ImageInfo;
import org.beanpress.core.media.ImageType;
import org.junit.jupiter.api.Test;

class VariantSizeTests {

	@Test
	void shouldPlanLargestFirstSoThatEachVariantComesFromALargerOne() {
		// a panorama: the thumbnail must cover 150 px of
		// height, so it is larger than medium before its crop
		assertThat(Target.plan(20000, 2500))
			.extracting(Target::size, Target::scaledWidth, Target::scaledHeight, Target::width, Target::height)
			.containsExactly(tuple(VariantSize.SCALED, 2560, 320, 2560, 320),
					tuple(VariantSize.SIZE_2048, 2048, 256, 2048, 256),
					tuple(VariantSize.SIZE_1536, 1536, 192, 1536, 192),
					tuple(VariantSize.THUMBNAIL, 1200, 150, 150, 150), tuple(VariantSize.LARGE, 1024, 128, 1024, 128),
					tuple(VariantSize.MEDIUM_LARGE, 768, 96, 768, 96), tuple(VariantSize.MEDIUM, 300, 38, 300, 38));
	}

	@Test
	void shouldMakeMediumLargeOnlyForImagesWiderThan768() {
		assertThat(Target.plan(700, 2000)).extracting(Target::size)
			.containsExactly(VariantSize.FULL, VariantSize.SIZE_1536, VariantSize.LARGE, VariantSize.THUMBNAIL,
					VariantSize.MEDIUM);
	}

	@Test
	void shouldMakeTheScaledCopyOnlyAbove2560() {
		assertThat(Target.plan(2560, 1920)).extracting(Target::size).doesNotContain(VariantSize.SCALED);
		assertThat(Target.plan(2561, 1920)).extracting(Target::size).contains(VariantSize.SCALED);
	}

	@Test
	void shouldMakeTheFullSizeCopyExactlyWhenThereIsNoScaledOne() {
		assertThat(Target.plan(2560, 1920).get(0)).isEqualTo(new Target(VariantSize.FULL, 2560, 1920, 2560, 1920));
		assertThat(Target.plan(1, 1)).extracting(Target::size).containsExactly(VariantSize.FULL);
		assertThat(Target.plan(2561, 1920)).extracting(Target::size).doesNotContain(VariantSize.FULL);
		assertThat(Target.plan(1920, 2561)).extracting(Target::size).doesNotContain(VariantSize.FULL);
	}

	@Test
	void shouldDecodeTheSmallestSubsamplingThatStillCoversTheLargestVariant() {
		Target largest = Target.plan(8000, 6000).get(0);

		assertThat(ImagePipeline.subsampling(new ImageInfo(ImageType.JPEG, 8000, 6000, 1), largest)).isEqualTo(3);
		assertThat(ImagePipeline.subsampling(new ImageInfo(ImageType.JPEG, 6000, 8000, 6), largest)).isEqualTo(3);
		assertThat(ImagePipeline.subsampling(new ImageInfo(ImageType.JPEG, 5119, 3000, 1), largest)).isEqualTo(1);
	}

}
