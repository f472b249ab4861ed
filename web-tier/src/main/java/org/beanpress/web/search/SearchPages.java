package org.beanpress.web.search;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.beanpress.core.search.SearchIndex;
import org.beanpress.core.search.SearchVersion;
import org.springframework.stereotype.Component;

/**
 * Search pages as anonymous readers get them, kept in this instance's memory: a repeated
 * search costs no query and no rendering. An entry belongs to one version of the search
 * index, so a post published, edited or unpublished on any instance retires it at once
 * ({@link SearchVersion}); it lives at most {@link SearchIndex#RANKING_TTL}, like the
 * ranking it shows. Bounded by bytes, so any number of distinct queries only evicts.
 */
@Component
class SearchPages {

	private static final long MAX_BYTES = 32L * 1024 * 1024;

	private final SearchVersion version;

	private final Cache<Key, String> pages = Caffeine.newBuilder()
		.maximumWeight(MAX_BYTES)
		.weigher((Key key, String html) -> 2 * (html.length() + key.typed().length()))
		.expireAfterWrite(SearchIndex.RANKING_TTL)
		.build();

	SearchPages(SearchVersion version) {
		this.version = version;
	}

	/**
	 * Where the page for this query and page number, at the index's current version, is
	 * kept.
	 */
	Key key(String typed, String page) {
		return new Key(version.current(), typed == null ? "" : typed, page == null ? "" : page);
	}

	Optional<String> get(Key key) {
		return Optional.ofNullable(pages.getIfPresent(key));
	}

	void put(Key key, String html) {
		pages.put(key, html);
	}

	/** A page exactly as requested: the typed text is shown back in the search box. */
	record Key(String version, String typed, String page) {
	}

}
