package org.beanpress.local;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The real time, moved on by a test: what a test that schedules something for later uses
 * instead of waiting. UTC at microsecond precision, as the application's clock.
 */
public final class TestClock extends Clock {

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("Beanpress keeps time in UTC");
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(offset.get()).truncatedTo(ChronoUnit.MICROS);
	}

	/** From now on the clock reads this much later. */
	public void advance(Duration by) {
		offset.accumulateAndGet(by, Duration::plus);
	}

}
