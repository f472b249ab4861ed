package org.beanpress.core.search;

import java.util.concurrent.atomic.AtomicLong;

import org.beanpress.core.cache.CacheKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Which state of the search index results kept in memory belong to. Every instance that
 * changes the index (a web tier saving a post, the worker publishing a scheduled one)
 * raises a counter in Redis once its change commits, and every instance reads it with
 * each search: a result kept under an older version is never used again, so a post
 * unpublished on one instance leaves every instance's results at once. Without Redis,
 * only this instance's own changes are seen, and results expire after
 * {@link SearchIndex#RANKING_TTL}.
 */
@Component
public class SearchVersion {

	private static final Logger log = LoggerFactory.getLogger(SearchVersion.class);

	private final StringRedisTemplate redis;

	private final AtomicLong local = new AtomicLong();

	SearchVersion(StringRedisTemplate redis) {
		this.redis = redis;
	}

	/** The current version, as a key prefix for results kept in memory. */
	public String current() {
		String shared;
		try {
			shared = redis.opsForValue().get(CacheKeys.searchVersion());
		}
		catch (RuntimeException ex) {
			log.warn("Search version unavailable in Redis, using this instance's own: {}", ex.getMessage());
			shared = "unknown";
		}
		return (shared == null ? "0" : shared) + "." + local.get();
	}

	/**
	 * Raises the version once the caller's transaction commits (at once without one):
	 * raised before the commit, a search in between could keep the old results under the
	 * new version.
	 */
	void advanceAfterCommit() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			advance();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				advance();
			}
		});
	}

	private void advance() {
		local.incrementAndGet();
		try {
			redis.opsForValue().increment(CacheKeys.searchVersion());
		}
		catch (RuntimeException ex) {
			log.warn("Search version not raised in Redis (other instances' results expire instead): {}",
					ex.getMessage());
		}
	}

}
