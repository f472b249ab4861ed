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
