package org.beanpress.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.beanpress.local.EmbeddedServices;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * More web-tier instances on random ports, as more servers behind the load balancer would
 * be.
 */
public final class WebTierInstances {

	private WebTierInstances() {
	}

	public static ConfigurableApplicationContext start(Map<String, String> overrides) {
		var properties = new LinkedHashMap<>(EmbeddedServices.properties());
		properties.put("server.port", "0");
		properties.putAll(overrides);
		// as command-line arguments, so they win over
		// application.properties as environment variables do in AWS
		return new SpringApplicationBuilder(WebTierApplication.class).run(
				properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
	}

	public static String baseUrl(ConfigurableApplicationContext context) {
		return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
	}

}
