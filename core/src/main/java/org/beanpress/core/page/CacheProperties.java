package org.beanpress.core.page;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param pageTtl how long a rendered page stays in Redis if no edit evicts it first
 */
@ConfigurationProperties("beanpress.cache")
record CacheProperties(@DefaultValue("1h") Duration pageTtl) {
}
