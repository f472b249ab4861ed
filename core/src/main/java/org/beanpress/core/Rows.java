package org.beanpress.core;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.beanpress.core.media.MediaKey;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.RowMapper;

/**
 * Row mappers for the domain records. The driver reads DATETIME columns as LocalDateTime;
 * they hold UTC (the connection runs in UTC), and the records hold Instants.
 */
public final class Rows {

	private static final DefaultConversionService CONVERSIONS = new DefaultConversionService();

	private static final Map<Class<?>, RowMapper<?>> MAPPERS = new ConcurrentHashMap<>();

	static {
		CONVERSIONS.addConverter(LocalDateTime.class, Instant.class, time -> time.toInstant(ZoneOffset.UTC));
		CONVERSIONS.addConverter(Timestamp.class, Instant.class, Timestamp::toInstant);
		CONVERSIONS.addConverter(String.class, MediaKey.class, MediaKey::of);
	}

	private Rows() {
	}

	@SuppressWarnings("unchecked")
	public static <T> RowMapper<T> of(Class<T> type) {
		return (RowMapper<T>) MAPPERS.computeIfAbsent(type, Rows::create);
	}

	private static <T> RowMapper<T> create(Class<T> type) {
		var mapper = new DataClassRowMapper<>(type);
		mapper.setConversionService(CONVERSIONS);
		return mapper;
	}

}
