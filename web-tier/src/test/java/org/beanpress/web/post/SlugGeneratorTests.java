package org.beanpress.web.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugGeneratorTests {

	@Test
	void shouldMakeLowerCaseAsciiWordsJoinedByDashes() {
		assertThat(SlugGenerator.base("  Hello, Wörld: Crème Brûlée!  ")).isEqualTo("hello-world-creme-brulee");
	}

	@Test
	void shouldFallBackWhenTheTitleHasNoLettersOrDigits() {
		assertThat(SlugGenerator.base("!!! ???")).isEqualTo("post");
	}

	@Test
	void shouldBoundTheLength() {
		assertThat(SlugGenerator.base("a".repeat(500))).hasSize(SlugGenerator.MAX_LENGTH);
	}

	@Test
	void shouldAddTheFirstFreeSuffixOnCollision() {
		assertThat(SlugGenerator.firstFree("hello", Set.of())).isEqualTo("hello");
		assertThat(SlugGenerator.firstFree("hello", Set.of("hello", "hello-2", "hello-4"))).isEqualTo("hello-3");
	}

}
