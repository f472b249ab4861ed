package org.beanpress.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * UTC at microsecond precision, the precision of the DATETIME(6) columns, so what is
 * written reads back equal. (Not {@code Clock.tick(clock, 1 µs)}: on Java 17 its
 * {@code millis()} divides by zero for ticks under a millisecond.)
 */
final class MicrosecondClock extends Clock {

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
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

}
