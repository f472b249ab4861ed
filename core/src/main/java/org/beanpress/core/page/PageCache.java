package org.beanpress.core.page;

import java.time.Duration;
import java.util.Collection;
import java.util.Optional;

import org.beanpress.core.cache.CacheKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * Rendered pages for anonymous readers in Redis (cache-aside). Redis is an accelerator
 * here, never a dependency: when it fails, reads are misses and pages come from the
 * database.
 */
@Component
public class PageCache {

	private static final Logger log = LoggerFactory.getLogger(PageCache.class);

	private static final Duration BRIEFLY = Duration.ofSeconds(10);

	private final StringRedisTemplate redis;

	private final Duration ttl;

	public PageCache(StringRedisTemplate redis, CacheProperties properties) {
		this.redis = redis;
		this.ttl = properties.pageTtl();
	}

	public Optional<String> get(String key) {
		try {
			return Optional.ofNullable(redis.opsForValue().get(key));
		}
		catch (RuntimeException ex) {
			log.warn("Page cache unavailable, serving from the database: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	public void put(String key, String html) {
		put(key, html, ttl);
	}

	/**
	 * Keeps a page only briefly, e.g. while images it shows are still being processed.
	 */
	public void putBriefly(String key, String html) {
		put(key, html, BRIEFLY);
	}

	private void put(String key, String html, Duration timeToLive) {
		try {
			redis.opsForValue().set(key, html, timeToLive);
		}
		catch (RuntimeException ex) {
			log.warn("Page cache unavailable, page not cached: {}", ex.getMessage());
		}
	}

	/**
	 * An entry of a group of pages kept in one Redis hash ({@link CacheKeys#feeds()}).
	 */
	public Optional<String> get(String group, String field) {
		try {
			return Optional.ofNullable(redis.<String, String>opsForHash().get(group, field));
		}
		catch (RuntimeException ex) {
			log.warn("Page cache unavailable, serving from the database: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Adds an entry to a group. The group expires {@code timeToLive} after its first
	 * entry was added, all entries together: no entry is older than that.
	 */
	public void put(String group, String field, String content, Duration timeToLive) {
		try {
			redis.opsForHash().put(group, field, content);
			if (redis.getExpire(group) < 0) {
				redis.expire(group, timeToLive);
			}
		}
		catch (RuntimeException ex) {
			log.warn("Page cache unavailable, '{}' not cached: {}", field, ex.getMessage());
		}
	}

	/**
	 * A post was published, changed or withdrawn: every feed and sitemap may list it, so
	 * they all go (rebuilding one is a single keyset query).
	 */
	public void evictFeedsAndSitemaps() {
		evict(CacheKeys.feeds());
		evict(CacheKeys.sitemaps());
	}

	public void evictPost(String slug) {
		evict(CacheKeys.post(slug));
	}

	public void evictFrontPage() {
		evict(CacheKeys.frontPage());
	}

	public void evictArchives(Collection<Archive> archives) {
		archives.forEach(archive -> evict(archive.cacheKey()));
	}

	private void evict(String key) {
		try {
			redis.delete(key);
		}
		catch (RuntimeException ex) {
			// the entry expires with its TTL; an edit
			// must not fail because the cache is down
			log.warn("Page cache unavailable, '{}' not evicted: {}", key, ex.getMessage());
		}
	}

}
