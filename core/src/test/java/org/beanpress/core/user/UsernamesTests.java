package org.beanpress.core.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTests {

	@Test
	void shouldMakeOneNameOfEveryLetterCaseAndWidth() {
		assertThat(Usernames.canonical("Admin")).isEqualTo("admin");
		assertThat(Usernames.canonical("ADMIN")).isEqualTo("admin");
		assertThat(Usernames.canonical("\uFF21dmin")).isEqualTo("admin");
	}

	@Test
	void shouldDecomposeCompatibilityCharacters() {
		assertThat(Usernames.canonical("\uFB01sh")).isEqualTo("fish");
		assertThat(Usernames.canonical("\u2460-one")).isEqualTo("1-one");
	}

	@Test
	void shouldKeepAccentsApartFromTheirBaseLetters() {
		assertThat(Usernames.canonical("Zo\u00EB")).isEqualTo("zo\u00EB").isNotEqualTo(Usernames.canonical("zoe"));
		assertThat(Usernames.canonical("zoe\u0308")).isEqualTo("zo\u00EB");
	}

	@Test
	void shouldBeStableWhenAppliedAgain() {
		for (var name : new String[] { "Admin", "\u0130stanbul", "\u03A3\u039F\u03A6\u0399\u0391", "\uFF21dmin" }) {
			var canonical = Usernames.canonical(name);
			assertThat(Usernames.canonical(canonical)).as(name).isEqualTo(canonical);
		}
	}

}
