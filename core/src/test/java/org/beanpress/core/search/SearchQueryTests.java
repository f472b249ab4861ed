package org.beanpress.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchQueryTests {

	@Test
	void shouldMakeEveryWordRequiredAndDropTheOperatorsTyped() {
		var query = SearchQuery.parse("+Apple -\"banana*\" @3 (cherry) <date> ~elder'berry");

		assertThat(query.words()).containsExactly("apple", "banana", "cherry", "date", "elder", "berry");
		assertThat(query.booleanMode()).isEqualTo("+apple +banana +cherry +date +elder +berry");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "x", "ab", "the", "of the", "+ - * @ \" ( ) < > ~" })
	void shouldSearchNothingAndSayWhyWhenNoWordCanMatch(String typed) {
		var query = SearchQuery.parse(typed);

		assertThat(query.isEmpty()).isTrue();
		assertThat(query.message()).isPresent();
	}

	@Test
	void shouldKeepTheFirstWordsOnlyAndSaySo() {
		var query = SearchQuery.parse("one two three four five six seven eight nine ten eleven twelve thirteen");

		assertThat(query.words()).hasSize(SearchQuery.MAX_WORDS).startsWith("one", "two", "three");
		assertThat(query.message()).hasValueSatisfying(message -> assertThat(message).contains("first"));
	}

	@Test
	void shouldCountLettersNotBytes() {
		assertThat(SearchQuery.parse("日本語").words()).containsExactly("日本語");
	}

}
