package org.beanpress.core.settings;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.annotation.MergedAnnotations;

/**
 * A {@code @ConfigurationProperties} record as its {@code @DefaultValue}s make it, for
 * code that runs without a Spring context (tests, benchmarks): each default is written
 * once, on the record.
 */
public final class PropertyDefaults {

	private PropertyDefaults() {
	}

	public static <T> T of(Class<T> type) {
		var prefix = MergedAnnotations.from(type).get(ConfigurationProperties.class).getString("prefix");
		return new Binder(List.of()).bindOrCreate(prefix, type);
	}

}
