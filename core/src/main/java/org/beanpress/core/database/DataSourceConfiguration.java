package org.beanpress.core.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one DataSource of both tiers, in place of Spring Boot's: the writer pool from
 * {@code spring.datasource.*}, and, when {@code beanpress.datasource.reader.url} is set,
 * a reader pool that read-only transactions use. Both pools take the
 * {@code spring.datasource.hikari.*} settings.
 */
@Configuration(proxyBeanMethods = false)
class DataSourceConfiguration {

	@Bean(destroyMethod = "close")
	RoutingDataSource dataSource(DataSourceProperties writer, ReaderProperties reader, Environment environment) {
		var writerPool = writer.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		configure(writerPool, "beanpress-writer", environment);
		if (!reader.configured()) {
			return new RoutingDataSource(writerPool, null);
		}
		var readerPool = DataSourceBuilder.create()
			.type(HikariDataSource.class)
			.driverClassName(writer.determineDriverClassName())
			.url(reader.url())
			.username(reader.username().isBlank() ? writer.determineUsername() : reader.username())
			.password(reader.username().isBlank() ? writer.determinePassword() : reader.password())
			.build();
		configure(readerPool, "beanpress-reader", environment);
		readerPool.setReadOnly(true);
		return new RoutingDataSource(writerPool, readerPool);
	}

	private static void configure(HikariDataSource pool, String name, Environment environment) {
		Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(pool));
		pool.setPoolName(name);
	}

}
