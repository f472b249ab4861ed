package org.beanpress.core;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/** What both tiers take from the library: repositories, shared storage, the job contract and their settings. */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@ConfigurationPropertiesScan
public class CoreConfiguration {

	/** UTC at microsecond precision, the precision of the DATETIME(6) columns, so what is written reads back equal. */
	@Bean
	Clock clock() {
		return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
	}

}
