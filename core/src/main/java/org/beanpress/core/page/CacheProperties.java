package org.beanpress.core.page;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param pageTtl how long a rendered page stays in Redis if no edit evicts it first
 */
@Validated
@ConfigurationProperties("beanpress.cache")
record CacheProperties(@DefaultValue("1h") @DurationMin(seconds = 1) Duration pageTtl) {
}
