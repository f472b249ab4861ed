package org.beanpress.web.system;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;

/**
 * Migrates the database schema and exits: Flyway on the same settings
 * ({@code spring.datasource.*}, {@code spring.flyway.*}) the web tier migrates with when
 * it starts. The worker carries no Flyway, which would be memory held on every worker
 * instance, yet deploys first; so {@code bin/run-tier} runs this class from the bundle's
 * web jar before it starts a worker. Flyway's lock makes concurrent runs (several
 * instances starting) safe.
 * <p>
 * No stereotype annotation, so the web tier's component scan never picks it up.
 */
@ImportAutoConfiguration({ DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class })
public final class SchemaMigration {

	public static void main(String[] args) {
		var application = new SpringApplication(SchemaMigration.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setBannerMode(Banner.Mode.OFF);
		application.run(args).close();
	}

}
