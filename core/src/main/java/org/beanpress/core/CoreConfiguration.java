package org.beanpress.core;

import java.time.Clock;

import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * What both tiers take from the library: repositories, shared storage, the job contract
 * and their settings.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@ConfigurationPropertiesScan
public class CoreConfiguration {

	@Bean
	Clock clock() {
		return new MicrosecondClock();
	}

}
