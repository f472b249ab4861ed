package org.beanpress.web.search;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.beanpress.core.search.SearchHit;
import org.beanpress.core.search.SearchResults;

/** A page of search results as the API shows it. */
record SearchView(@Schema(description = "The words searched for: every one must be in the post") List<String> words,
		@Schema(description = "Why fewer words (or none) were searched than typed, if so",
				nullable = true) String message,
		int page, List<Hit> results,
		@Schema(description = "The next page of results, if any", nullable = true) String next) {

	static SearchView of(SearchResults results, String next) {
		return new SearchView(results.query().words(), results.query().message().orElse(null), results.page(),
				results.hits().stream().map(Hit::of).toList(), next);
	}

	record Hit(String slug, String url, String title, String author, Instant publishedAt,
			@Schema(description = "Relevance given by the full-text index; higher is better") double score,
			@Schema(description = "Plain text around the first searched word") String excerpt,
			@Schema(description = "The same excerpt as HTML: the text escaped, the searched words in <mark>") String excerptHtml) {

		static Hit of(SearchHit hit) {
			return new Hit(hit.slug(), "/posts/" + hit.slug(), hit.title(), hit.authorName(), hit.publishedAt(),
					hit.score(), hit.excerpt().plain(), hit.excerpt().html());
		}

	}

}
