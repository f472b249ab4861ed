package org.beanpress.core.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a reader typed, reduced to the words the full-text index can find. Only runs of
 * letters, digits and underscores (InnoDB's word characters) are kept, so the operators
 * of boolean mode ({@code + - " * @ ( ) < > ~}) and quotes typed by the reader are
 * separators, never syntax. Words shorter than InnoDB's minimum token size (3) and its
 * default stopwords are not in the index, so they are dropped here instead of making the
 * whole search match nothing.
 *
 * @param words the words to search for, lower case, at most {@link #MAX_WORDS}
 * @param message why fewer words (or none) are searched than were typed, if so
 */
public record SearchQuery(List<String> words, Optional<String> message) {

	/** The longest query accepted, in characters; longer ones are refused (400). */
	public static final int MAX_LENGTH = 200;

	/** Every word is a required term; more than this adds cost, not precision. */
	public static final int MAX_WORDS = 8;

	static final int MIN_WORD_LENGTH = 3;

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}_]+");

	// InnoDB's default stopword list (MySQL 8 and MariaDB have the same one)
	private static final Set<String> STOPWORDS = Set.of("a", "about", "an", "are", "as", "at", "be", "by", "com", "de",
			"en", "for", "from", "how", "i", "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to",
			"was", "what", "when", "where", "who", "will", "with", "und", "www");

	public SearchQuery {
		words = List.copyOf(words);
	}

	public static SearchQuery parse(String typed) {
		if (typed == null || typed.isBlank()) {
			return new SearchQuery(List.of(), Optional.of("Type a word to search for."));
		}
		var all = WORD.matcher(typed.toLowerCase(Locale.ROOT))
			.results()
			.map(match -> match.group())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		var searchable = all.stream()
			.filter(word -> word.codePointCount(0, word.length()) >= MIN_WORD_LENGTH && !STOPWORDS.contains(word))
			.toList();
		if (searchable.isEmpty()) {
			return new SearchQuery(List.of(), Optional.of("Search words need " + MIN_WORD_LENGTH
					+ " letters or more, and very common words such as \"the\" are not searched: try other words."));
		}
		if (searchable.size() > MAX_WORDS) {
			return new SearchQuery(searchable.subList(0, MAX_WORDS),
					Optional.of("Only the first " + MAX_WORDS + " words were searched."));
		}
		var skipped = all.size() - searchable.size();
		return new SearchQuery(searchable, skipped == 0 ? Optional.empty() : Optional
			.of("Words shorter than " + MIN_WORD_LENGTH + " letters and very common words were left out."));
	}

	public boolean isEmpty() {
		return words.isEmpty();
	}

	/** The query in boolean mode: every word required, each a plain word. */
	String booleanMode() {
		return words.stream().map(word -> "+" + word).collect(Collectors.joining(" "));
	}

}
