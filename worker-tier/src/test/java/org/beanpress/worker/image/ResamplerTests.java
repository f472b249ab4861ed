package org.beanpress.worker.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class ResamplerTests {

	@Test
	void shouldKeepAPlainColourPlainUpToTheEdges() {
		Pixels plain = filled(1001, 777, (byte) 200);

		Pixels small = Resampler.resize(plain, 300, 233);

		assertThat(small.width).isEqualTo(300);
		assertThat(small.height).isEqualTo(233);
		for (byte sample : small.data) {
			assertThat(sample & 0xFF).isEqualTo(200);
		}
	}

	@Test
	void shouldAverageDetailFinerThanThePixelsItKeeps() {
		// one-pixel black and white stripes: picking pixels
		// would give stripes or a flat black or white
		Pixels stripes = filled(999, 20, (byte) 0);
		for (int i = 0; i < stripes.data.length; i += 6) {
			Arrays.fill(stripes.data, i, i + 3, (byte) 255);
		}

		Pixels small = Resampler.resize(stripes, 300, 20);

		for (int x = 2; x < 298; x++) {
			assertThat(small.data[(10 * 300 + x) * 3] & 0xFF).as("x = %d", x).isBetween(100, 155);
		}
	}

	@Test
	void shouldNeverUpscale() {
		assertThatIllegalArgumentException().isThrownBy(() -> Resampler.resize(filled(10, 10, (byte) 0), 11, 5));
	}

	@Test
	void shouldRefuseToGiveAResultBeforeEverySourceRowArrived() {
		Resampler resampler = new Resampler(10, 10, 3, 5, 5);
		resampler.push(new byte[30], 0);

		assertThatIllegalStateException().isThrownBy(resampler::result).withMessageContaining("Only 1 source rows");
	}

	private static Pixels filled(int width, int height, byte value) {
		Pixels pixels = Pixels.allocate(width, height, 3);
		Arrays.fill(pixels.data, value);
		return pixels;
	}

}
