package org.beanpress.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExcerptTests {

	@Test
	void shouldEscapeTheTextThenMarkTheSearchedWords() {
		var excerpt = Excerpt.around("Tom & <b>Jerry</b> chase \"cheese\" amp", List.of("jerry", "amp"));

		assertThat(excerpt.html())
			.isEqualTo("Tom &amp; &lt;b&gt;<mark>Jerry</mark>&lt;/b&gt; chase &quot;cheese&quot; <mark>amp</mark>");
		assertThat(excerpt.plain()).isEqualTo("Tom & <b>Jerry</b> chase \"cheese\" amp");
	}

	@Test
	void shouldCutAroundTheFirstMatchAtWordBoundaries() {
		var text = "lorem ".repeat(100) + "needle " + "ipsum ".repeat(100);

		var excerpt = Excerpt.around(text.strip(), List.of("needle"));

		assertThat(excerpt.plain()).startsWith("… lorem").endsWith("ipsum …").contains("needle");
		assertThat(excerpt.plain().split(" ")).containsOnly("…", "lorem", "needle", "ipsum");
		assertThat(excerpt.plain().length()).isBetween(Excerpt.LENGTH, Excerpt.LENGTH + 40);
		assertThat(excerpt.html()).contains("<mark>needle</mark>");
	}

	@Test
	void shouldMarkWholeWordsOnlyAndIgnoreCase() {
		var excerpt = Excerpt.around("Needles and NEEDLE and needle", List.of("needle"));

		assertThat(excerpt.html()).isEqualTo("Needles and <mark>NEEDLE</mark> and <mark>needle</mark>");
	}

	@Test
	void shouldStartAtTheBeginningWhenTheWordIsOnlyInTheTitle() {
		var excerpt = Excerpt.around("The body does not have it", List.of("title"));

		assertThat(excerpt.plain()).isEqualTo("The body does not have it");
	}

}
