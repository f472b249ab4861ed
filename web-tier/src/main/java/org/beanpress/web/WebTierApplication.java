package org.beanpress.web;

import org.beanpress.core.CoreConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The web tier: pages for readers and authors, the JSON API, uploads. Stateless; sessions live in Redis. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(CoreConfiguration.class)
@EnableScheduling
public class WebTierApplication {

	public static void main(String[] args) {
		SpringApplication.run(WebTierApplication.class, args);
	}

}
