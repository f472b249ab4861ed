package org.beanpress.worker.system;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param maxWait how long a starting worker waits for the web tier to migrate the
 * database to the schema it was built for, before it gives up and exits
 */
@Validated
@ConfigurationProperties("beanpress.worker.schema")
record WorkerSchemaProperties(@DefaultValue("3m") @DurationMin(seconds = 0) Duration maxWait) {
}
