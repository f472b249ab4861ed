package org.beanpress.web.abuse;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Token buckets in Redis (Bucket4j, compare-and-swap), so that every web instance counts
 * against the same limits. Redis is a safeguard here, not a dependency: when it fails the
 * attempt is allowed (fail open) and logged, within the 500 ms Redis timeouts; after a
 * failed connect no new connect is tried for a few seconds, so an outage costs no time.
 */
@Component
class RateLimiter implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(RateLimiter.class);

	private static final String PREFIX = "beanpress:limit:";

	private static final Duration RECONNECT_PAUSE = Duration.ofSeconds(5);

	private final LettuceConnectionFactory redis;

	private StatefulRedisConnection<String, byte[]> connection;

	private ProxyManager<String> buckets;

	private Instant nextConnect = Instant.MIN;

	RateLimiter(LettuceConnectionFactory redis) {
		this.redis = redis;
	}

	/** A bucket: its Redis key (without prefix) and how many attempts per window. */
	record Limit(String key, long attempts, Duration window) {
	}

	/**
	 * An attempt that took one token from each of its buckets (or none, if refused or
	 * Redis is down).
	 */
	record Attempt(List<BucketProxy> taken, Duration retryAfter) {

		boolean refused() {
			return retryAfter != null;
		}

		/** Gives the tokens back: the attempt turned out not to count (a good log-in). */
		void giveBack() {
			try {
				taken.forEach(bucket -> bucket.addTokens(1));
			}
			catch (RuntimeException ex) {
				log.warn("Rate limits unavailable, attempt not given back: {}", ex.toString());
			}
		}

	}

	/**
	 * Takes one attempt from every limit; if any is used up, gives back what it took and
	 * says how long to wait.
	 */
	Attempt attempt(List<Limit> limits) {
		var taken = new ArrayList<BucketProxy>();
		try {
			var manager = buckets();
			if (manager == null) {
				return new Attempt(List.of(), null);
			}
			for (var limit : limits) {
				var bucket = manager.builder().build(PREFIX + limit.key(), () -> configuration(limit));
				var probe = bucket.tryConsumeAndReturnRemaining(1);
				if (!probe.isConsumed()) {
					new Attempt(taken, null).giveBack();
					return new Attempt(List.of(), Duration.ofNanos(probe.getNanosToWaitForRefill()));
				}
				taken.add(bucket);
			}
			return new Attempt(taken, null);
		}
		catch (RuntimeException ex) {
			log.warn("Rate limits unavailable (Redis), allowing the attempt: {}", ex.toString());
			return new Attempt(taken, null);
		}
	}

	private static BucketConfiguration configuration(Limit limit) {
		return BucketConfiguration.builder()
			.addLimit(Bandwidth.builder()
				.capacity(limit.attempts())
				.refillGreedy(limit.attempts(), limit.window())
				.build())
			.build();
	}

	/** Connects on first use, so that a web tier starts while Redis is down. */
	private synchronized ProxyManager<String> buckets() {
		if (buckets != null || Instant.now().isBefore(nextConnect)) {
			return buckets;
		}
		try {
			var client = (RedisClient) redis.getRequiredNativeClient();
			connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
			buckets = Bucket4jLettuce.casBasedBuilder(connection)
				// a full bucket is the same as no key: let Redis drop it
				.expirationAfterWrite(
						ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
				.build();
		}
		catch (RuntimeException ex) {
			nextConnect = Instant.now().plus(RECONNECT_PAUSE);
			log.warn("Rate limits unavailable (Redis), allowing attempts for {}: {}", RECONNECT_PAUSE, ex.toString());
		}
		return buckets;
	}

	@Override
	public synchronized void destroy() {
		if (connection != null) {
			connection.close();
		}
	}

}
