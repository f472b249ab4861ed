package org.beanpress.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The web tier: pages for readers and authors, the JSON API, uploads. Stateless; sessions
 * live in Redis.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class WebTierApplication {

	public static void main(String[] args) {
		SpringApplication.run(WebTierApplication.class, args);
	}

}
