package org.beanpress.core.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageInfoTests {

	@ParameterizedTest
	@ValueSource(ints = { 1, 2, 3, 4 })
	void shouldDisplayAsStoredForOrientationsOneToFour(int orientation) {
		ImageInfo info = new ImageInfo(ImageType.JPEG, 1800, 1200, orientation);

		assertThat(info.swapsDimensions()).isFalse();
		assertThat(info.displayWidth()).isEqualTo(1800);
		assertThat(info.displayHeight()).isEqualTo(1200);
	}

	@ParameterizedTest
	@ValueSource(ints = { 5, 6, 7, 8 })
	void shouldSwapDisplayDimensionsForOrientationsFiveToEight(int orientation) {
		ImageInfo info = new ImageInfo(ImageType.JPEG, 1800, 1200, orientation);

		assertThat(info.swapsDimensions()).isTrue();
		assertThat(info.displayWidth()).isEqualTo(1200);
		assertThat(info.displayHeight()).isEqualTo(1800);
	}

	@Test
	void shouldCountPixelsWithoutIntegerOverflow() {
		assertThat(new ImageInfo(ImageType.PNG, 100_000, 100_000, 1).pixels()).isEqualTo(10_000_000_000L);
		assertThat(new ImageInfo(ImageType.PNG, Integer.MAX_VALUE, Integer.MAX_VALUE, 1).pixels())
			.isEqualTo((long) Integer.MAX_VALUE * Integer.MAX_VALUE);
		assertThat(new ImageInfo(ImageType.GIF, 1, 1, 1).pixels()).isOne();
	}

	@Test
	void shouldRefuseImpossibleValues() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageInfo(ImageType.PNG, 0, 1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageInfo(ImageType.PNG, 1, -1, 1));
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageInfo(ImageType.PNG, 1, 1, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new ImageInfo(ImageType.PNG, 1, 1, 9));
		assertThatNullPointerException().isThrownBy(() -> new ImageInfo(null, 1, 1, 1));
	}

}
